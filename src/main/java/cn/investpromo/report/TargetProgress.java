package cn.investpromo.report;

import java.math.BigDecimal;
import java.util.List;

import cn.investpromo.target.TargetIndicator;

/**
 * Annual-target completion of the scope for M's year (SPEC §5): each target set for the scope itself beside the
 * year-to-date actual and the elapsed share of the year (序时进度 = M ÷ 12).
 *
 * @param year M's year
 * @param elapsedPercent 序时进度 in percent, one decimal (July: 58.3)
 * @param targets the targets set, in {@link TargetIndicator} order; empty when no targets sheet set any
 */
public record TargetProgress(int year, BigDecimal elapsedPercent, List<TargetFigures> targets) {

	/**
	 * One target and how far the year to date has got. The actuals are the year-to-date figures of the report:
	 * {@link KpiKind#PROJECTS} and {@link KpiKind#AMOUNT_WAN} {@code ytd}, and {@link FundsArrived#totalWan()}.
	 *
	 * @param target the year's target: a count, or 万元
	 * @param actualYtd January to M: a count, or 万元
	 * @param completionPercent actual ÷ target in percent, one decimal
	 * @param gapPoints completion minus 序时进度, in percentage points (negative when behind)
	 */
	public record TargetFigures(TargetIndicator indicator, BigDecimal target, BigDecimal actualYtd,
			BigDecimal completionPercent, BigDecimal gapPoints, Schedule schedule) {
	}

	/** Completion against 序时进度: 超进度, on schedule, or 欠进度 (compared at one decimal). */
	public enum Schedule {

		AHEAD, ON_SCHEDULE, BEHIND

	}

}
