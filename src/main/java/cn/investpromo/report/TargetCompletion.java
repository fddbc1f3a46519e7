package cn.investpromo.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import cn.investpromo.region.Region;
import cn.investpromo.store.ReportQueries.ProjectColumn;
import cn.investpromo.store.ReportQueries.ProjectGroup;
import cn.investpromo.target.AnnualTarget;
import cn.investpromo.target.TargetIndicator;

import static cn.investpromo.report.Sums.HUNDRED;

/**
 * The annual targets for the year of the period's end, the scope's own and its child
 * regions', against their year-to-date figures and the time elapsed (SPEC §5).
 */
final class TargetCompletion {

	private final ReportData data;

	TargetCompletion(ReportData data) {
		this.data = data;
	}

	/**
	 * The targets' progress; 到位资金 counts the arrivals of the funds ledger where the scope
	 * has one ({@code ledger} not null), else the signed projects' cumulative column;
	 * 实际使用外资 those of the 外资 section (none without one).
	 */
	TargetProgress progress(List<Kpi> kpis, FundsArrived funds, @Nullable FundsFigures ledger,
			@Nullable ForeignInvestment foreign) {
		int year = this.data.period().last().getYear();
		Region scope = this.data.scope();
		BigDecimal elapsed = BigDecimal.valueOf(this.data.period().last().getMonthValue())
			.multiply(HUNDRED)
			.divide(BigDecimal.valueOf(12), 1, RoundingMode.HALF_UP);
		List<TargetProgress.TargetFigures> own = figures(this.data.queries().targets(scope.code(), year),
				(indicator) -> switch (indicator) {
					case PROJECTS -> ytd(kpis, KpiKind.PROJECTS);
					case AMOUNT -> ytd(kpis, KpiKind.AMOUNT_WAN);
					case FUNDS_ARRIVED -> (ledger != null) ? ledger.arrivedWan().ytd() : funds.totalWan();
					case FOREIGN_CAPITAL_USED -> (foreign != null) ? foreign.actualUsdWan().ytd() : BigDecimal.ZERO;
				}, elapsed);
		return new TargetProgress(year, elapsed, own, byRegion(year, elapsed, ledger != null));
	}

	/**
	 * Each child region a targets sheet sets targets for, against the projects signed in
	 * it January to the end.
	 */
	private List<TargetProgress.RegionTargets> byRegion(int year, BigDecimal elapsed, boolean arrivals) {
		List<Region> children = this.data.rowRegions().stream().filter((r) -> !r.equals(this.data.scope())).toList();
		Map<String, List<AnnualTarget>> set = new HashMap<>();
		this.data.queries()
			.targets(children.stream().map(Region::code).toList(), year)
			.forEach((t) -> set.computeIfAbsent(t.regionCode(), (k) -> new ArrayList<>()).add(t));
		if (set.isEmpty()) {
			return List.of();
		}
		Map<String, YearToDate> ytd = new HashMap<>();
		Period period = this.data.period();
		for (ProjectGroup g : this.data.queries()
			.projectGroups(this.data.regionScope(), period.last().withMonth(1).atDay(1), period.to(),
					List.of(ProjectColumn.REGION))) {
			ytd.computeIfAbsent(this.data.rowRegion(Objects.requireNonNull(g.key(0))).code(), (k) -> new YearToDate())
				.add(g);
		}
		this.data.queries()
			.foreign()
			.actualByRegion(this.data.regionScope(), period.last().withMonth(1).atDay(1), period.to())
			.forEach((code, usdWan) -> ytd.computeIfAbsent(this.data.rowRegion(code).code(), (k) -> new YearToDate())
				.addForeign(usdWan));
		if (arrivals) {
			ytd.values().forEach((y) -> y.fundsWan = BigDecimal.ZERO);
			this.data.queries()
				.funds()
				.byRegion(this.data.regionScope(), period.last().withMonth(1).atDay(1), period.to())
				.forEach((g) -> ytd.computeIfAbsent(this.data.rowRegion(g.regionCode()).code(), (k) -> new YearToDate())
					.addArrivals(g.amountWan()));
		}
		List<TargetProgress.RegionTargets> rows = new ArrayList<>();
		for (Region child : children) {
			List<AnnualTarget> targets = set.get(child.code());
			if (targets == null) {
				continue;
			}
			YearToDate actual = ytd.getOrDefault(child.code(), new YearToDate());
			List<TargetProgress.TargetFigures> figures = figures(targets, actual::of, elapsed);
			if (!figures.isEmpty()) {
				rows.add(new TargetProgress.RegionTargets(child.code(), this.data.regionName(child), figures));
			}
		}
		return List.copyOf(rows);
	}

	/**
	 * The targets with a positive value, in indicator order, each against its actual; a
	 * target whose year-to-date figure is unknown (every project without an amount) gets
	 * no completion.
	 */
	private static List<TargetProgress.TargetFigures> figures(List<AnnualTarget> targets, Actuals actuals,
			BigDecimal elapsed) {
		return targets.stream()
			.filter((t) -> t.value().signum() > 0)
			.sorted(Comparator.comparing(AnnualTarget::indicator))
			.filter((t) -> actuals.of(t.indicator()) != null)
			.map((t) -> {
				// filtered above
				BigDecimal actual = Objects.requireNonNull(actuals.of(t.indicator()));
				BigDecimal completion = actual.multiply(HUNDRED).divide(t.value(), 1, RoundingMode.HALF_UP);
				BigDecimal gap = completion.subtract(elapsed);
				TargetProgress.Schedule schedule = switch (gap.signum()) {
					case 1 -> TargetProgress.Schedule.AHEAD;
					case -1 -> TargetProgress.Schedule.BEHIND;
					default -> TargetProgress.Schedule.ON_SCHEDULE;
				};
				return new TargetProgress.TargetFigures(t.indicator(), t.value(), actual, completion, gap, schedule);
			})
			.toList();
	}

	private static @Nullable BigDecimal ytd(List<Kpi> kpis, KpiKind kind) {
		return kpis.stream().filter((k) -> k.kind() == kind).findFirst().orElseThrow().values().ytd();
	}

	/** The year-to-date figure a target is measured against. */
	private interface Actuals {

		@Nullable BigDecimal of(TargetIndicator indicator);

	}

	/**
	 * A child region's projects signed January to the period's end, as its targets count
	 * them.
	 */
	private static final class YearToDate {

		private long projects;

		private long withAmount;

		private BigDecimal amountWan = BigDecimal.ZERO;

		private BigDecimal fundsWan = BigDecimal.ZERO;

		private BigDecimal foreignUsdWan = BigDecimal.ZERO;

		void addForeign(BigDecimal usdWan) {
			this.foreignUsdWan = this.foreignUsdWan.add(usdWan);
		}

		void add(ProjectGroup g) {
			this.projects += g.projects();
			this.withAmount += g.withAmount();
			this.amountWan = this.amountWan.add(g.amountWan());
			this.fundsWan = this.fundsWan.add(g.fundsWan());
		}

		void addArrivals(BigDecimal arrivedWan) {
			this.fundsWan = this.fundsWan.add(arrivedWan);
		}

		@Nullable BigDecimal of(TargetIndicator indicator) {
			return switch (indicator) {
				case PROJECTS -> BigDecimal.valueOf(this.projects);
				case AMOUNT -> Sums.reported(this.amountWan, this.withAmount, this.projects);
				case FUNDS_ARRIVED -> this.fundsWan;
				case FOREIGN_CAPITAL_USED -> this.foreignUsdWan;
			};
		}

	}

}
