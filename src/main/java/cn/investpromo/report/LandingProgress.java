package cn.investpromo.report;

import java.math.BigDecimal;
import java.text.Collator;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.investpromo.project.ProjectStatus;
import cn.investpromo.region.Region;
import cn.investpromo.store.ReportQueries.RegionCount;

import static cn.investpromo.report.Sums.count;
import static cn.investpromo.report.Sums.rate;
import static cn.investpromo.report.Sums.share;

/**
 * Projects signed in the 12 months ending with the period by their status at its end
 * (computed in the database), with the rates and the period's new starts and new
 * production (SPEC §5; definitions in {@link LandingFigures}).
 */
final class LandingProgress {

	private final ReportData data;

	LandingProgress(ReportData data) {
		this.data = data;
	}

	/** The landing-progress section: the rows by region and their total. */
	Landing section() {
		List<LandingFigures> rows = byRegion();
		Period period = this.data.period();
		long earlierStarts = 0;
		long earlierProduction = 0;
		for (RegionCount c : this.data.queries()
			.landedIn(this.data.regionScope(), period.from(), period.to(), period.twelveMonthsFrom())) {
			if (c.status().equals(ProjectStatus.UNDER_CONSTRUCTION.name())) {
				earlierStarts += c.projects();
			}
			else {
				earlierProduction += c.projects();
			}
		}
		return new Landing(rows, total(rows), earlierStarts, earlierProduction);
	}

	/**
	 * One row per region of the scope with something to show, ranked as the region table
	 * ranks: the most projects of the 12 months first (the bar's length), then the most
	 * started, then by name in the Chinese collation, so both languages list alike; the
	 * scope itself (本级) stands where its figures put it.
	 */
	private List<LandingFigures> byRegion() {
		Period period = this.data.period();
		LocalDate end = period.to();
		Map<String, long[]> counts = new LinkedHashMap<>();
		// the 12 months ending with the period's last month
		LocalDate from = period.twelveMonthsFrom();
		for (RegionCount c : this.data.queries().statusAt(this.data.regionScope(), from, end)) {
			counts(counts, c.regionCode())[ProjectStatus.valueOf(c.status()).ordinal()] += c.projects();
		}
		for (RegionCount c : this.data.queries().landedIn(this.data.regionScope(), period.from(), end)) {
			boolean start = c.status().equals(ProjectStatus.UNDER_CONSTRUCTION.name());
			counts(counts, c.regionCode())[start ? 4 : 5] += c.projects();
		}
		Region scope = this.data.scope();
		Collator chinese = Collator.getInstance(Locale.CHINA);
		return this.data.rowRegions()
			.stream()
			.filter((r) -> counts.containsKey(r.code()))
			.sorted(Comparator.comparingLong((Region r) -> total(Objects.requireNonNull(counts.get(r.code()))))
				.reversed()
				.thenComparing(
						Comparator.comparingLong((Region r) -> started(Objects.requireNonNull(counts.get(r.code()))))
							.reversed())
				.thenComparing(Region::name, chinese))
			.map((r) -> figures(r.code(), this.data.regionName(r), r.equals(scope),
					Objects.requireNonNull(counts.get(r.code()))))
			.toList();
	}

	private static long total(long[] c) {
		return c[0] + c[1] + c[2] + c[3];
	}

	private static long started(long[] c) {
		return c[1] + c[2];
	}

	/** The scope as a whole: the sum of the rows, with its own rates. */
	private LandingFigures total(List<LandingFigures> rows) {
		long[] c = new long[6];
		for (LandingFigures row : rows) {
			c[0] += row.signed();
			c[1] += row.underConstruction();
			c[2] += row.inProduction();
			c[3] += row.terminated();
			c[4] += row.newStarts();
			c[5] += row.newProduction();
		}
		Region scope = this.data.scope();
		return figures(scope.code(), this.data.regionName(scope), false, c);
	}

	/**
	 * The counts of a region's row: four by {@link ProjectStatus} ordinal, then new
	 * starts and new production.
	 */
	private long[] counts(Map<String, long[]> counts, String regionCode) {
		return counts.computeIfAbsent(this.data.rowRegion(regionCode).code(), (k) -> new long[6]);
	}

	private static LandingFigures figures(String code, String name, boolean self, long[] c) {
		long total = c[0] + c[1] + c[2] + c[3];
		long started = c[1] + c[2];
		long live = total - c[3];
		BigDecimal all = count(total);
		LandingFigures.Shares shares = new LandingFigures.Shares(share(count(c[0]), all), share(count(c[1]), all),
				share(count(c[2]), all), share(count(c[3]), all));
		return new LandingFigures(code, name, c[0], c[1], c[2], c[3], self, shares, rate(started, live),
				rate(c[2], started), c[4], c[5]);
	}

}
