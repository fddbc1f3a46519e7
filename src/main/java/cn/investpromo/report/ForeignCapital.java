package cn.investpromo.report;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import cn.investpromo.store.ForeignQueries;
import cn.investpromo.store.ForeignQueries.CountryGroup;
import cn.investpromo.store.ForeignQueries.ForeignMonth;
import cn.investpromo.value.Countries;

/**
 * The 外资 section (definitions in {@link ForeignInvestment}), compared as the headline
 * figures are.
 */
final class ForeignCapital {

	private final ReportData data;

	ForeignCapital(ReportData data) {
		this.data = data;
	}

	/** The section, or null when the scope has no foreign investment at any date. */
	@Nullable ForeignInvestment section() {
		ForeignQueries queries = this.data.queries().foreign();
		if (!queries.any(this.data.regionScope())) {
			return null;
		}
		Period period = this.data.period();
		Map<YearMonth, ForeignMonth> months = new HashMap<>();
		queries.months(this.data.regionScope(), ReportData.windowStart(period), period.to())
			.forEach((m) -> months.put(m.month(), m));
		KpiComparisons comparisons = new KpiComparisons(this.data);
		Comparison contracted = comparisons.compare((ms) -> sum(months, ms),
				(s) -> Sums.reported(s.contractedUsdWan(), s.withContracted(), s.foreignProjects()),
				(s) -> s.foreignProjects() - s.withContracted(), true);
		Comparison actual = comparisons.compare((ms) -> sum(months, ms), ForeignMonth::actualUsdWan, (s) -> 0L, true);
		Comparison projects = comparisons.compare((ms) -> sum(months, ms), (s) -> Sums.count(s.foreignProjects()),
				(s) -> 0L, true);
		return new ForeignInvestment(contracted, actual, projects, byCountry(queries), listed(queries));
	}

	private List<ForeignInvestment.CountryFigures> byCountry(ForeignQueries queries) {
		boolean english = this.data.english();
		return queries.byCountry(this.data.regionScope(), this.data.period().from(), this.data.period().to())
			.stream()
			.map((CountryGroup g) -> {
				String country = (g.country() != null) ? g.country() : ForeignInvestment.UNKNOWN_COUNTRY;
				String name = (g.country() != null) ? Countries.label(g.country(), english)
						: this.data.labels().get("foreign.unknownCountry");
				return new ForeignInvestment.CountryFigures(country, name, g.projects(), g.contractedUsdWan(),
						g.actualUsdWan());
			})
			.toList();
	}

	private List<ProjectListing> listed(ForeignQueries queries) {
		Period period = this.data.period();
		return queries.projects(this.data.regionScope(), period.from(), period.to())
			.stream()
			.map((p) -> new ProjectListing(p, this.data.regionName(p.regionCode()),
					this.data.industryName(p.industryCode()), null))
			.toList();
	}

	/** The months' figures added up. */
	private static ForeignMonth sum(Map<YearMonth, ForeignMonth> months, List<YearMonth> range) {
		long projects = 0;
		long withContracted = 0;
		BigDecimal contracted = BigDecimal.ZERO;
		BigDecimal actual = BigDecimal.ZERO;
		for (YearMonth month : range) {
			ForeignMonth m = months.get(month);
			if (m != null) {
				projects += m.foreignProjects();
				withContracted += m.withContracted();
				contracted = contracted.add(m.contractedUsdWan());
				actual = actual.add(m.actualUsdWan());
			}
		}
		return new ForeignMonth(range.isEmpty() ? YearMonth.of(2000, 1) : range.get(0), projects, withContracted,
				contracted, actual);
	}

}
