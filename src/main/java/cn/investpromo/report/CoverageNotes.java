package cn.investpromo.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
			Map<String, List<YearMonth>> compared = new LinkedHashMap<>();
			compared.put("compare.month", period.months());
			compared.put("compare.previousMonth", period.previous().months());
			compared.put("compare.sameMonthLastYear", period.sameLastYear().months());
			compared.put("compare.ytd", period.yearToDate());
			compared.put("compare.ytdLastYear", period.sameLastYear().yearToDate());
			List<String> uncovered = compared.entrySet()
				.stream()
				.filter((e) -> !coverage.covers(e.getValue()))
				.map((e) -> this.labels.get(e.getKey()))
				.toList();
			if (!uncovered.isEmpty()) {
				notes.add(this.labels.format("coverage.kpis", this.labels.join(uncovered), since(from)));
			}
		}
		for (ComparedReject reject : model.dataQuality().comparedRejects()) {
			notes.add(rejected(reject));
		}
		return notes;
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
