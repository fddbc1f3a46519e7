package cn.investpromo.report.excel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.jspecify.annotations.Nullable;

import cn.investpromo.report.FundsArrived.FundsSource;
import cn.investpromo.report.IndustryFigures;
import cn.investpromo.report.LandingFigures;
import cn.investpromo.report.RegionFigures;
import cn.investpromo.report.ReportLabels;
import cn.investpromo.report.ReportLanguage;
import cn.investpromo.report.ReportModel;
import cn.investpromo.report.excel.BreakdownSheets.Source;
import cn.investpromo.report.excel.Table.Kind;
import cn.investpromo.report.excel.Table.Placement;

/**
 * The hidden sheet the overview's charts read: for each chart the rows the PDF's twin draws, in its order, written
 * from the report model (regions without investment, regions without projects and empty slices are left out), so
 * that both charts show the same bars and slices.
 */
final class ChartDataSheet {

	// columns of the blocks
	static final int NAME = 0;

	static final int AMOUNT = 1;

	/** Signed, under construction, in production and terminated follow in this order. */
	static final int LANDING_SIGNED = 1;

	static final int LANDING_STATUSES = 4;

	/**
	 * What each overview chart reads; an empty placement means no chart (the PDF's "no data").
	 * @param byRegionNote the note under the region chart when regions were left out
	 * @param landingNote the note under the landing chart when regions were left out
	 */
	record Sources(Source trend, Source byRegion, @Nullable String byRegionNote, Source byIndustry, Source landing,
			@Nullable String landingNote, Source fundsArrived) {
	}

	/** A bar or slice: its label and value (an amount in 万元). */
	private record Item(String name, BigDecimal amountWan) {
	}

	private final BreakdownSheets sheets;

	private final ReportModel model;

	private final ReportLabels labels;

	private final WorkbookRenderer.Words words;

	ChartDataSheet(BreakdownSheets sheets, ReportModel model, ReportLabels labels) {
		this.sheets = sheets;
		this.model = model;
		this.labels = labels;
		this.words = WorkbookRenderer.words(model);
	}

	/**
	 * Writes the sheet, hidden, and returns the sources of the overview's charts; the trend, which the PDF draws
	 * unfiltered, stays on its own sheet.
	 */
	Sources write(Workbook workbook, Source trend) {
		List<Item> regions = new ArrayList<>();
		for (RegionFigures row : this.model.byRegion()) {
			// as the PDF: with dozens of regions most have nothing this month
			if (row.amountWan().signum() != 0) {
				regions.add(new Item(this.labels.regionName(row), row.amountWan()));
			}
		}
		List<Item> industries = new ArrayList<>();
		for (IndustryFigures row : this.model.byIndustry()) {
			if (row.amountWan().signum() > 0) {
				industries.add(new Item(row.name(), row.amountWan()));
			}
		}
		// a row kept only for a new start of an older project has no bar to show
		List<LandingFigures> landing = this.model.landing().stream().filter((row) -> row.total() != 0).toList();
		List<Item> funds = new ArrayList<>();
		for (FundsSource source : this.model.fundsArrived().bySource()) {
			if (source.amountWan().signum() > 0) {
				funds.add(new Item(this.labels.get("funds." + source.kind().key()), source.amountWan()));
			}
		}

		String amountYi = this.labels.get("column.amountYi");
		Table<Item> regionTable = Table.of(regions)
			.column(this.labels.get("column.region"), Kind.TEXT, Item::name)
			.column(amountYi, Kind.AMOUNT_WAN, Item::amountWan);
		Table<Item> industryTable = Table.of(industries)
			.column(this.labels.get("column.industry"), Kind.TEXT, Item::name)
			.column(amountYi, Kind.AMOUNT_WAN, Item::amountWan);
		Table<LandingFigures> landingTable = Table.of(landing)
			.column(this.labels.get("column.region"), Kind.TEXT,
					(row) -> row.self() ? this.labels.format("report.selfSuffix", row.regionName()) : row.regionName())
			.column(this.labels.get("column.signed"), Kind.INTEGER, LandingFigures::signed)
			.column(this.labels.get("column.underConstruction"), Kind.INTEGER, LandingFigures::underConstruction)
			.column(this.labels.get("column.inProduction"), Kind.INTEGER, LandingFigures::inProduction)
			.column(this.labels.get("column.terminated"), Kind.INTEGER, LandingFigures::terminated);
		Table<Item> fundsTable = Table.of(funds)
			.column(this.labels.get("column.fundsSource"), Kind.TEXT, Item::name)
			.column(this.labels.get("column.fundsYi"), Kind.AMOUNT_WAN, Item::amountWan);

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
		String[] titles = { "chart.byRegion", "chart.byIndustry", "chart.landing", "chart.fundsArrived" };
		for (int i = 0; i < tables.size(); i++) {
			writer.text(writer.row(rowIndex), 0, this.labels.get(titles[i]), writer.styles().subtitle);
			placements[i] = tables.get(i).write(writer, rowIndex + 1, 0);
			rowIndex = placements[i].nextRow() + 1;
		}
		SheetSetup.apply(sheet, this.labels, 1, 0, 0, this.sheets.reportTitle());
		workbook.setSheetHidden(workbook.getSheetIndex(sheet), true);

		boolean anyTrend = this.model.trend()
			.stream()
			.anyMatch((point) -> point.projects() != 0 || point.events() != 0 || point.amountWan().signum() != 0);
		String regionsNote = (regions.size() < this.model.byRegion().size())
				? this.words.format("chart.zeroRegionsLeftOut", this.labels.get("sheet.byRegion")) : null;
		String landingNote = (landing.size() < this.model.landing().size())
				? this.words.format("chart.emptyLandingLeftOut", this.labels.get("sheet.landing")) : null;
		return new Sources(anyTrend ? trend : none(trend), new Source(sheet, placements[0]), regionsNote,
				new Source(sheet, placements[1]), new Source(sheet, placements[2]), landingNote,
				new Source(sheet, placements[3]));
	}

	static String sheetName(ReportLanguage language) {
		return WorkbookUtil.createSafeSheetName(WorkbookRenderer.words(language).format("sheet.chartData"));
	}

	/** The source without rows: the PDF shows "no data" where all figures are zero. */
	private static Source none(Source source) {
		Placement rows = source.rows();
		return new Source(source.sheet(),
				new Placement(rows.headerRow(), rows.firstDataRow(), rows.firstDataRow() - 1, rows.nextRow()));
	}

}
