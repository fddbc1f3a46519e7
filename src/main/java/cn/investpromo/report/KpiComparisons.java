package cn.investpromo.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import cn.investpromo.report.ReportData.EventSum;
import cn.investpromo.report.ReportData.ProjectSum;

import static cn.investpromo.report.Sums.count;

/**
 * The headline figures with their five comparisons, the amount bands and the trend (SPEC
 * §5), added up from the monthly series the database computed: the period, the previous
 * period, the same period last year, and the year to date at the period's end with last
 * year's.
 */
final class KpiComparisons {

	private final ReportData data;

	KpiComparisons(ReportData data) {
		this.data = data;
	}

	/** The headline figures and the amount bands of the given thresholds in 亿元. */
	Headline headline(List<BigDecimal> bandsYi) {
		return new Headline(kpis(), amountBands(bandsYi), new Agreements(this.data).terms());
	}

	private List<Kpi> kpis() {
		List<Kpi> kpis = new ArrayList<>();
		kpis.add(new Kpi(KpiKind.EVENTS, compareEvents((e) -> count(e.events()))));
		// a blank count is a gap in the ledger: a change with blanks on either side would
		// mislead, so it is left out
		kpis.add(new Kpi(KpiKind.ATTENDEES,
				compare(this::eventsOf, (e) -> Sums.reported(count(e.attendees()), e.withAttendees(), e.events()),
						(e) -> e.events() - e.withAttendees(), false)));
		kpis.add(new Kpi(KpiKind.ENTERPRISES,
				compare(this::eventsOf, (e) -> Sums.reported(count(e.enterprises()), e.withEnterprises(), e.events()),
						(e) -> e.events() - e.withEnterprises(), false)));
		kpis.add(new Kpi(KpiKind.PROJECTS, compareProjects((p) -> count(p.projects()))));
		// a project without an amount is counted beside the sum: changes are of the
		// amounts given, and the report says how many have none; only an investment
		// agreement's blank is 未填, a 战略合作协议 sets no amount (issue 22)
		kpis.add(new Kpi(KpiKind.AMOUNT_WAN, compare(this::projectsOf,
				(p) -> Sums.reported(p.amountWan(), p.withAmount(), p.expectingAmount()), ProjectSum::unfilled, true)));
		kpis.add(new Kpi(KpiKind.PROJECTS_OVER_1YI, compareProjects((p) -> count(p.atLeast().get(0)))));
		kpis.add(new Kpi(KpiKind.PROJECTS_OVER_10YI, compareProjects((p) -> count(p.atLeast().get(1)))));
		kpis.add(new Kpi(KpiKind.PROJECTS_WITHOUT_AMOUNT, compareProjects((p) -> count(p.unfilled()))));
		kpis.add(new Kpi(KpiKind.AVERAGE_WAN, compareProjects(KpiComparisons::averageSize)));
		return List.copyOf(kpis);
	}

	/**
	 * Agreed investment ÷ projects with an amount, in 万元 to two decimals; unknown when
	 * none has one.
	 */
	private static @Nullable BigDecimal averageSize(ProjectSum p) {
		if (p.withAmount() == 0) {
			return null;
		}
		return p.amountWan().divide(BigDecimal.valueOf(p.withAmount()), 2, RoundingMode.HALF_UP);
	}

	/**
	 * Projects of at least each configured threshold in 亿元, with the five comparisons.
	 */
	private List<AmountBand> amountBands(List<BigDecimal> bandsYi) {
		List<AmountBand> bands = new ArrayList<>();
		for (int i = 0; i < bandsYi.size(); i++) {
			int index = this.data.bandIndex(i);
			bands.add(new AmountBand(bandsYi.get(i), compareProjects((p) -> count(p.atLeast().get(index)))));
		}
		return List.copyOf(bands);
	}

	/**
	 * Events, projects and agreed investment of the trend's periods, oldest first; a
	 * period before the ledgers cover the scope is unknown throughout.
	 */
	Trend trend() {
		List<TrendPoint> points = new ArrayList<>();
		for (Period period : this.data.period().trend()) {
			if (!this.data.coverage().covers(period)) {
				points.add(TrendPoint.uncovered(period));
				continue;
			}
			ProjectSum projects = this.data.projects(period.months());
			points.add(new TrendPoint(period, this.data.events(period.months()).events(), projects.projects(),
					Sums.reported(projects.amountWan(), projects.withAmount(), projects.expectingAmount()),
					projects.unfilled()));
		}
		return new Trend(List.copyOf(points));
	}

	private Comparison compareEvents(Function<EventSum, BigDecimal> figure) {
		return compare(this::eventsOf, figure, (e) -> 0L, true);
	}

	private Comparison compareProjects(Function<ProjectSum, @Nullable BigDecimal> figure) {
		return compare(this::projectsOf, figure, (p) -> 0L, true);
	}

	private EventSum eventsOf(List<YearMonth> months) {
		return this.data.events(months);
	}

	private ProjectSum projectsOf(List<YearMonth> months) {
		return this.data.projects(months);
	}

	/**
	 * A figure of the five periods, with the items of each that left it blank; a compared
	 * period (previous, same last year, last year's year to date) the ledgers do not
	 * cover is unknown (null, nothing blank), so that no change is computed from it. The
	 * period itself and its year to date are what the report is of: always computed, and
	 * a note says where the ledgers do not reach back to them ({@link CoverageNotes}).
	 * @param changesOfReported whether changes are computed over the reported values when
	 * some are blank
	 */
	<S> Comparison compare(Function<List<YearMonth>, S> sums, Function<S, @Nullable BigDecimal> figure,
			Function<S, Long> blank, boolean changesOfReported) {
		Period period = this.data.period();
		Period lastYear = period.sameLastYear();
		List<List<YearMonth>> ranges = List.of(period.months(), period.previous().months(), lastYear.months(),
				period.yearToDate(), lastYear.yearToDate());
		List<@Nullable BigDecimal> figures = new ArrayList<>();
		long[] blanks = new long[ranges.size()];
		for (int i = 0; i < ranges.size(); i++) {
			// 0 is the period itself, 3 its year to date
			if (i == 0 || i == 3 || this.data.coverage().covers(ranges.get(i))) {
				S of = sums.apply(ranges.get(i));
				figures.add(figure.apply(of));
				blanks[i] = blank.apply(of);
			}
			else {
				figures.add(null);
			}
		}
		return new Comparison(figures.get(0), figures.get(1), figures.get(2), figures.get(3), figures.get(4),
				new Comparison.Unreported(blanks[0], blanks[1], blanks[2], blanks[3], blanks[4], changesOfReported));
	}

}
