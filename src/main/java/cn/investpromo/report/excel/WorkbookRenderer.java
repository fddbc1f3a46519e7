package cn.investpromo.report.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.MessageFormat;
import java.util.Date;
import java.util.Optional;
import java.util.ResourceBundle;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import cn.investpromo.report.Period;
import cn.investpromo.report.ReportLabels;
import cn.investpromo.report.ReportLanguage;
import cn.investpromo.report.ReportModel;

/** Renders a report model as the Excel workbook leadership reads. */
public final class WorkbookRenderer {

	public WorkbookRenderer() {
	}

	/**
	 * Writes the workbook to {@code target}, replacing it. The file appears only once
	 * complete: it is written beside the target and moved into place.
	 */
	public void render(ReportModel model, Path target) throws IOException {
		ReportLabels labels = ReportLabels.of(model);
		String title = labels.title(model.scope().name());
		Path absolute = target.toAbsolutePath();
		// not Files.createTempFile: its owner-only permissions would stay with the report
		Path partial = absolute.resolveSibling("." + absolute.getFileName() + ".part");
		try {
			// the small sheets and charts are built in memory (XSSF); the lists then
			// stream through SXSSF
			try (XSSFWorkbook template = new XSSFWorkbook()) {
				SheetContext sheets = SheetContext.of(template, new Styles(template, model.language()), model, labels,
						title);
				writeSmallSheets(template, sheets);
				properties(template, model, labels, title);
				try (SXSSFWorkbook workbook = new SXSSFWorkbook(template, StreamedSheets.WINDOW)) {
					try {
						new GrowingSheets(workbook, sheets, model, labels).writeAll();
						new PipelineSheet(workbook, sheets).write();
						new StreamedSheets(workbook, sheets, model, labels).writeAll();
						// the hidden chart data last, where a clerk who shows it looks
						// for it
						workbook.setSheetOrder(ChartDataSheet.sheetName(model.language()),
								workbook.getNumberOfSheets() - 1);
						workbook.setActiveSheet(0);
						try (OutputStream out = Files.newOutputStream(partial)) {
							workbook.write(out);
						}
					}
					finally {
						// removes SXSSF's temporary files
						workbook.dispose();
					}
				}
			}
			Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		finally {
			Files.deleteIfExists(partial);
		}
	}

	private static void writeSmallSheets(XSSFWorkbook workbook, SheetContext sheets) {
		ReportModel model = sheets.model();
		ReportLabels labels = sheets.labels();
		String title = sheets.title();
		XSSFSheet overview = workbook.createSheet(WorkbookUtil.createSafeSheetName(labels.get("sheet.overview")));
		SheetWriter overviewWriter = sheets.writer(overview);
		OverviewSheet overviewSheet = new OverviewSheet(overviewWriter, model);
		int chartsRow = overviewSheet.write(title);
		// the overview is read from the top, the front page first: only the title stays
		// on screen
		SheetSetup.apply(overview, labels, 1, 0, 0, title);
		Source trend = new BreakdownSheets(sheets).writeAll();
		ChartDataSheet.Sources sources = new ChartDataSheet(sheets).write(workbook, trend);
		new OverviewCharts(overviewWriter, sheets.words(), model.charts()).draw(sources, chartsRow,
				OverviewSheet.COLUMNS);
		// store the totals' values too, so viewers that do not recalculate on opening
		// show them
		XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
	}

	private static void properties(XSSFWorkbook workbook, ReportModel model, ReportLabels labels, String title) {
		Words words = Words.of(model);
		String scope = model.scope().name();
		String period = labels.periodName(model.period());
		POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
		core.setTitle(title);
		core.setSubjectProperty(words.format("document.subject", scope, period));
		core.setCreator("investpromo");
		core.setKeywords(words.format("document.keywords", scope, period));
		core.setDescription(model.narrative());
		core.setCreated(Optional.of(Date.from(model.generatedAt().toInstant())));
	}

}
