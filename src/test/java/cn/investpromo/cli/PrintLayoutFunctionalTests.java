package cn.investpromo.cli;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFShape;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTValAx;

import cn.investpromo.report.BreakdownTables;
import cn.investpromo.report.IndustryFigures;
import cn.investpromo.report.RegionFigures;
import cn.investpromo.report.RegionIndustryFigures;
import cn.investpromo.report.ReportLanguage;
import cn.investpromo.report.ReportModel;
import cn.investpromo.report.ReportModelFixtures;
import cn.investpromo.report.excel.WorkbookRenderer;
import cn.investpromo.report.pdf.CjkFont;
import cn.investpromo.report.pdf.PdfReportRenderer;

import static cn.investpromo.cli.CliRun.cli;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9, point 7, the workbook: every sheet prints on A4 landscape at 75 % or more, on
 * the sample ledgers' 招远市 2019-07 (Chinese and English) and on a wide report (35 regions,
 * 12 industries). The scale is computed as a spreadsheet program prints: the printed
 * columns (the print area, hidden columns left out) against the page's printable width
 * between the sheet's margins, under fit-to-width or the sheet's own scale. The PDF: no
 * page starts with a table's total row or a note (once the running header and the table
 * header repeated from the page before are passed), no page ends with a heading or a
 * figure's caption, on the same reports and on reports of 10 to 45 regions, whose tables
 * break at every place on a page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrintLayoutFunctionalTests {

	/** A4 landscape, in points. */
	private static final double PAGE_WIDTH = 842;

	/**
	 * Points per column-width unit: the width of '0' in the default 11-point font as
	 * LibreOffice prints it where Calibri is missing (DejaVu Sans, 0.636 em: 7 pt).
	 * Excel's Calibri is narrower (7 px = 5.25 pt), so a sheet that holds here holds
	 * there too.
	 */
	private static final double POINTS_PER_UNIT = 7.0;

	private static final double LEAST_SCALE = 0.75;

	/** The grey of the notes under tables and charts (Palette.MUTED). */
	private static final int NOTE_RGB = 0x595959;

	private static final CjkFont FONT = new CjkFont();

	private final Map<String, Path> workbooks = new LinkedHashMap<>();

	private final Map<String, Path> pdfs = new LinkedHashMap<>();

	@BeforeAll
	void writeReports(@TempDir Path work) throws IOException {
		Path reports = work.resolve("reports");
		CliRun run = cli("run", "--month", "2019-07", "--scope", "招远市", "--input", "input", "--data",
				work.resolve("data").toString(), "--out", reports.toString(), "--no-deliver");
		assertThat(run.status()).as(run.err()).isZero();
		CliRun english = cli("report", "--month", "2019-07", "--scope", "招远市", "--lang", "en", "--data",
				work.resolve("data").toString(), "--out", reports.toString(), "--no-deliver");
		assertThat(english.status()).as(english.err()).isZero();
		this.workbooks.put("招远市 2019-07 zh", reports.resolve("招远市/2019-07/招远市_2019-07.xlsx"));
		this.workbooks.put("招远市 2019-07 en", reports.resolve("招远市/2019-07/招远市_2019-07_en.xlsx"));
		this.pdfs.put("招远市 2019-07 zh", reports.resolve("招远市/2019-07/招远市_2019-07.pdf"));
		this.pdfs.put("招远市 2019-07 en", reports.resolve("招远市/2019-07/招远市_2019-07_en.pdf"));
		for (ReportLanguage language : ReportLanguage.values()) {
			for (int regions = 10; regions <= 45; regions += 5) {
				Path pdf = work.resolve("regions-" + regions + "-" + language + ".pdf");
				new PdfReportRenderer(FONT).render(ReportModelFixtures.manyLongRegions(language, regions), pdf);
				this.pdfs.put(regions + " regions " + language, pdf);
			}
		}
		for (ReportLanguage language : ReportLanguage.values()) {
			Path wide = work.resolve("wide-" + language + ".xlsx");
			new WorkbookRenderer().render(wide(language), wide);
			this.workbooks.put("wide " + language, wide);
		}
	}

	@Test
	void everySheetPrintsOnA4LandscapeAtThreeQuartersOrMore() throws IOException {
		List<String> measured = new ArrayList<>();
		List<String> failures = new ArrayList<>();
		for (Map.Entry<String, Path> entry : this.workbooks.entrySet()) {
			try (InputStream in = Files.newInputStream(entry.getValue());
					XSSFWorkbook workbook = new XSSFWorkbook(in)) {
				for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
					if (workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i)) {
						continue; // the charts' data: never printed
					}
					XSSFSheet sheet = workbook.getSheetAt(i);
					PrintSetup print = sheet.getPrintSetup();
					String what = entry.getKey() + " / " + sheet.getSheetName();
					assertThat(print.getLandscape()).as(what + ": landscape").isTrue();
					assertThat(print.getPaperSize()).as(what + ": A4").isEqualTo(PrintSetup.A4_PAPERSIZE);
					double scale = scale(workbook, i);
					measured.add(String.format("%s %.0f%%", what, scale * 100));
					if (scale < LEAST_SCALE) {
						failures.add(String.format("%s prints at %.0f%%", what, scale * 100));
					}
				}
			}
		}
		assertThat(failures).as(String.join("\n", measured)).isEmpty();
	}

	@Test
	void noPageStartsWithATotalRowOrANoteAndNoneEndsWithAHeading() throws IOException {
		List<String> failures = new ArrayList<>();
		for (Map.Entry<String, Path> entry : this.pdfs.entrySet()) {
			try (PDDocument pdf = Loader.loadPDF(entry.getValue().toFile())) {
				Set<String> headings = new HashSet<>();
				collectTitles(pdf.getDocumentCatalog().getDocumentOutline(), headings);
				List<List<Line>> pages = new ArrayList<>();
				for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
					pages.add(lines(pdf, page));
				}
				for (int page = 0; page < pages.size(); page++) {
					String where = entry.getKey() + " page " + (page + 1);
					List<Line> lines = pages.get(page);
					// the body: below the running header (from page 2), above the page
					// number
					List<Line> body = lines.subList((page > 0) ? 1 : 0, lines.size() - 1);
					if (body.isEmpty()) {
						failures.add(where + " is empty");
						continue;
					}
					Line last = body.get(body.size() - 1);
					if (headings.contains(last.flat())) {
						failures.add(where + " ends with the heading " + last.text());
					}
					if (page == 0) {
						continue;
					}
					// a table's header repeated from the page before is passed over
					Set<String> before = new HashSet<>();
					pages.get(page - 1).forEach((line) -> before.add(line.flat()));
					Line first = body.stream().filter((line) -> !before.contains(line.flat())).findFirst().orElse(last);
					if (first.flat().startsWith("合计") || first.flat().startsWith("Total")) {
						failures.add(where + " starts with the total row " + first.text());
					}
					if (first.note()) {
						failures.add(where + " starts with the note " + first.text());
					}
				}
			}
		}
		assertThat(failures).isEmpty();
	}

	@Test
	void aChartOfOneItemIsASentenceInBothOutputsAndEveryValueAxisHasATitle(@TempDir Path dir) throws IOException {
		// the sample's July projects all come from 广东省: no one-bar chart, a sentence (12
		// projects, 3 without amount)
		String zh = flat(text(this.pdfs.get("招远市 2019-07 zh")));
		assertThat(zh).contains("来源地：全部为广东省（12个项目，14.30亿元）").doesNotContain("本月投资方来源地（亿元）");
		assertThat(flat(text(this.pdfs.get("招远市 2019-07 en"))))
			.contains("Investororigin:allGuangdong(广东省)(12projects,CNY1.43bn)");
		// the value axes say what they measure, with its unit: the targets' axis title is
		// in no table
		assertThat(zh).contains("完成率（%）");
		for (String report : List.of("招远市 2019-07 zh", "招远市 2019-07 en")) {
			try (InputStream in = Files.newInputStream(this.workbooks.get(report));
					XSSFWorkbook workbook = new XSSFWorkbook(in)) {
				List<String> titles = new ArrayList<>();
				XSSFDrawing drawing = workbook.getSheetAt(0).getDrawingPatriarch();
				for (XSSFChart chart : drawing.getCharts()) {
					for (CTValAx axis : chart.getCTChart().getPlotArea().getValAxList()) {
						assertThat(axis.isSetTitle()).as(report + ": " + chart.getTitleText()).isTrue();
						titles.add(axis.getTitle().getTx().getRich().getPArray(0).getRArray(0).getT());
					}
				}
				assertThat(titles).as(report).hasSizeGreaterThanOrEqualTo(4);
			}
		}
		// a report whose projects all signed in one region: the workbook and the PDF say
		// so in the same sentence
		ReportModel base = ReportModelFixtures.zhaoyuan(ReportLanguage.ZH);
		BreakdownTables b = base.breakdowns();
		List<RegionFigures> one = b.byRegion()
			.stream()
			.map((row) -> row.code().equals("370685Z01") ? row
					: new RegionFigures(row.code(), row.name(), row.self(), row.events(), row.attendees(),
							row.eventsWithoutAttendees(), 0, null, 0, null, null))
			.toList();
		ReportModel single = ReportModelFixtures.edit(base, (e) -> e.breakdowns = new BreakdownTables(one,
				b.byIndustry(), b.bySubIndustry(), b.byInvestorOrigin(), b.byRegionIndustry(), b.eventsByType(), 0));
		String sentence = single.charts().byRegion().sentence();
		assertThat(sentence).isEqualTo("签约地区：全部为招远经济技术开发区（2个项目，17.50亿元）");
		Path workbookFile = dir.resolve("single.xlsx");
		Path pdfFile = dir.resolve("single.pdf");
		new WorkbookRenderer().render(single, workbookFile);
		new PdfReportRenderer(FONT).render(single, pdfFile);
		assertThat(flat(text(pdfFile))).contains(flat(sentence)).doesNotContain("本月分地区协议投资额（亿元）");
		try (InputStream in = Files.newInputStream(workbookFile); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			XSSFSheet overview = workbook.getSheetAt(0);
			List<String> texts = new ArrayList<>();
			overview.forEach((row) -> row.forEach((cell) -> texts.add(cell.toString())));
			assertThat(texts).contains(sentence);
			assertThat(overview.getDrawingPatriarch().getCharts()).extracting(XSSFChart::getTitleText)
				.map(Object::toString)
				.noneMatch((title) -> title.startsWith("本月分地区协议投资额"));
		}
	}

	@Test
	void landingProgressListsTheRegionsWithTheMostProjectsFirst() throws IOException {
		try (InputStream in = Files.newInputStream(this.workbooks.get("招远市 2019-07 zh"));
				XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			XSSFSheet landing = workbook.getSheet("落地进展");
			int totalColumn = -1;
			for (org.apache.poi.ss.usermodel.Cell cell : landing.getRow(1)) {
				if (cell.getStringCellValue().equals("项目合计")) {
					totalColumn = cell.getColumnIndex();
				}
			}
			assertThat(totalColumn).isPositive();
			List<Double> totals = new ArrayList<>();
			for (int r = 2; landing.getRow(r) != null
					&& !landing.getRow(r).getCell(0).getStringCellValue().equals("合计"); r++) {
				totals.add(landing.getRow(r).getCell(totalColumn).getNumericCellValue());
			}
			// 招远经济技术开发区 has 17, then 招远市（本级） 9 … as the chart draws them
			assertThat(totals).hasSizeGreaterThan(10).isSortedAccordingTo(java.util.Comparator.reverseOrder());
			assertThat(landing.getRow(2).getCell(0).getStringCellValue()).isEqualTo("招远经济技术开发区");
		}
	}

	private static String text(Path pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			return new PDFTextStripper().getText(document);
		}
	}

	private static String flat(String text) {
		return text.replaceAll("\\s", "");
	}

	/**
	 * A line of a page as read in position order, and whether all of it is in the notes'
	 * type.
	 */
	private record Line(String text, boolean note) {

		String flat() {
			return this.text.replaceAll("\\s", "");
		}

	}

	/**
	 * The page's lines top to bottom, each with whether all its glyphs are in the notes'
	 * grey.
	 */
	private static List<Line> lines(PDDocument pdf, int page) throws IOException {
		Map<TextPosition, Boolean> grey = new IdentityHashMap<>();
		List<List<TextPosition>> words = new ArrayList<>();
		List<String> texts = new ArrayList<>();
		PDFTextStripper stripper = new PDFTextStripper() {

			@Override
			protected void processTextPosition(TextPosition text) {
				try {
					grey.put(text, getGraphicsState().getNonStrokingColor().toRGB() == NOTE_RGB);
				}
				catch (IOException ex) {
					grey.put(text, false);
				}
				super.processTextPosition(text);
			}

			@Override
			protected void writeString(String text, List<TextPosition> positions) throws IOException {
				texts.add(text);
				words.add(List.copyOf(positions));
				super.writeString(text, positions);
			}

		};
		stripper.setStartPage(page);
		stripper.setEndPage(page);
		stripper.setSortByPosition(true);
		stripper.getText(pdf);
		// words on one baseline make a line
		List<Line> lines = new ArrayList<>();
		StringBuilder text = new StringBuilder();
		boolean allGrey = true;
		float y = Float.NaN;
		for (int i = 0; i < words.size(); i++) {
			if (words.get(i).isEmpty()) {
				continue;
			}
			float wordY = words.get(i).get(0).getYDirAdj();
			if (!Float.isNaN(y) && Math.abs(wordY - y) > 1) {
				lines.add(new Line(text.toString(), allGrey));
				text.setLength(0);
				allGrey = true;
			}
			y = wordY;
			text.append(texts.get(i)).append(' ');
			allGrey &= words.get(i).stream().allMatch((position) -> grey.getOrDefault(position, false));
		}
		if (text.length() > 0) {
			lines.add(new Line(text.toString(), allGrey));
		}
		return lines.stream().filter((line) -> !line.flat().isEmpty()).toList();
	}

	private static void collectTitles(PDOutlineNode node, Set<String> titles) {
		if (node == null) {
			return;
		}
		for (PDOutlineItem item : node.children()) {
			titles.add(item.getTitle().replaceAll("\\s", ""));
			collectTitles(item, titles);
		}
	}

	/**
	 * The scale the sheet prints at: one page wide under fit-to-page, else its own scale,
	 * which must fit.
	 */
	static double scale(XSSFWorkbook workbook, int index) {
		XSSFSheet sheet = workbook.getSheetAt(index);
		double printable = PAGE_WIDTH - 72 * (sheet.getMargin(PageMargin.LEFT) + sheet.getMargin(PageMargin.RIGHT));
		double width = printedUnits(workbook, index) * POINTS_PER_UNIT;
		PrintSetup print = sheet.getPrintSetup();
		if (sheet.getFitToPage()) {
			assertThat(print.getFitWidth()).as(sheet.getSheetName() + ": one page wide").isEqualTo((short) 1);
			return Math.min(1, printable / width);
		}
		double own = ((print.getScale() > 0) ? print.getScale() : 100) / 100.0;
		// a sheet at its own scale must still fit the page's width, or it prints across
		// several pages
		return (width * own <= printable) ? own : own * printable / (width * own);
	}

	/**
	 * The width of the printed columns: the print area's, or every used column's, hidden
	 * ones left out.
	 */
	private static double printedUnits(XSSFWorkbook workbook, int index) {
		XSSFSheet sheet = workbook.getSheetAt(index);
		int first = 0;
		int last = -1;
		String area = workbook.getPrintArea(index);
		if (area != null) {
			AreaReference reference = new AreaReference(area.substring(area.indexOf('!') + 1),
					SpreadsheetVersion.EXCEL2007);
			first = reference.getFirstCell().getCol();
			last = reference.getLastCell().getCol();
		}
		else {
			for (Row row : sheet) {
				last = Math.max(last, row.getLastCellNum() - 1);
			}
			XSSFDrawing drawing = sheet.getDrawingPatriarch();
			if (drawing != null) {
				for (XSSFShape shape : drawing.getShapes()) {
					if (shape.getAnchor() instanceof XSSFClientAnchor anchor) {
						last = Math.max(last, anchor.getCol2() - ((anchor.getDx2() == 0) ? 1 : 0));
					}
				}
			}
		}
		double units = 0;
		for (int column = first; column <= last; column++) {
			if (!sheet.isColumnHidden(column)) {
				units += sheet.getColumnWidth(column) / 256.0;
			}
		}
		return units;
	}

	/**
	 * 35 regions (every third with a long name) and twelve industries, each of its own
	 * region.
	 */
	private static ReportModel wide(ReportLanguage language) {
		ReportModel base = ReportModelFixtures.manyLongRegions(language, 35);
		List<RegionFigures> withProjects = base.breakdowns()
			.byRegion()
			.stream()
			.filter((row) -> row.projects() > 0)
			.toList();
		List<IndustryFigures> industries = new ArrayList<>();
		List<RegionIndustryFigures> cells = new ArrayList<>();
		String[] names = { "新一代信息技术", "高端装备制造", "新材料", "生物医药与大健康", "节能环保", "新能源汽车", "黄金珠宝", "食品加工与现代农业", "文化旅游",
				"现代服务业", "海洋经济", "其他" };
		for (int k = 1; k <= names.length; k++) {
			RegionFigures region = withProjects.get(k - 1);
			industries.add(new IndustryFigures("I" + k, names[k - 1], region.projects(), region.amountWan(), 0,
					new BigDecimal("8.3")));
			cells.add(new RegionIndustryFigures(region.code(), region.name(), "I" + k, names[k - 1], region.projects(),
					region.amountWan(), 0));
		}
		BreakdownTables b = base.breakdowns();
		return ReportModelFixtures.edit(base, (e) -> e.breakdowns = new BreakdownTables(b.byRegion(), industries,
				b.bySubIndustry(), b.byInvestorOrigin(), cells, b.eventsByType(), 0));
	}

}
