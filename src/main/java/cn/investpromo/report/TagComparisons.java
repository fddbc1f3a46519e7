package cn.investpromo.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import cn.investpromo.enterprise.InvestorTag;
import cn.investpromo.report.ReportData.ProjectSum;
import cn.investpromo.store.TagQueries;
import cn.investpromo.store.TagQueries.TagMonth;

import static cn.investpromo.report.Sums.count;

/**
 * Computes the investor-tags section (SPEC §3.3, §5.2) from the monthly sums the database
 * gives per tag, with the comparisons of the headline figures ({@link KpiComparisons}).
 */
final class TagComparisons {

	/** The 三个500强, counted together by the headline. */
	static final List<String> TOP_500 = Arrays.stream(InvestorTag.values())
		.filter(InvestorTag::top500)
		.map(InvestorTag::zh)
		.toList();

	private final ReportData data;

	TagComparisons(ReportData data) {
		this.data = data;
	}

	/** The section; null when no project of the compared periods has a tag. */
	@Nullable InvestorTags section() {
		TagQueries queries = this.data.queries().tags();
		LocalDate from = ReportData.windowStart(this.data.period());
		LocalDate to = this.data.period().to();
		Map<String, Map<YearMonth, TagMonth>> byTag = new HashMap<>();
		for (TagMonth month : queries.tagMonths(this.data.regionScope(), from, to)) {
			byTag.computeIfAbsent(Objects.requireNonNull(month.tag()), (t) -> new HashMap<>())
				.put(month.month(), month);
		}
		if (byTag.isEmpty()) {
			return null;
		}
		KpiComparisons comparisons = new KpiComparisons(this.data);
		List<InvestorTags.TagRow> rows = new ArrayList<>();
		for (String tag : InvestorTag.sorted(byTag.keySet())) {
			Map<YearMonth, TagMonth> months = Objects.requireNonNull(byTag.get(tag));
			rows.add(new InvestorTags.TagRow(tag, InvestorTag.label(tag, this.data.english()), TOP_500.contains(tag),
					comparisons.compare((m) -> sum(months, m), (p) -> count(p.projects()), (p) -> 0L, true),
					amounts(comparisons, months)));
		}
		Map<YearMonth, TagMonth> top500 = new HashMap<>();
		queries.anyOfMonths(this.data.regionScope(), from, to, TOP_500).forEach((m) -> top500.put(m.month(), m));
		Comparison top500Projects = comparisons.compare((m) -> sum(top500, m), (p) -> count(p.projects()), (p) -> 0L,
				true);
		return new InvestorTags(rows, top500Projects, projects(queries));
	}

	private static Comparison amounts(KpiComparisons comparisons, Map<YearMonth, TagMonth> months) {
		// as the headline's agreed investment: the amounts given, a blank 投资协议 counted
		// beside them
		return comparisons.compare((m) -> sum(months, m),
				(p) -> Sums.reported(p.amountWan(), p.withAmount(), p.expectingAmount()), ProjectSum::unfilled, true);
	}

	private List<InvestorTags.TaggedProject> projects(TagQueries queries) {
		List<InvestorTags.TaggedProject> projects = new ArrayList<>();
		boolean english = this.data.english();
		Period period = this.data.period();
		for (TagQueries.TaggedProject p : queries.taggedProjects(this.data.regionScope(), period.from(), period.to())) {
			Set<String> names = new LinkedHashSet<>();
			p.tags().forEach((tag) -> names.add(InvestorTag.label(tag, english)));
			projects.add(new InvestorTags.TaggedProject(p.name(), p.investor(), this.data.regionName(p.regionCode()),
					p.signedDate(), p.amountWan(), p.unagreed(), List.copyOf(names),
					p.tags().stream().anyMatch(TOP_500::contains)));
		}
		return projects;
	}

	private static ProjectSum sum(Map<YearMonth, TagMonth> byMonth, Collection<YearMonth> months) {
		long projects = 0;
		BigDecimal amount = BigDecimal.ZERO;
		long withAmount = 0;
		long unagreed = 0;
		for (YearMonth m : months) {
			TagMonth month = byMonth.get(m);
			if (month != null) {
				projects += month.projects();
				amount = amount.add(month.amountWan());
				withAmount += month.withAmount();
				unagreed += month.unagreed();
			}
		}
		return new ProjectSum(projects, amount, withAmount, unagreed, List.of());
	}

}
