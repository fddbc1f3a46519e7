package cn.investpromo.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import cn.investpromo.report.DataQuality.ComparedReject;

/**
 * The lines that keep a report from reading as more than its ledgers say (issue 22): a
 * compared period the ledgers do not cover, the trend's periods before them, rejected
 * rows a comparison is missing, and a period not over yet. Shared by the workbook and the
 * PDF, so both say the same.
 */
public final class CoverageNotes {

	private static final List<String> COMPARE_KEYS = List.of("compare.month", "compare.previousMonth",
			"compare.sameMonthLastYear", "compare.ytd", "compare.ytdLastYear");

	private final ReportLabels labels;

	public CoverageNotes(ReportLabels labels) {
		this.labels = labels;
	}

	/**
	 * Under the headline figures: the compared periods without ledger data, and the
	 * rejected rows each compared period leaves out.
	 */
	public List<String> headline(ReportModel model) {
		List<String> notes = new ArrayList<>();
		ReportHeading heading = model.heading();
		Coverage coverage = heading.coverage();
		YearMonth from = coverage.from();
		if (from != null) {
			Period period = heading.period();
			Period lastYear = period.sameLastYear();
			if (period.last().isBefore(from)) {
				// a period before the ledgers: its zeros say only that nothing was
				// recorded
				notes.add(this.labels.format("coverage.before", this.labels.periodName(period), since(from)));
			}
			else {
				// the period and its year to date are shown whatever; where the ledgers
				// begin within them, they hold only the months since
				add(notes, "coverage.own", from, uncovered(coverage,
						Map.of("compare.month", period.months(), "compare.ytd", period.yearToDate())));
			}
			add(notes, "coverage.kpis", from,
					uncovered(coverage,
							Map.of("compare.previousMonth", period.previous().months(), "compare.sameMonthLastYear",
									lastYear.months(), "compare.ytdLastYear", lastYear.yearToDate())));
		}
		for (ComparedReject reject : model.dataQuality().comparedRejects()) {
			notes.add(rejected(reject));
		}
		return notes;
	}

	/** The labels of the ranges the ledgers do not cover, in the KPI table's order. */
	private List<String> uncovered(Coverage coverage, Map<String, List<YearMonth>> ranges) {
		return COMPARE_KEYS.stream()
			.filter((key) -> ranges.containsKey(key) && !coverage.covers(ranges.get(key)))
			.map(this.labels::get)
			.toList();
	}

	private void add(List<String> notes, String key, YearMonth from, List<String> labels) {
		if (!labels.isEmpty()) {
			notes.add(this.labels.format(key, this.labels.join(labels), since(from)));
		}
	}

	private String rejected(ComparedReject reject) {
		String ledger = this.labels.get("rejected." + reject.kind());
		if (reject.comparison().startsWith("ytd")) {
			return this.labels.format("rejected.note." + reject.comparison(), "", reject.rows(), ledger);
		}
		return this.labels.format("rejected.note", this.labels.get("compare." + reject.comparison()), reject.rows(),
				ledger);
	}

	/**
	 * Under the trend: its periods before the ledgers cover the scope; none when all are.
	 */
	public List<String> trend(ReportModel model) {
		List<String> uncovered = model.trend()
			.points()
			.stream()
			.filter((p) -> !p.covered())
			.map((p) -> this.labels.periodName(p.period()))
			.toList();
		YearMonth from = model.heading().coverage().from();
		if (uncovered.isEmpty() || from == null) {
			return List.of();
		}
		return List.of(this.labels.format("coverage.trend", this.labels.join(uncovered), since(from)));
	}

	/**
	 * Under the follow-through of events: where a 到位率 is left out because too few of its
	 * projects report 到位资金, and how many report in all; none when no rate is.
	 */
	public List<String> followThrough(EventFollowThrough followThrough) {
		boolean withheld = followThrough.fundsRateWithheld(followThrough.total())
				|| followThrough.events().stream().anyMatch(followThrough::fundsRateWithheld);
		if (!withheld) {
			return List.of();
		}
		EventFollowThrough.EventRow total = followThrough.total();
		return List.of(this.labels.format("followThrough.fundsRateWithheld",
				followThrough.minReportingShare().movePointRight(2).stripTrailingZeros().toPlainString(),
				total.projects(), total.projects() - total.projectsWithoutFunds()));
	}

	/**
	 * In the title block of a period not over yet: "截至12月7日，本月尚未结束，数字不完整"; null for a
	 * period that has ended.
	 */
	public @Nullable String partial(ReportHeading heading) {
		LocalDate until = heading.dataUntil();
		if (until == null) {
			return null;
		}
		String month = this.labels.language().english()
				? until.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
				: String.valueOf(until.getMonthValue());
		return this.labels.format("partial.title", month, String.valueOf(until.getDayOfMonth()));
	}

	private String since(YearMonth from) {
		return this.labels.periodName(Period.month(from));
	}

}
