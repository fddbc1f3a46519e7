package cn.investpromo.report;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

import cn.investpromo.ledger.LedgerItem.EventRecord;
import cn.investpromo.ledger.LedgerItem.ProjectRecord;

import static cn.investpromo.report.Sums.ONE_YI;
import static cn.investpromo.report.Sums.amount;
import static cn.investpromo.report.Sums.count;
import static cn.investpromo.report.Sums.countWhere;
import static cn.investpromo.report.Sums.sumInts;

/** The headline figures with their five comparisons, the amount bands and the 13-month trend (SPEC §5). */
final class KpiComparisons {

	private static final BigDecimal TEN_YI = BigDecimal.valueOf(100_000);

	private final ScopedRows rows;

	KpiComparisons(ScopedRows rows) {
		this.rows = rows;
	}

	List<Kpi> kpis() {
		List<Kpi> kpis = new ArrayList<>();
		kpis.add(new Kpi(KpiKind.EVENTS, compareEvents((list) -> count(list.size()))));
		kpis.add(new Kpi(KpiKind.ATTENDEES,
				compareEvents((list) -> sumInts(list.stream().map(EventRecord::attendees)))));
		kpis.add(new Kpi(KpiKind.ENTERPRISES,
				compareEvents((list) -> sumInts(list.stream().map(EventRecord::enterprises)))));
		kpis.add(new Kpi(KpiKind.PROJECTS, compareProjects((list) -> count(list.size()))));
		kpis.add(new Kpi(KpiKind.AMOUNT_WAN, compareProjects(Sums::amount)));
		kpis.add(new Kpi(KpiKind.PROJECTS_OVER_1YI, compareProjects((list) -> countWhere(list, ONE_YI))));
		kpis.add(new Kpi(KpiKind.PROJECTS_OVER_10YI, compareProjects((list) -> countWhere(list, TEN_YI))));
		kpis.add(new Kpi(KpiKind.PROJECTS_WITHOUT_AMOUNT,
				compareProjects((list) -> count(list.stream().filter((p) -> p.amountWan() == null).count()))));
		kpis.add(new Kpi(KpiKind.AVERAGE_WAN, compareProjects(Sums::averageSize)));
		return List.copyOf(kpis);
	}

	/** Projects of at least each threshold in 亿元, with the five comparisons. */
	List<AmountBand> amountBands(List<BigDecimal> bandsYi) {
		return bandsYi.stream()
			.map((yi) -> new AmountBand(yi, compareProjects((list) -> countWhere(list, yi.multiply(ONE_YI)))))
			.toList();
	}

	/** Events, projects and agreed investment of M and the 12 months before it, oldest first. */
	List<TrendPoint> trend() {
		List<TrendPoint> points = new ArrayList<>();
		for (int i = 12; i >= 0; i--) {
			YearMonth m = this.rows.month().minusMonths(i);
			List<ProjectRecord> ps = this.rows.projectsIn(m, m);
			points.add(new TrendPoint(m, this.rows.eventsIn(m, m).size(), ps.size(), amount(ps)));
		}
		return List.copyOf(points);
	}

	private Comparison compareEvents(Function<List<EventRecord>, BigDecimal> figure) {
		return compare((from, to) -> figure.apply(this.rows.eventsIn(from, to)));
	}

	private Comparison compareProjects(Function<List<ProjectRecord>, BigDecimal> figure) {
		return compare((from, to) -> figure.apply(this.rows.projectsIn(from, to)));
	}

	private Comparison compare(BiFunction<YearMonth, YearMonth, BigDecimal> figure) {
		YearMonth month = this.rows.month();
		YearMonth lastYear = month.minusYears(1);
		return new Comparison(figure.apply(month, month), figure.apply(month.minusMonths(1), month.minusMonths(1)),
				figure.apply(lastYear, lastYear), figure.apply(month.withMonth(1), month),
				figure.apply(lastYear.withMonth(1), lastYear));
	}

}
