package cn.investpromo.report.excel;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

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
	 * What each overview chart reads, by its kind; a chart with no data has an empty
	 * placement (the PDF's "no data").
	 *
	 * @param notes the note under a chart when rows of its table were left out
	 */
	record Sources(Source trend, Map<ChartData.Kind, Source> charts, Map<ChartData.Kind, String> notes) {

		Source of(ChartData.Kind kind) {
			return (kind == ChartData.Kind.TREND) ? this.trend
					: Objects.requireNonNull(this.charts.get(kind), kind.name());
		}

		@Nullable String note(ChartData.Kind kind) {
			return this.notes.get(kind);
		}

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
		Map<ChartData.Kind, Table<Item>> tables = new LinkedHashMap<>();
		for (ChartData.Kind kind : ChartData.Kind.values()) {
			if (kind.inWorkbook() && kind != ChartData.Kind.TREND) {
				tables.put(kind, table(charts.chart(kind)));
			}
		}
		Sheet sheet = workbook.createSheet(sheetName(this.model.language()));
		SheetWriter writer = this.sheets.writer(sheet);
		int width = 0;
		for (Table<?> table : tables.values()) {
			table.measure(writer, 0);
			width = Math.max(width, table.width());
		}
		writer.applyWidths();
		writer.title(0, this.words.format("sheet.chartData.title"), width);
		writer.note(1, this.words.format("sheet.chartData.basis"), width);
		int rowIndex = 3;
		Map<ChartData.Kind, Source> placed = new EnumMap<>(ChartData.Kind.class);
		Map<ChartData.Kind, String> notes = new EnumMap<>(ChartData.Kind.class);
		for (Map.Entry<ChartData.Kind, Table<Item>> table : tables.entrySet()) {
			ChartData.Chart chart = charts.chart(table.getKey());
			writer.text(writer.row(rowIndex), 0, this.labels.get(chart.titleKey()), writer.styles().subtitle);
			Placement placement = table.getValue().write(writer, rowIndex + 1, 0);
			placed.put(table.getKey(), new Source(sheet, placement));
			rowIndex = placement.nextRow() + 1;
			if (chart.leftOut()) {
				notes.put(table.getKey(), leftOutNote(chart));
			}
		}
		SheetSetup.apply(sheet, this.labels, 1, 0, 0, this.sheets.reportTitle());
		workbook.setSheetHidden(workbook.getSheetIndex(sheet), true);
		boolean anyTrend = charts.trend().form() != ChartData.Form.NO_DATA;
		return new Sources(anyTrend ? trend : none(trend), placed, notes);
	}

	/**
	 * A chart's rows: what each item is, then its amount in 万元, or its count in each
	 * series of a stacked chart.
	 */
	private Table<Item> table(ChartData.Chart chart) {
		Table<Item> table = Table.of(chart.items())
			.column(this.labels.get(chart.kind().itemsKey()), Kind.TEXT, Item::label);
		if (chart.kind().shape() != ChartData.Shape.STACKED_BARS) {
			return table.column(chart.series().get(0).name(), Kind.AMOUNT_WAN, ChartDataSheet::value);
		}
		for (int i = 0; i < chart.series().size(); i++) {
			int status = i;
			table = table.column(chart.series().get(i).name(), Kind.INTEGER,
					(row) -> row.values().get(status).longValue());
		}
		return table;
	}

	/** Under a chart that leaves rows out: which, and where the whole table is. */
	private String leftOutNote(ChartData.Chart chart) {
		String sheetKey = "sheet." + chart.titleKey().substring("chart.".length());
		String key = (chart.kind().shape() == ChartData.Shape.STACKED_BARS) ? "chart.emptyLandingLeftOut"
				: "chart.zeroRegionsLeftOut";
		return this.words.format(key, this.labels.get(sheetKey));
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
