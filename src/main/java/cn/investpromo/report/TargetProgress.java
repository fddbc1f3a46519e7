package cn.investpromo.report;

import java.math.BigDecimal;
import java.util.List;

import cn.investpromo.target.TargetIndicator;

/**
 * Annual-target completion of the scope for M's year (SPEC §5): each target set for the
 * scope itself beside the year-to-date actual and the elapsed share of the year (序时进度 = M
 * ÷ 12).
 *
 * @param year M's year
 * @param elapsedPercent 序时进度 in percent, one decimal (July: 58.3)
 * @param targets the targets set for the scope itself, in {@link TargetIndicator} order;
 * empty when no targets sheet set any
 * @param byRegion the targets a targets sheet sets for the scope's child regions, each
 * against the child's own year to date, in the order of the region catalogue; empty when
 * none is set
 */
public record TargetProgress(int year, BigDecimal elapsedPercent, List<TargetFigures> targets,
		List<RegionTargets> byRegion) {

	/** The scope's own targets only. */
	public TargetProgress(int year, BigDecimal elapsedPercent, List<TargetFigures> targets) {
		this(year, elapsedPercent, targets, List.of());
	}

	/** Whether any target is set, the scope's or a child region's. */
	public boolean any() {
		return !this.targets.isEmpty() || !this.byRegion.isEmpty();
	}

	/**
	 * The targets set for one child region of the scope (a town of a county, a county of
	 * a city).
	 *
	 * @param code the child region's code
	 * @param name its name as the report prints it
	 * @param targets its targets, in {@link TargetIndicator} order
	 */
	public record RegionTargets(String code, String name, List<TargetFigures> targets) {
	}

	/**
	 * One target and how far the year to date has got. The actuals are the year-to-date
	 * figures of the report: {@link KpiKind#PROJECTS} and {@link KpiKind#AMOUNT_WAN}
	 * {@code ytd}, and {@link FundsArrived#totalWan()}.
	 *
	 * @param target the year's target: a count, or 万元
	 * @param actualYtd January to M: a count, or 万元
	 * @param completionPercent actual ÷ target in percent, one decimal
	 * @param gapPoints completion minus 序时进度, in percentage points (negative when behind)
	 */
	public record TargetFigures(TargetIndicator indicator, BigDecimal target, BigDecimal actualYtd,
			BigDecimal completionPercent, BigDecimal gapPoints, Schedule schedule) {

		/**
		 * The target's light: green at or ahead of 序时进度, yellow within
		 * {@value #YELLOW_POINTS} points, else red.
		 */
		public Light light() {
			if (this.gapPoints.signum() >= 0) {
				return Light.GREEN;
			}
			return (this.gapPoints.compareTo(BigDecimal.valueOf(-YELLOW_POINTS)) >= 0) ? Light.YELLOW : Light.RED;
		}

	}

	/**
	 * How far behind 序时进度, in percentage points, a target may be and still show yellow
	 * rather than red.
	 */
	public static final int YELLOW_POINTS = 5;

	/** A target's light against 序时进度 (绿灯, 黄灯, 红灯), as bureaus flag their targets. */
	public enum Light {

		GREEN, YELLOW, RED;

		/** Its name in bundles and the JSON. */
		public String key() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	/** Completion against 序时进度: 超进度, on schedule, or 欠进度 (compared at one decimal). */
	public enum Schedule {

		AHEAD, ON_SCHEDULE, BEHIND

	}

}
