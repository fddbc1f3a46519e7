package cn.investpromo.report.excel;

import java.util.List;

import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import cn.investpromo.report.KeyProject;
import cn.investpromo.report.ReportLabels;
import cn.investpromo.report.ReportModel;

/**
 * The one-table sheets whose length grows with the rows (issue 24): the 重点项目 of 12 months
 * and the follow-through of their events, written through SXSSF like the lists (an
 * in-memory sheet costs about a kilobyte of XMLBeans objects per cell: 69,000 key
 * projects did not fit in 512 MB) and moved to where the breakdown sheets had them.
 */
final class GrowingSheets {

	private final SXSSFWorkbook workbook;

	private final SheetContext sheets;

	private final ReportModel model;

	private final ReportLabels labels;

	GrowingSheets(SXSSFWorkbook workbook, SheetContext sheets, ReportModel model, ReportLabels labels) {
		this.workbook = workbook;
		this.sheets = sheets.into(workbook);
		this.model = model;
		this.labels = labels;
	}

	void writeAll() {
		new FollowThroughSheet(this.sheets).write();
		place("sheet.followThrough", "sheet.landing");
		keyProjects();
		place("sheet.keyProjects", "sheet.topProjects");
	}

	private void keyProjects() {
		this.sheets.write("sheet.keyProjects", "section.keyProjects",
				new ListedTable(this.labels).of(this.model.rankings().keyProjects(), KeyProject.COLUMNS),
				List.of(this.labels.get("note.keyProjects")));
	}

	/** Moves the sheet just written to follow the sheet {@code afterKey}. */
	private void place(String sheetKey, String afterKey) {
		int after = this.workbook.getSheetIndex(name(afterKey));
		this.workbook.setSheetOrder(name(sheetKey), after + 1);
	}

	private String name(String sheetKey) {
		return WorkbookUtil.createSafeSheetName(this.labels.get(sheetKey));
	}

}
