package cn.investpromo.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import cn.investpromo.funds.FundSource;
import cn.investpromo.region.Region;
import cn.investpromo.store.FundQueries;
import cn.investpromo.target.AnnualTarget;
import cn.investpromo.target.TargetIndicator;

/**
 * Computes {@link FundsFigures} from the stored arrivals of the scope: the monthly sums
 * by source are read once for the comparisons' window and added up per period.
 */
final class FundsLedger {

	private static final int TOP = 10;

	private final ReportData data;

	private final FundQueries queries;

	FundsLedger(ReportData data) {
		this.data = data;
		this.queries = data.queries().funds();
	}

	/** The section, null when the scope has no arrival at all. */
	@Nullable FundsFigures figures() {
		LocalDate first = this.queries.firstArrival(this.data.regionScope());
		if (first == null) {
			return null;
		}
		Coverage coverage = Coverage.since(first);
		Period period = this.data.period();
		Map<YearMonth, Map<FundSource, BigDecimal>> months = new HashMap<>();
		this.queries.sourceMonths(this.data.regionScope(), ReportData.windowStart(period), period.to())
			.forEach((m) -> months.computeIfAbsent(m.month(), (k) -> new EnumMap<>(FundSource.class))
				.merge(FundSource.valueOf(m.source()), m.amountWan(), BigDecimal::add));
		Comparison total = PeriodComparisons.compare(period, coverage, (range) -> sum(months, range, null),
				(sum) -> sum, (sum) -> 0L, true);
		List<FundsFigures.SourceFigures> bySource = new ArrayList<>();
		for (FundSource source : FundSource.values()) {
			bySource.add(new FundsFigures.SourceFigures(source, PeriodComparisons.compare(period, coverage,
					(range) -> sum(months, range, source), (sum) -> sum, (sum) -> 0L, true)));
		}
		BigDecimal target = target();
		return new FundsFigures(total, List.copyOf(bySource), byRegion(), topProjects(), byMonth(months, target),
				target, YearMonth.from(first), unlinked(), disagreements());
	}

	private static BigDecimal sum(Map<YearMonth, Map<FundSource, BigDecimal>> months, List<YearMonth> range,
			@Nullable FundSource source) {
		BigDecimal sum = BigDecimal.ZERO;
		for (YearMonth month : range) {
			Map<FundSource, BigDecimal> sources = months.getOrDefault(month, Map.of());
			for (Map.Entry<FundSource, BigDecimal> e : sources.entrySet()) {
				if (source == null || e.getKey() == source) {
					sum = sum.add(e.getValue());
				}
			}
		}
		return sum;
	}

	private @Nullable BigDecimal target() {
		return this.data.queries()
			.targets(this.data.scope().code(), this.data.period().last().getYear())
			.stream()
			.filter((t) -> t.indicator() == TargetIndicator.FUNDS_ARRIVED && t.value().signum() > 0)
			.map(AnnualTarget::value)
			.findFirst()
			.orElse(null);
	}

	/** January to the period's last month, each with the year's total so far. */
	private List<FundsFigures.MonthArrivals> byMonth(Map<YearMonth, Map<FundSource, BigDecimal>> months,
			@Nullable BigDecimal target) {
		List<FundsFigures.MonthArrivals> rows = new ArrayList<>();
		BigDecimal cumulative = BigDecimal.ZERO;
		for (YearMonth month : this.data.period().yearToDate()) {
			BigDecimal arrived = sum(months, List.of(month), null);
			cumulative = cumulative.add(arrived);
			BigDecimal schedule = (target != null) ? target.multiply(BigDecimal.valueOf(month.getMonthValue()))
				.divide(BigDecimal.valueOf(12), 2, java.math.RoundingMode.HALF_UP) : null;
			rows.add(new FundsFigures.MonthArrivals(month, arrived, cumulative, schedule));
		}
		return List.copyOf(rows);
	}

	/** The period's arrivals folded into the scope's child regions, the largest first. */
	private List<FundsFigures.RegionArrivals> byRegion() {
		Period period = this.data.period();
		Map<Region, BigDecimal> rows = new LinkedHashMap<>();
		this.queries.byRegion(this.data.regionScope(), period.from(), period.to())
			.forEach((g) -> rows.merge(this.data.rowRegion(g.regionCode()), g.amountWan(), BigDecimal::add));
		return rows.entrySet()
			.stream()
			.filter((e) -> e.getValue().signum() != 0)
			.sorted(Map.Entry.<Region, BigDecimal>comparingByValue().reversed().thenComparing((e) -> e.getKey().code()))
			.map((e) -> new FundsFigures.RegionArrivals(e.getKey().code(), this.data.regionName(e.getKey().code()),
					e.getValue()))
			.toList();
	}

	private List<FundsFigures.ProjectArrivals> topProjects() {
		Period period = this.data.period();
		List<FundsFigures.ProjectArrivals> rows = new ArrayList<>();
		for (FundQueries.ProjectSum p : this.queries.topProjects(this.data.regionScope(), period.from(), period.to(),
				TOP)) {
			rows.add(new FundsFigures.ProjectArrivals(rows.size() + 1, p.name(), p.investor(), p.regionCode(),
					this.data.regionName(p.regionCode()), p.amountWan(), p.arrivals()));
		}
		return List.copyOf(rows);
	}

	private List<FundsFigures.UnlinkedArrival> unlinked() {
		Period period = this.data.period();
		return this.queries.unlinked(this.data.regionScope(), period.from(), period.to())
			.stream()
			.map((u) -> new FundsFigures.UnlinkedArrival(u.name(),
					(u.regionCode() != null) ? this.data.regionName(u.regionCode()) : "", u.date(), u.monthOnly(),
					u.amountWan(), u.file(), u.sheet(), u.row()))
			.toList();
	}

	private List<FundsFigures.Disagreement> disagreements() {
		return this.queries.disagreements(this.data.regionScope())
			.stream()
			.map((d) -> new FundsFigures.Disagreement(d.name(), this.data.regionName(d.regionCode()), d.ledgerWan(),
					d.arrivalsWan(), d.differenceWan()))
			.sorted(Comparator.comparing((FundsFigures.Disagreement d) -> d.differenceWan().abs()).reversed())
			.toList();
	}

}
