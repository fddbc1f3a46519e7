package cn.investpromo.report.excel;

import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.jspecify.annotations.Nullable;

import cn.investpromo.report.ChartData;
import cn.investpromo.report.ChartData.Item;
import cn.investpromo.report.ReportLabels;
import cn.investpromo.report.ReportLanguage;
import cn.investpromo.report.ReportModel;
import cn.investpromo.report.excel.Table.Kind;
import cn.investpromo.report.excel.Table.Placement;

/**
 * The hidden sheet the overview's charts read: for each chart the rows the PDF's twin
 * draws, in its order, written from the report model (regions without investment, regions
 * without projects and empty slices are left out), so that both charts show the same bars
 * and slices.
 */
final class ChartDataSheet {

	// columns of the blocks
	static final int NAME = 0;

	static final int AMOUNT = 1;

	/** Signed, under construction, in production and terminated follow in this order. */
	static final int LANDING_SIGNED = 1;

	static final int LANDING_STATUSES = 4;

	/**
	 * What each overview chart reads; an empty placement means no chart (the PDF's "no
	 * data").
	 *
	 * @param byRegionNote the note under the region chart when regions were left out
	 * @param landingNote the note under the landing chart when regions were left out
	 */
	record Sources(Source trend, Source byRegion, @Nullable String byRegionNote, Source byIndustry, Source landing,
			@Nullable String landingNote, Source fundsArrived) {
	}

	private final SheetContext sheets;

	private final ReportModel model;

	private final ReportLabels labels;

	private final Words words;

	ChartDataSheet(SheetContext sheets) {
		this.sheets = sheets;
		this.model = sheets.model();
		this.labels = sheets.labels();
		this.words = sheets.words();
	}

	/**
	 * Writes the sheet, hidden, and returns the sources of the overview's charts; the
	 * trend, which the PDF draws unfiltered, stays on its own sheet.
	 */
	Sources write(Workbook workbook, Source trend) {
		// which bars and slices, in which order: the model's chart-data section, which
		// the PDF draws too
		ChartData charts = this.model.charts();
		String amountYi = this.labels.get("column.amountYi");
		Table<Item> regionTable = Table.of(charts.byRegion().items())
			.column(this.labels.get("column.region"), Kind.TEXT, Item::label)
			.column(amountYi, Kind.AMOUNT_WAN, ChartDataSheet::value);
		Table<Item> industryTable = Table.of(charts.byIndustry().items())
			.column(this.labels.get("column.industry"), Kind.TEXT, Item::label)
			.column(amountYi, Kind.AMOUNT_WAN, ChartDataSheet::value);
		Table<Item> landingTable = Table.of(charts.landing().items())
			.column(this.labels.get("column.region"), Kind.TEXT, Item::label);
		for (int i = 0; i < charts.landing().series().size(); i++) {
			int status = i;
			landingTable = landingTable.column(charts.landing().series().get(i).name(), Kind.INTEGER,
					(row) -> row.values().get(status).longValue());
		}
		Table<Item> fundsTable = Table.of(charts.fundsArrived().items())
			.column(this.labels.get("column.fundsSource"), Kind.TEXT, Item::label)
			.column(this.labels.get("column.fundsYi"), Kind.AMOUNT_WAN, ChartDataSheet::value);

		Sheet sheet = workbook.createSheet(sheetName(this.model.language()));
		SheetWriter writer = this.sheets.writer(sheet);
		List<Table<?>> tables = List.of(regionTable, industryTable, landingTable, fundsTable);
		for (Table<?> table : tables) {
			table.measure(writer, 0);
		}
		writer.applyWidths();
		writer.title(0, this.words.format("sheet.chartData.title"), landingTable.width());
		writer.note(1, this.words.format("sheet.chartData.basis"), landingTable.width());
		int rowIndex = 3;
		Placement[] placements = new Placement[tables.size()];
		List<ChartData.Chart> drawn = List.of(charts.byRegion(), charts.byIndustry(), charts.landing(),
				charts.fundsArrived());
		for (int i = 0; i < tables.size(); i++) {
			writer.text(writer.row(rowIndex), 0, this.labels.get(drawn.get(i).titleKey()), writer.styles().subtitle);
			placements[i] = tables.get(i).write(writer, rowIndex + 1, 0);
			rowIndex = placements[i].nextRow() + 1;
		}
		SheetSetup.apply(sheet, this.labels, 1, 0, 0, this.sheets.reportTitle());
		workbook.setSheetHidden(workbook.getSheetIndex(sheet), true);

		boolean anyTrend = this.model.trend()
			.points()
			.stream()
			.anyMatch((point) -> point.projects() != 0 || point.events() != 0);
		String regionsNote = charts.byRegion().leftOut()
				? this.words.format("chart.zeroRegionsLeftOut", this.labels.get("sheet.byRegion")) : null;
		String landingNote = charts.landing().leftOut()
				? this.words.format("chart.emptyLandingLeftOut", this.labels.get("sheet.landing")) : null;
		return new Sources(anyTrend ? trend : none(trend), new Source(sheet, placements[0]), regionsNote,
				new Source(sheet, placements[1]), new Source(sheet, placements[2]), landingNote,
				new Source(sheet, placements[3]));
	}

	/** A bar's or slice's one value: an amount in 万元. */
	private static BigDecimal value(Item item) {
		return item.values().get(0);
	}

	static String sheetName(ReportLanguage language) {
		return WorkbookUtil.createSafeSheetName(Words.of(language).format("sheet.chartData"));
	}

	/** The source without rows: the PDF shows "no data" where all figures are zero. */
	private static Source none(Source source) {
		Placement rows = source.rows();
		return new Source(source.sheet(),
				new Placement(rows.headerRow(), rows.firstDataRow(), rows.firstDataRow() - 1, rows.nextRow()));
	}

}
