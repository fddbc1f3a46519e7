package cn.investpromo.report;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import cn.investpromo.event.EventType;

/** One event of the month, as the list sheet shows it. */
public record EventListing(@Nullable String id, String name, EventType type, LocalDate startDate, LocalDate endDate,
		String hostRegion, @Nullable String venue, @Nullable String targetRegion, @Nullable String organizer,
		@Nullable Integer attendees, @Nullable Integer enterprises, @Nullable String notes) {
}
