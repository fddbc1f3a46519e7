package cn.investpromo.report.excel;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;

import cn.investpromo.report.RegionFigures;
import cn.investpromo.report.ReportLabels;
import cn.investpromo.report.ReportModel;
import cn.investpromo.report.excel.Table.Placement;

/**
 * What every sheet of one workbook is written with, built once by
 * {@link WorkbookRenderer}: the model, its styles and words, the period and title the
 * sheets repeat, and the sheets' factory.
 *
 * @param period the period as titles name it: 2019年7月, or July 2019
 * @param title the report's title, repeated at the top of each printed page
 * @param selfNames the scope's own row's name, S（本级）, by region code
 */
record SheetContext(Workbook workbook, Styles styles, ReportModel model, ReportLabels labels, Words words,
		String period, String title, Map<String, String> selfNames) {

	static SheetContext of(Workbook workbook, Styles styles, ReportModel model, ReportLabels labels, String title) {
		// rows of other tables name regions by code; the scope's own row is shown as
		// S（本级） everywhere
		Map<String, String> selfNames = new HashMap<>();
		for (RegionFigures row : model.breakdowns().byRegion()) {
			if (row.self()) {
				selfNames.put(row.code(), labels.regionName(row));
			}
		}
		return new SheetContext(workbook, styles, model, labels, Words.of(model), labels.periodName(model.period()),
				title, Map.copyOf(selfNames));
	}

	/**
	 * The same context writing into {@code other}: the streamed (SXSSF) workbook over the
	 * same template, whose styles these are.
	 */
	SheetContext into(Workbook other) {
		return new SheetContext(other, this.styles, this.model, this.labels, this.words, this.period, this.title,
				this.selfNames);
	}

	/** The region's display name: S（本级） for the scope itself. */
	String regionName(String code, String name) {
		return this.selfNames.getOrDefault(code, name);
	}

	Sheet sheet(String sheetKey) {
		return this.workbook.createSheet(WorkbookUtil.createSafeSheetName(this.labels.get(sheetKey)));
	}

	SheetWriter writer(Sheet sheet) {
		return new SheetWriter(sheet, this.styles, this.labels);
	}

	/** The sheet's own title: its section and the period. */
	String sheetTitle(String sectionKey) {
		return this.words.format("sheet.title", this.labels.get(sectionKey), this.period);
	}

	String reportTitle() {
		return this.title;
	}

	<T> Source write(String sheetKey, String sectionKey, Table<T> table) {
		return write(sheetKey, sectionKey, table, List.of());
	}

	<T> Source write(String sheetKey, String sectionKey, Table<T> table, List<String> notes) {
		return write(sheetKey, sectionKey, table, (writer) -> {
		}, notes);
	}

	/**
	 * A sheet of one table under its title, with notes (the basis of the figures) below
	 * it, one row each.
	 * @param widen measures what else the columns must fit, after the table
	 */
	<T> Source write(String sheetKey, String sectionKey, Table<T> table, Consumer<SheetWriter> widen,
			List<String> notes) {
		return titled(sheetKey, this.labels.get(sectionKey), table, widen, notes);
	}

	/**
	 * A sheet of one table under a section title said in full (one that counts its rows,
	 * as "投资额前9项目" does).
	 */
	<T> Source titled(String sheetKey, String section, Table<T> table, Consumer<SheetWriter> widen,
			List<String> notes) {
		Sheet sheet = sheet(sheetKey);
		SheetWriter writer = writer(sheet);
		table.measure(writer, 0);
		widen.accept(writer);
		writer.applyWidths();
		writer.title(0, this.words.format("sheet.title", section, this.period), table.width());
		Placement placement = table.write(writer, 1, 0);
		int rowIndex = placement.nextRow() + 1;
		for (String note : notes) {
			writer.note(rowIndex++, note, table.width());
		}
		SheetSetup.apply(sheet, this.labels, 2, 0, 1, this.title);
		return new Source(sheet, placement);
	}

}
