package cn.investpromo.report;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * Month-M figures of one child region of the scope. A sum is over the items that give the value; it is null when
 * the region has items and none gives it (unknown, shown as "—"), and the items without it are counted.
 *
 * @param self whether the row is the scope itself (shown as "S（本级）")
 * @param attendees 参会人数 of the events that give one
 * @param eventsWithoutAttendees events that left 参会人数 blank
 * @param amountWan agreed investment of the projects that give one
 * @param projectsWithoutAmount projects without an amount
 */
public record RegionFigures(String code, String name, boolean self, long events, @Nullable Long attendees,
		long eventsWithoutAttendees, long projects, @Nullable BigDecimal amountWan, long projectsWithoutAmount) {
}
