package cn.investpromo.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import org.jspecify.annotations.Nullable;

/**
 * The lines under a report's tables that say where a figure leaves out items the ledgers
 * left blank (issue 9: unknown is not zero): under the headline figures, how many in each
 * period; under a breakdown, which rows and how many. Shared by the workbook and the PDF,
 * so both say the same.
 */
public final class UnreportedNotes {

	private final ReportLabels labels;

	private final SigningTerms terms;

	/**
	 * The notes of a report whose signings are made of {@code terms}: a 战略合作协议 without an
	 * amount is said as such, never 未填 (issue 22).
	 */
	public UnreportedNotes(ReportLabels labels, SigningTerms terms) {
		this.labels = labels;
		this.terms = terms;
	}

	/**
	 * Under the headline figures: one line per figure with blanks in any period, and the
	 * period's agreements that set no amount.
	 */
	public List<String> headline(Headline headline) {
		List<String> notes = new ArrayList<>();
		headline.kpis().forEach((kpi) -> add(notes, this.labels.unreportedNote(kpi)));
		if (this.terms.unagreedCount() > 0) {
			notes.add(this.labels.format("unagreed.kpi", new AgreementPhrases(this.labels).unagreed(this.terms)));
		}
		return notes;
	}

	/**
	 * Under the by-region table: events without 参会人数 and projects without an amount, by
	 * row.
	 */
	public List<String> byRegion(List<RegionFigures> rows) {
		List<String> notes = new ArrayList<>();
		add(notes, rows(KpiKind.ATTENDEES, rows, this.labels::regionName, RegionFigures::eventsWithoutAttendees));
		add(notes, amounts(rows, this.labels::regionName, RegionFigures::projectsWithoutAmount));
		return notes;
	}

	/**
	 * Under the by-industry table (and the sub-industry and region × industry ones):
	 * projects without an amount.
	 */
	public List<String> byIndustry(List<IndustryFigures> rows) {
		List<String> notes = new ArrayList<>();
		add(notes, amounts(rows, IndustryFigures::name, IndustryFigures::projectsWithoutAmount));
		return notes;
	}

	/** Under the investor-origin table: projects without an amount. */
	public List<String> byInvestorOrigin(List<GroupFigures> rows) {
		List<String> notes = new ArrayList<>();
		add(notes, amounts(rows, GroupFigures::name, GroupFigures::projectsWithoutAmount));
		return notes;
	}

	/** Under the events-by-type table: events without 参会人数 and without 参会企业数. */
	public List<String> eventsByType(List<EventTypeFigures> rows) {
		boolean en = this.labels.language().english();
		List<String> notes = new ArrayList<>();
		add(notes,
				rows(KpiKind.ATTENDEES, rows, (row) -> row.type().label(en), EventTypeFigures::eventsWithoutAttendees));
		add(notes, rows(KpiKind.ENTERPRISES, rows, (row) -> row.type().label(en),
				EventTypeFigures::eventsWithoutEnterprises));
		return notes;
	}

	/** Under the trend: projects without an amount, by period. */
	public List<String> trend(List<TrendPoint> points) {
		List<String> notes = new ArrayList<>();
		// "2019年6月2个" reads, "2019-062个" would not
		add(notes, rows(KpiKind.AMOUNT_WAN, points, (p) -> this.labels.periodName(p.period()),
				TrendPoint::projectsWithoutAmount));
		return notes;
	}

	/**
	 * Which rows hold projects without an amount, and why: 未填 for investment agreements,
	 * no amount agreed for the others; the period's split, as the rows of a breakdown add
	 * up to the period.
	 */
	private <T> @Nullable String amounts(List<T> rows, Function<T, String> name, ToLongFunction<T> blank) {
		long unagreed = this.terms.unagreedCount();
		if (unagreed == 0) {
			return rows(KpiKind.AMOUNT_WAN, rows, name, blank);
		}
		List<String> parts = new ArrayList<>();
		long total = 0;
		for (T row : rows) {
			long n = blank.applyAsLong(row);
			if (n > 0) {
				parts.add(this.labels.format("unreported.projects", name.apply(row), n));
				total += n;
			}
		}
		if (total == 0) {
			return null;
		}
		String which = String.join(this.labels.get("list.separator.rows"), parts);
		String types = new AgreementPhrases(this.labels).unagreed(this.terms);
		long unfilled = this.terms.unfilled();
		return (unfilled == 0) ? this.labels.format("unagreed.rows", types, which)
				: this.labels.format("unagreed.rowsMixed", total, which, types, unfilled);
	}

	private <T> @Nullable String rows(KpiKind kpi, List<T> rows, Function<T, String> name, ToLongFunction<T> blank) {
		return this.labels.unreportedRows(kpi,
				rows.stream().map((row) -> Map.entry(name.apply(row), blank.applyAsLong(row))).toList());
	}

	private static void add(List<String> notes, @Nullable String note) {
		if (note != null) {
			notes.add(note);
		}
	}

}
