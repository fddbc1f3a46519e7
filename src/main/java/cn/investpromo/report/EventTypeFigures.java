package cn.investpromo.report;

import org.jspecify.annotations.Nullable;

import cn.investpromo.event.EventType;

/**
 * Month-M events of one type.
 *
 * @param attendees 参会人数 of the events that give one; null when none does (unknown, shown
 * as "—")
 * @param eventsWithoutAttendees events that left 参会人数 blank
 * @param enterprises 参会企业数 of the events that give one; null when none does
 * @param eventsWithoutEnterprises events that left 参会企业数 blank
 */
public record EventTypeFigures(EventType type, long events, @Nullable Long attendees, long eventsWithoutAttendees,
		@Nullable Long enterprises, long eventsWithoutEnterprises) {
}
