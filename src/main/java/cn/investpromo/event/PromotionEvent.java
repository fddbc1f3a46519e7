package cn.investpromo.event;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import cn.investpromo.quality.Source;

/** A normalised promotion event (SPEC §2.2); {@code key} is its identity (SPEC §2.5). */
public record PromotionEvent(String key, @Nullable String id, String name, EventType type, LocalDate startDate,
		LocalDate endDate, String hostRegionCode, @Nullable String venue, @Nullable String targetRegion,
		@Nullable String organizer, @Nullable Integer attendees, @Nullable Integer enterprises,
		@Nullable String industries, @Nullable String notes, Source source) {
}
