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

	public UnreportedNotes(ReportLabels labels) {
		this.labels = labels;
	}

	/** Under the headline figures: one line per figure with blanks in any period. */
	public List<String> headline(Headline headline) {
		List<String> notes = new ArrayList<>();
		headline.kpis().forEach((kpi) -> add(notes, this.labels.unreportedNote(kpi)));
		return notes;
	}

	/**
	 * Under the by-region table: events without 参会人数 and projects without an amount, by
	 * row.
	 */
	public List<String> byRegion(List<RegionFigures> rows) {
		List<String> notes = new ArrayList<>();
		add(notes, rows(KpiKind.ATTENDEES, rows, this.labels::regionName, RegionFigures::eventsWithoutAttendees));
		add(notes, rows(KpiKind.AMOUNT_WAN, rows, this.labels::regionName, RegionFigures::projectsWithoutAmount));
		return notes;
	}

	/**
	 * Under the by-industry table (and the sub-industry and region × industry ones):
	 * projects without an amount.
	 */
	public List<String> byIndustry(List<IndustryFigures> rows) {
		List<String> notes = new ArrayList<>();
		add(notes, rows(KpiKind.AMOUNT_WAN, rows, IndustryFigures::name, IndustryFigures::projectsWithoutAmount));
		return notes;
	}

	/** Under the investor-origin table: projects without an amount. */
	public List<String> byInvestorOrigin(List<GroupFigures> rows) {
		List<String> notes = new ArrayList<>();
		add(notes, rows(KpiKind.AMOUNT_WAN, rows, GroupFigures::name, GroupFigures::projectsWithoutAmount));
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
