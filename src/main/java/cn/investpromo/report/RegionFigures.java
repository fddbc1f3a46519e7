package cn.investpromo.report;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * Period figures of one child region of the scope, with its 位次 among the scope's
 * children. A sum is over the items that give the value; it is null when the region has
 * items and none gives it (unknown, shown as "—"), and the items without it are counted.
 *
 * @param self whether the row is the scope itself (shown as "S（本级）"); it is never ranked
 * @param attendees 参会人数 of the events that give one
 * @param eventsWithoutAttendees events that left 参会人数 blank
 * @param amountWan agreed investment of the projects that give one
 * @param projectsWithoutAmount projects without an amount
 * @param rank the 位次 by agreed investment, then projects, then events, then name, among
 * the children with any event or project in the period; null for the scope itself and for
 * children without either
 * @param rankChange how many places the region rose since the previous period (negative:
 * fell); null when it had no 位次 in either
 */
public record RegionFigures(String code, String name, boolean self, long events, @Nullable Long attendees,
		long eventsWithoutAttendees, long projects, @Nullable BigDecimal amountWan, long projectsWithoutAmount,
		@Nullable Integer rank, @Nullable Integer rankChange) {

	/** Whether the region had an event or a signed project in the period. */
	public boolean hasFigures() {
		return this.events > 0 || this.projects > 0;
	}

	RegionFigures ranked(@Nullable Integer rank, @Nullable Integer rankChange) {
		return new RegionFigures(this.code, this.name, this.self, this.events, this.attendees,
				this.eventsWithoutAttendees, this.projects, this.amountWan, this.projectsWithoutAmount, rank,
				rankChange);
	}

}
