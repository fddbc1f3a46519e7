package cn.investpromo.report.excel;

import java.util.List;

import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import cn.investpromo.report.KeyProject;
import cn.investpromo.report.ReportLabels;
import cn.investpromo.report.ReportModel;
import cn.investpromo.report.excel.Table.Kind;

/**
 * The one-table sheets whose length grows with the rows (issue 24): the 重点项目 of 12 months
 * and the follow-through of their events, written through SXSSF like the lists (an
 * in-memory sheet costs about a kilobyte of XMLBeans objects per cell: 69,000 key
 * projects did not fit in 512 MB) and moved to where the breakdown sheets had them.
 */
final class GrowingSheets {

	private final SXSSFWorkbook workbook;

	private final BreakdownSheets sheets;

	private final ReportModel model;

	private final ReportLabels labels;

	GrowingSheets(SXSSFWorkbook workbook, BreakdownSheets sheets, ReportModel model, ReportLabels labels) {
		this.workbook = workbook;
		this.sheets = sheets.into(workbook);
		this.model = model;
		this.labels = labels;
	}

	void writeAll() {
		new FollowThroughSheet(this.sheets, this.model, this.labels).write();
		place("sheet.followThrough", "sheet.landing");
		keyProjects();
		place("sheet.keyProjects", "sheet.topProjects");
	}

	private void keyProjects() {
		boolean english = this.labels.language().english();
		this.sheets.write("sheet.keyProjects", "section.keyProjects",
				Table.of(this.model.rankings().keyProjects())
					.column(this.labels.get("column.projectName"), Kind.TEXT, KeyProject::name)
					.column(this.labels.get("column.region"), Kind.TEXT, KeyProject::region)
					.column(this.labels.get("column.industry"), Kind.TEXT, KeyProject::industry)
					.column(this.labels.get("column.amountYi"), Kind.AMOUNT_WAN, KeyProject::amountWan)
					.column(this.labels.get("column.signedDate"), Kind.DATE, KeyProject::signedDate)
					.column(this.labels.get("column.statusAtEnd"), Kind.LABEL, (row) -> row.status().label(english))
					.column(this.labels.get("column.constructionDate"), Kind.DATE, KeyProject::constructionDate)
					.column(this.labels.get("column.productionDate"), Kind.DATE, KeyProject::productionDate)
					.column(this.labels.get("column.fundsYi"), Kind.AMOUNT_WAN, KeyProject::fundsArrivedWan),
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
