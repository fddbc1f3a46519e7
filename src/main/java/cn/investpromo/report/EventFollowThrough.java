package cn.investpromo.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Follow-through of events (issue 9): for every event of the 12 months ending with the
 * period at which projects of the scope were signed (关联活动), what became of those projects
 * by the period's end, computed by {@link SigningEvents}.
 * <p>
 * A project counts for one event: the one its 关联活动 names by id, or by name the latest
 * event of that name starting on or before its signing day; it counts when it was signed
 * in the same 12 months. Its status at the period's end is the landing progress's
 * ({@link LandingFigures}): 已开工 = under construction or in production, and the rates
 * leave terminated projects out as there: 开工率 = started ÷ (projects − terminated), 投产率 =
 * in production ÷ started. 到位率 = 到位资金 ÷ 协议投资额 over the projects that have both values, so
 * that a blank is never read as zero; 到位资金 is as the ledger records it (cumulative to its
 * import).
 *
 * @param events one row per event, latest first
 * @param total all the rows together, its name and date empty
 * @param minReportingShare the least share of a row's projects that must report 到位资金 for
 * its 到位率 to be computed (issue 22: 44.2 % on 2 of 23 projects says nothing)
 */
public record EventFollowThrough(List<EventRow> events, EventRow total, BigDecimal minReportingShare) {

	/** The follow-through with every 到位率 computed that has a base. */
	public EventFollowThrough(List<EventRow> events, EventRow total) {
		this(events, total, BigDecimal.ZERO);
	}

	/**
	 * Whether the row's 到位率 is left out because too few of its projects report 到位资金 (some
	 * do).
	 */
	public boolean fundsRateWithheld(EventRow row) {
		return fundsRateWithheld(row.projects(), row.projects() - row.projectsWithoutFunds(), this.minReportingShare);
	}

	/**
	 * Whether fewer than {@code share} of {@code projects} report 到位资金 though some do:
	 * the one rule by which a row's 到位率 is computed or left out.
	 */
	static boolean fundsRateWithheld(long projects, long reporting, BigDecimal share) {
		return reporting > 0
				&& BigDecimal.valueOf(reporting).compareTo(share.multiply(BigDecimal.valueOf(projects))) < 0;
	}

	/**
	 * One event and the projects signed at it.
	 *
	 * @param event the event's name; empty in the total
	 * @param date the event's first day; null in the total
	 * @param projectsWithoutAmount investment agreements without an agreed investment
	 * (未填), not in {@code amountWan}
	 * @param amountWan agreed investment of the projects with one; null when none has one
	 * @param started projects under construction or in production at the period's end
	 * @param projectsWithoutFunds projects without a 到位资金 value, not in
	 * {@code fundsArrivedWan}
	 * @param fundsArrivedWan 到位资金 of the projects with a value; null when none has one
	 * @param startRatePercent 开工率, one decimal; empty when every project was terminated
	 * @param productionRatePercent 投产率, one decimal; empty when none has started
	 * @param fundsRatePercent 到位率, one decimal; empty when no project has both an amount
	 * and funds
	 * @param projectsUnagreed projects without an amount whose agreement type sets none
	 * (战略合作协议 …), not in {@code amountWan} either
	 */
	public record EventRow(String event, @Nullable LocalDate date, long projects, long projectsWithoutAmount,
			@Nullable BigDecimal amountWan, long started, long inProduction, long terminated, long projectsWithoutFunds,
			@Nullable BigDecimal fundsArrivedWan, Optional<BigDecimal> startRatePercent,
			Optional<BigDecimal> productionRatePercent, Optional<BigDecimal> fundsRatePercent, long projectsUnagreed) {

	}

}
