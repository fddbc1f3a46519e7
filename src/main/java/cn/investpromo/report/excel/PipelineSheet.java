package cn.investpromo.report.excel;

import java.util.List;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.jspecify.annotations.Nullable;

import cn.investpromo.report.Pipeline;
import cn.investpromo.report.Pipeline.StageRow;
import cn.investpromo.report.PipelineEntry;
import cn.investpromo.report.ReportLabels;
import cn.investpromo.report.ReportModel;
import cn.investpromo.report.excel.Table.Kind;
import cn.investpromo.report.excel.Table.Placement;

/**
 * The 在谈项目 sheet (SPEC §2.8): projects and expected investment by stage, then every
 * project of the pipeline, streamed, an overdue row filled red with its 逾期天数 and a stale
 * row filled yellow with its days since the last follow-up.
 */
final class PipelineSheet {

	/** Excel's "light red fill" and "yellow fill" of its conditional formats. */
	private static final byte[] OVERDUE_FILL = { (byte) 0xFF, (byte) 0xC7, (byte) 0xCE };

	private static final byte[] STALE_FILL = { (byte) 0xFF, (byte) 0xEB, (byte) 0x9C };

	private final SXSSFWorkbook workbook;

	private final SheetContext sheets;

	private final ReportModel model;

	private final ReportLabels labels;

	PipelineSheet(SXSSFWorkbook workbook, SheetContext sheets) {
		this.workbook = workbook;
		this.sheets = sheets.into(workbook);
		this.model = sheets.model();
		this.labels = sheets.labels();
	}

	void write() {
		Pipeline pipeline = this.model.pipeline();
		if (pipeline == null) {
			return;
		}
		Sheet sheet = this.workbook.createSheet(WorkbookUtil.createSafeSheetName(this.labels.get("sheet.pipeline")));
		SheetWriter writer = this.sheets.writer(sheet);
		boolean english = this.model.language().english();
		Table<StageRow> stages = Table.withTotalRow(pipeline.byStage(), pipeline.total())
			.column(this.labels.get("column.stage"), Kind.TEXT,
					(row) -> (row.stage() != null) ? row.stage().label(english) : null)
			.column(this.labels.get("column.projects"), Kind.INTEGER, StageRow::projects)
			.column(this.labels.get("column.expectedAmountYi"), Kind.AMOUNT_WAN, StageRow::expectedAmountWan)
			.column(this.labels.get("column.withoutExpectedAmount"), Kind.INTEGER, StageRow::withoutAmount);
		PipelineList list = new PipelineList(writer, this.labels, english, styles(writer, OVERDUE_FILL),
				styles(writer, STALE_FILL));
		stages.measure(writer, 0);
		list.measure(pipeline.projects().first(Table.MEASURED));
		writer.applyWidths();
		int width = PipelineList.WIDTH;
		writer.title(0, this.sheets.sheetTitle("section.pipeline"), width);
		writer.note(1, this.labels.format("pipeline.basis", pipeline.asOf(), pipeline.newLeads(), pipeline.converted()),
				width);
		Placement placed = stages.write(writer, 3, 0);
		int header = placed.nextRow() + 2;
		writer.text(writer.row(header - 1), 0, this.labels.get("section.pipelineProjects"), writer.styles().subtitle);
		int last = list.write(header, pipeline.projects());
		sheet.setAutoFilter(new CellRangeAddress(header, Math.max(header, last), 0, width - 1));
		int notes = last + 2;
		writer.note(notes, this.labels.get("pipeline.overdueMark"), width);
		writer.note(notes + 1, this.labels.format("pipeline.staleBasis", pipeline.staleDays()), width);
		SheetSetup.apply(sheet, this.labels, 1, 0, 0, this.sheets.reportTitle());
	}

	/** The cell styles of a marked row, as the table's but filled. */
	private List<CellStyle> styles(SheetWriter writer, byte[] rgb) {
		Styles styles = writer.styles();
		Function<CellStyle, CellStyle> filled = (base) -> {
			XSSFCellStyle style = (XSSFCellStyle) this.workbook.createCellStyle();
			style.cloneStyleFrom(base);
			style.setFillForegroundColor(new XSSFColor(rgb, null));
			style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			return style;
		};
		CellStyle text = filled.apply(styles.text);
		// a ledger text that looks like a formula stays text
		text.setQuotePrefixed(true);
		return List.of(text, filled.apply(styles.integer), filled.apply(styles.amount), filled.apply(styles.date));
	}

}
