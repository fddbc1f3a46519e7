package cn.investpromo.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import cn.investpromo.report.ReportData.EventSum;
import cn.investpromo.report.ReportData.ProjectSum;

import static cn.investpromo.report.Sums.count;

/**
 * The headline figures with their five comparisons, the amount bands and the trend (SPEC §5), added up from the
 * monthly series the database computed: the period, the previous period, the same period last year, and the year to
 * date at the period's end with last year's.
 */
final class KpiComparisons {

	private final ReportData data;

	KpiComparisons(ReportData data) {
		this.data = data;
	}

	/** The headline figures and the amount bands of the given thresholds in 亿元. */
	Headline headline(List<BigDecimal> bandsYi) {
		return new Headline(kpis(), amountBands(bandsYi));
	}

	private List<Kpi> kpis() {
		List<Kpi> kpis = new ArrayList<>();
		kpis.add(new Kpi(KpiKind.EVENTS, compareEvents((e) -> count(e.events()))));
		kpis.add(new Kpi(KpiKind.ATTENDEES, compareEvents((e) -> count(e.attendees()))));
		kpis.add(new Kpi(KpiKind.ENTERPRISES, compareEvents((e) -> count(e.enterprises()))));
		kpis.add(new Kpi(KpiKind.PROJECTS, compareProjects((p) -> count(p.projects()))));
		kpis.add(new Kpi(KpiKind.AMOUNT_WAN, compareProjects(ProjectSum::amountWan)));
		kpis.add(new Kpi(KpiKind.PROJECTS_OVER_1YI, compareProjects((p) -> count(p.atLeast().get(0)))));
		kpis.add(new Kpi(KpiKind.PROJECTS_OVER_10YI, compareProjects((p) -> count(p.atLeast().get(1)))));
		kpis.add(new Kpi(KpiKind.PROJECTS_WITHOUT_AMOUNT,
				compareProjects((p) -> count(p.projects() - p.withAmount()))));
		kpis.add(new Kpi(KpiKind.AVERAGE_WAN, compareProjects(KpiComparisons::averageSize)));
		return List.copyOf(kpis);
	}

	/** Agreed investment ÷ projects with an amount, in 万元 to two decimals; zero when none has one. */
	private static BigDecimal averageSize(ProjectSum p) {
		if (p.withAmount() == 0) {
			return BigDecimal.ZERO.setScale(2);
		}
		return p.amountWan().divide(BigDecimal.valueOf(p.withAmount()), 2, RoundingMode.HALF_UP);
	}

	/** Projects of at least each configured threshold in 亿元, with the five comparisons. */
	private List<AmountBand> amountBands(List<BigDecimal> bandsYi) {
		List<AmountBand> bands = new ArrayList<>();
		for (int i = 0; i < bandsYi.size(); i++) {
			int index = this.data.bandIndex(i);
			bands.add(new AmountBand(bandsYi.get(i), compareProjects((p) -> count(p.atLeast().get(index)))));
		}
		return List.copyOf(bands);
	}

	/** Events, projects and agreed investment of the trend's periods, oldest first. */
	Trend trend() {
		List<TrendPoint> points = new ArrayList<>();
		for (Period period : this.data.period().trend()) {
			ProjectSum projects = this.data.projects(period.months());
			points.add(new TrendPoint(period, this.data.events(period.months()).events(), projects.projects(),
					projects.amountWan()));
		}
		return new Trend(List.copyOf(points));
	}

	private Comparison compareEvents(Function<EventSum, BigDecimal> figure) {
		return compare((months) -> figure.apply(this.data.events(months)));
	}

	private Comparison compareProjects(Function<ProjectSum, BigDecimal> figure) {
		return compare((months) -> figure.apply(this.data.projects(months)));
	}

	private Comparison compare(Function<List<YearMonth>, BigDecimal> figure) {
		Period period = this.data.period();
		Period lastYear = period.sameLastYear();
		return new Comparison(figure.apply(period.months()), figure.apply(period.previous().months()),
				figure.apply(lastYear.months()), figure.apply(period.yearToDate()),
				figure.apply(lastYear.yearToDate()));
	}

}
