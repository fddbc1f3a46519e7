package cn.investpromo.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

import cn.investpromo.region.Region;
import cn.investpromo.target.AnnualTarget;

import static cn.investpromo.report.Sums.HUNDRED;

/** The scope's own annual targets for the year of the period's end against the year-to-date figures and the time elapsed (SPEC §5). */
final class TargetCompletion {

	private final ReportData data;

	TargetCompletion(ReportData data) {
		this.data = data;
	}

	TargetProgress progress(List<Kpi> kpis, FundsArrived funds) {
		int year = this.data.period().last().getYear();
		Region scope = this.data.scope();
		BigDecimal elapsed = BigDecimal.valueOf(this.data.period().last().getMonthValue())
			.multiply(HUNDRED)
			.divide(BigDecimal.valueOf(12), 1, RoundingMode.HALF_UP);
		// a target whose year-to-date figure is unknown (every project without an amount) gets no completion
		List<TargetProgress.TargetFigures> figures = this.data.queries()
			.targets(scope.code(), year)
			.stream()
			.filter((t) -> t.regionCode().equals(scope.code()) && t.year() == year && t.value().signum() > 0)
			.sorted(Comparator.comparing(AnnualTarget::indicator))
			.filter((t) -> actual(t, kpis, funds) != null)
			.map((t) -> {
				BigDecimal actual = actual(t, kpis, funds);
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
		return new TargetProgress(year, elapsed, figures);
	}

	private static @Nullable BigDecimal actual(AnnualTarget t, List<Kpi> kpis, FundsArrived funds) {
		return switch (t.indicator()) {
			case PROJECTS -> ytd(kpis, KpiKind.PROJECTS);
			case AMOUNT -> ytd(kpis, KpiKind.AMOUNT_WAN);
			case FUNDS_ARRIVED -> funds.totalWan();
		};
	}

	private static @Nullable BigDecimal ytd(List<Kpi> kpis, KpiKind kind) {
		return kpis.stream().filter((k) -> k.kind() == kind).findFirst().orElseThrow().values().ytd();
	}

}
