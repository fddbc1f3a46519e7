package cn.investpromo.report.excel;

import java.util.List;
import java.util.MissingResourceException;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import cn.investpromo.report.DataQuality;
import cn.investpromo.report.DataQuality.PossibleDuplicate;
import cn.investpromo.quality.Reject;
import cn.investpromo.quality.SheetQuality;
import cn.investpromo.report.PeriodListings;
import cn.investpromo.report.ReportLabels;
import cn.investpromo.report.ReportModel;
import cn.investpromo.report.excel.Table.Kind;
import cn.investpromo.report.excel.Table.Placement;

/**
 * The sheets whose length grows with the ledgers: the month's events and projects, and
 * data quality.
 */
final class StreamedSheets {

	/** Rows SXSSF keeps in memory per sheet; older rows go to a temporary file. */
	static final int WINDOW = 200;

	private final SXSSFWorkbook workbook;

	private final SheetContext sheets;

	private final ReportModel model;

	private final ReportLabels labels;

	StreamedSheets(SXSSFWorkbook workbook, SheetContext sheets, ReportModel model, ReportLabels labels) {
		this.workbook = workbook;
		this.sheets = sheets;
		this.model = model;
		this.labels = labels;
	}

	void writeAll() {
		ListedTable listed = new ListedTable(this.labels);
		PeriodListings listings = this.model.listings();
		list("sheet.events", "section.events", listed.of(listings.events(), listings.eventColumns()));
		list("sheet.projects", "section.projects", listed.of(listings.projects(), listings.projectColumns()));
		quality();
	}

	/**
	 * A list sheet: title, header with an auto-filter, one row per item; frozen on the ID
	 * and name columns.
	 */
	private <T> void list(String sheetKey, String sectionKey, Table<T> table) {
		Sheet sheet = this.workbook.createSheet(WorkbookUtil.createSafeSheetName(this.labels.get(sheetKey)));
		SheetWriter writer = this.sheets.writer(sheet);
		table.measure(writer, 0);
		writer.applyWidths();
		writer.title(0, this.sheets.sheetTitle(sectionKey), table.width());
		Placement placement = table.write(writer, 1, 0);
		sheet.setAutoFilter(new CellRangeAddress(placement.headerRow(),
				Math.max(placement.headerRow(), placement.lastDataRow()), 0, table.width() - 1));
		SheetSetup.apply(sheet, this.labels, 2, 2, 1, this.sheets.reportTitle());
	}

	private void quality() {
		DataQuality quality = this.model.dataQuality();
		Sheet sheet = this.workbook.createSheet(WorkbookUtil.createSafeSheetName(this.labels.get("sheet.dataQuality")));
		SheetWriter writer = this.sheets.writer(sheet);
		Table<SheetQuality> files = Table.withTotals(quality.files())
			.column(this.labels.get("column.file"), Kind.TEXT, SheetQuality::file)
			.column(this.labels.get("column.sheet"), Kind.TEXT, SheetQuality::sheet)
			.column(this.labels.get("column.kind"), Kind.TEXT, (row) -> kind(row.kind()))
			.column(this.labels.get("column.read"), Kind.INTEGER, SheetQuality::read)
			.column(this.labels.get("column.accepted"), Kind.INTEGER, SheetQuality::accepted)
			.column(this.labels.get("column.rejected"), Kind.INTEGER, SheetQuality::rejected);
		Table<Reject> rejects = Table.of(quality.rejects())
			.column(this.labels.get("column.file"), Kind.TEXT, Reject::file)
			.column(this.labels.get("column.sheet"), Kind.TEXT, Reject::sheet)
			.column(this.labels.get("column.row"), Kind.INTEGER, Reject::row)
			.column(this.labels.get("column.column"), Kind.TEXT, Reject::column)
			.column(this.labels.get("column.value"), Kind.TEXT, Reject::value)
			.column(this.labels.get("column.reason"), Kind.TEXT, Reject::reason);
		Table<String> unmatched = Table.of(quality.unmatchedIndustries())
			.column(this.labels.get("column.industry"), Kind.TEXT, (name) -> name);
		Table<PossibleDuplicate> duplicates = Table.of(quality.possibleDuplicates())
			.column(this.labels.get("column.first"), Kind.TEXT, PossibleDuplicate::first)
			.column(this.labels.get("column.second"), Kind.TEXT, PossibleDuplicate::second)
			.column(this.labels.get("column.reason"), Kind.TEXT, PossibleDuplicate::reason);
		List<Table<?>> tables = List.of(files, rejects, unmatched, duplicates);
		List<String> sections = List.of("quality.files", "quality.rejects", "quality.unmatchedIndustries",
				"quality.possibleDuplicates");
		tables.forEach((table) -> table.measure(writer, 0));
		writer.applyWidths();
		writer.title(0, this.sheets.sheetTitle("section.dataQuality"), 6);
		writer.note(1, summary(quality.totals()), 6);
		int rowIndex = 3;
		for (int i = 0; i < tables.size(); i++) {
			writer.text(writer.row(rowIndex), 0, this.labels.get(sections.get(i)), writer.styles().subtitle);
			Placement placement = tables.get(i).write(writer, rowIndex + 1, 0);
			if (i == 0) {
				cacheTotals(sheet, placement);
			}
			rowIndex = placement.nextRow() + 1;
		}
		// each section has its own header, so only the title stays on screen and on every
		// page
		SheetSetup.apply(sheet, this.labels, 1, 0, 0, this.sheets.reportTitle());
	}

	/**
	 * Computes the cached values of the files table's totals while its rows are still in
	 * memory.
	 */
	private void cacheTotals(Sheet sheet, Placement placement) {
		if (placement.empty()) {
			return;
		}
		if (placement.nextRow() >= WINDOW) {
			// rows already streamed out: leave it to the spreadsheet program
			this.workbook.setForceFormulaRecalculation(true);
			return;
		}
		FormulaEvaluator evaluator = this.workbook.getCreationHelper().createFormulaEvaluator();
		Row totals = sheet.getRow(placement.lastDataRow() + 1);
		for (Cell cell : totals) {
			if (cell.getCellType() == CellType.FORMULA) {
				evaluator.evaluateFormulaCell(cell);
			}
		}
	}

	/** "共 1 个文件、3 个工作表，共读取 70 行，接受 69 行，拒绝 1 行。" */
	private String summary(DataQuality.Totals totals) {
		return this.sheets.words()
			.format("quality.sentence", this.labels.format("quality.totals", totals.files(), totals.sheets()),
					this.labels.format("quality.summary", totals.read(), totals.accepted(), totals.rejected()));
	}

	private String kind(String kind) {
		try {
			return this.labels.get("kind." + kind);
		}
		catch (MissingResourceException ex) {
			// a kind newer than the labels: show it as the importer named it
			return kind;
		}
	}

}
