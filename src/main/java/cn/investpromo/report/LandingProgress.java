package cn.investpromo.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import cn.investpromo.ledger.LedgerItem.ProjectRecord;
import cn.investpromo.ledger.ProjectStatus;
import cn.investpromo.region.Region;

import static cn.investpromo.report.Sums.count;
import static cn.investpromo.report.Sums.rate;
import static cn.investpromo.report.Sums.share;

/**
 * Projects signed in the 12 months ending in M by their status at the end of M, with the rates and the month's new
 * starts and new production (SPEC §5; definitions in {@link LandingFigures}).
 */
final class LandingProgress {

	private final ScopedRows rows;

	LandingProgress(ScopedRows rows) {
		this.rows = rows;
	}

	/** One row per region of the scope with something to show, the scope itself (本级) first. */
	List<LandingFigures> byRegion() {
		YearMonth month = this.rows.month();
		LocalDate end = month.atEndOfMonth();
		Map<String, long[]> counts = new LinkedHashMap<>();
		for (ProjectRecord p : this.rows.projectsIn(month.minusMonths(11), month)) {
			ProjectStatus status = statusAt(p, end);
			counts(counts, p)[status.ordinal()]++;
		}
		for (ProjectRecord p : this.rows.mayHaveLanded()) {
			if (p.status() == ProjectStatus.TERMINATED) {
				continue; // a terminated project is no start worth reporting
			}
			if (inMonth(p.constructionDate())) {
				counts(counts, p)[4]++;
			}
			if (inMonth(p.productionDate())) {
				counts(counts, p)[5]++;
			}
		}
		Region scope = this.rows.scope();
		return this.rows.rowRegions()
			.stream()
			.filter((r) -> counts.containsKey(r.code()))
			.map((r) -> figures(r.code(), r.name(), r.equals(scope), counts.get(r.code())))
			.toList();
	}

	/** The scope as a whole: the sum of the rows, with its own rates. */
	LandingFigures total(List<LandingFigures> rows) {
		long[] c = new long[6];
		for (LandingFigures row : rows) {
			c[0] += row.signed();
			c[1] += row.underConstruction();
			c[2] += row.inProduction();
			c[3] += row.terminated();
			c[4] += row.newStarts();
			c[5] += row.newProduction();
		}
		Region scope = this.rows.scope();
		return figures(scope.code(), scope.name(), false, c);
	}

	/** The counts of the project's row: four by {@link ProjectStatus} ordinal, then new starts and new production. */
	private long[] counts(Map<String, long[]> counts, ProjectRecord p) {
		return counts.computeIfAbsent(this.rows.rowRegion(p.regionCode()).code(), (k) -> new long[6]);
	}

	private boolean inMonth(@Nullable LocalDate date) {
		return date != null && YearMonth.from(date).equals(this.rows.month());
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

	private static ProjectStatus statusAt(ProjectRecord p, LocalDate end) {
		if (p.status() == ProjectStatus.TERMINATED) {
			return ProjectStatus.TERMINATED;
		}
		if (p.productionDate() != null && !p.productionDate().isAfter(end)) {
			return ProjectStatus.IN_PRODUCTION;
		}
		if (p.constructionDate() != null && !p.constructionDate().isAfter(end)) {
			return ProjectStatus.UNDER_CONSTRUCTION;
		}
		if (p.productionDate() != null || p.constructionDate() != null) {
			return ProjectStatus.SIGNED; // the dates given are after M: not yet at M's end
		}
		return p.status();
	}

}
