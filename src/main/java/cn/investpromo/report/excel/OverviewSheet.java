package cn.investpromo.report.excel;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;

import cn.investpromo.report.Comparison;
import cn.investpromo.report.CoverageNotes;
import cn.investpromo.report.UnreportedNotes;
import cn.investpromo.report.Kpi;
import cn.investpromo.report.NarrativeParagraph;
import cn.investpromo.report.ReportLabels;
import cn.investpromo.report.ReportModel;

/**
 * The overview sheet: title block, the front page's 本月要点 and tiles, the KPI table with
 * comparisons and the narrative's paragraphs; charts go below.
 */
final class OverviewSheet {

	/** Indicator column plus the eight comparison columns. */
	static final int COLUMNS = 9;

	/** The first row below the title block: the front page starts here. */
	static final int FRONT_PAGE_ROW = 5;

	/** The headers of the comparison columns, also used by the amount-band table. */
	static final List<String> COMPARE_KEYS = List.of("compare.month", "compare.previousMonth", "compare.monthOnMonth",
			"compare.sameMonthLastYear", "compare.yearOnYear", "compare.ytd", "compare.ytdLastYear",
			"compare.ytdChange");

	private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final SheetWriter writer;

	private final ReportModel model;

	OverviewSheet(SheetWriter writer, ReportModel model) {
		this.writer = writer;
		this.model = model;
	}

	/**
	 * Writes everything but the charts and returns the first free row, where the charts
	 * begin.
	 */
	int write(String title) {
		ReportLabels labels = this.writer.labels();
		Styles styles = this.writer.styles();
		String[][] meta = { { labels.get("report.scope"), this.model.scope().name() },
				{ labels.get("report.period"), labels.periodName(this.model.period()) },
				{ labels.get("report.generatedAt"), GENERATED.format(this.model.generatedAt()) } };
		measure(meta);
		this.writer.applyWidths();

		titleBlock(title, meta);
		int unitRow = new FrontPageCells(this.writer, this.model.frontPage(), labels.language().english())
			.write(FRONT_PAGE_ROW, COLUMNS);
		// the unit, and once what the tiles' ▲▼ and ● mean under the configured rise
		// colour
		this.writer.text(this.writer.row(unitRow), 0, labels.get("report.unit") + "    "
				+ labels.get("tiles.legend." + this.model.frontPage().riseColour().key()), styles.meta);
		this.writer.sheet().addMergedRegion(new CellRangeAddress(unitRow, unitRow, 0, COLUMNS - 1));

		int kpiHeaderRow = unitRow + 1;
		Row header = this.writer.row(kpiHeaderRow);
		this.writer.header(header, 0, labels.get("kpi.indicator"));
		for (int c = 0; c < COMPARE_KEYS.size(); c++) {
			this.writer.header(header, c + 1, labels.get(COMPARE_KEYS.get(c)));
		}
		int rowIndex = kpiHeaderRow + 1;
		for (Kpi kpi : this.model.headline().kpis()) {
			writeKpi(this.writer.row(rowIndex++), kpi);
		}
		// where a figure leaves out items the ledgers left blank, and how its changes
		// treat them
		for (String note : new UnreportedNotes(labels, this.model.headline().terms()).headline(this.model.headline())) {
			this.writer.note(rowIndex++, note, COLUMNS);
		}
		for (String note : new CoverageNotes(labels).headline(this.model)) {
			this.writer.note(rowIndex++, note, COLUMNS);
		}

		rowIndex = narrative(rowIndex);
		rowIndex++;
		// printed, the charts start a page of their own rather than being cut below the
		// narrative
		this.writer.sheet().setRowBreak(rowIndex - 1);
		this.writer.text(this.writer.row(rowIndex++), 0, labels.get("section.charts"), styles.subtitle);
		return rowIndex;
	}

	/**
	 * The narrative, a page of its own when printed; returns the first row after it.
	 */
	private int narrative(int firstRow) {
		Styles styles = this.writer.styles();
		int rowIndex = firstRow;
		rowIndex++;
		// printed, the narrative starts a page and stays on it whole, rather than its
		// first paragraph closing page 1 and the rest leaving page 2 mostly empty
		this.writer.sheet().setRowBreak(rowIndex - 1);
		this.writer.text(this.writer.row(rowIndex++), 0, this.writer.labels().get("section.narrative"),
				styles.subtitle);
		// one merged, wrapped row a paragraph: 一、招商活动 … each starts a row of its own
		for (NarrativeParagraph paragraph : this.model.narrativeParagraphs()) {
			Row narrative = this.writer.row(rowIndex);
			this.writer.text(narrative, 0, paragraph.line(), styles.narrative);
			for (int c = 1; c < COLUMNS; c++) {
				this.writer.text(narrative, c, null, styles.narrative);
			}
			this.writer.sheet().addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, 0, COLUMNS - 1));
			this.writer.fitHeight(narrative, paragraph.line(), 0, COLUMNS - 1);
			rowIndex++;
		}
		return rowIndex;
	}

	private void writeKpi(Row row, Kpi kpi) {
		this.writer.wrapped(row, 0, this.writer.labels().kpi(kpi.kind()));
		this.writer.comparison(row, 1, kpi.values(), kpi.kind().amount());
	}

	/**
	 * The title, the scope, period and time generated, and for a period not over yet the
	 * line that says so, where a forwarded copy is read.
	 */
	private void titleBlock(String title, String[][] meta) {
		ReportLabels labels = this.writer.labels();
		Styles styles = this.writer.styles();
		this.writer.title(0, title, COLUMNS);
		for (int i = 0; i < meta.length; i++) {
			Row row = this.writer.row(1 + i);
			this.writer.text(row, 0, meta[i][0], styles.metaLabel);
			this.writer.text(row, 1, meta[i][1], styles.meta);
			this.writer.sheet().addMergedRegion(new CellRangeAddress(1 + i, 1 + i, 1, 4));
		}
		// a period not over yet says so in the title block, where a forwarded copy is
		// read
		String partial = new CoverageNotes(labels).partial(this.model.heading());
		if (partial != null) {
			this.writer.text(this.writer.row(1 + meta.length), 0, partial, styles.subtitle);
			this.writer.sheet().addMergedRegion(new CellRangeAddress(1 + meta.length, 1 + meta.length, 0, COLUMNS - 1));
		}
	}

	private void measure(String[][] meta) {
		ReportLabels labels = this.writer.labels();
		for (String[] pair : meta) {
			this.writer.measure(0, pair[0]);
		}
		this.writer.measure(0, labels.get("kpi.indicator"));
		for (Kpi kpi : this.model.headline().kpis()) {
			// written wrapped (writeKpi): a long English label wraps rather than shrink
			// the printed page
			this.writer.measureText(0, labels.kpi(kpi.kind()));
			Comparison values = kpi.values();
			// a figure may be unknown (null), shown as "—"
			for (BigDecimal value : Arrays.asList(values.month(), values.previousMonth(), values.sameMonthLastYear(),
					values.ytd(), values.ytdLastYear())) {
				String shown = kpi.kind().amount() ? SheetWriter.formatAmountYi(value)
						: SheetWriter.formatInteger(value);
				for (int c = 1; c < COLUMNS; c++) {
					this.writer.measure(c, shown);
				}
			}
		}
		for (int c = 0; c < COMPARE_KEYS.size(); c++) {
			this.writer.measureHeader(c + 1, labels.get(COMPARE_KEYS.get(c)));
			// charts below need room: at least ten units per figure column
			this.writer.measureUnits(c + 1, 10);
		}
	}

}
