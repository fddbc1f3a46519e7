package cn.investpromo.report.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.investpromo.report.DataQuality;
import cn.investpromo.report.KpiKind;
import cn.investpromo.report.RegionIndustryFigures;
import cn.investpromo.report.RegionRef;
import cn.investpromo.report.ReportLanguage;
import cn.investpromo.report.ReportModel;
import cn.investpromo.report.ReportModelFixtures;

class WorkbookRendererTests {

	private static final String FORMULA_TEXT = "=HYPERLINK(\"http://example.invalid\",\"x\")";

	@TempDir
	Path dir;

	@Test
	void sheetsAreNamedInTheReportLanguage() throws IOException {
		// given
		ReportModel zh = ReportModelFixtures.zhaoyuan(ReportLanguage.ZH);
		ReportModel en = ReportModelFixtures.zhaoyuan(ReportLanguage.EN);

		// when
		try (XSSFWorkbook chinese = render(zh, "zh.xlsx"); XSSFWorkbook english = render(en, "en.xlsx")) {

			// then
			assertThat(sheetNames(chinese)).containsExactly("总览", "分地区", "分产业", "投资方来源地", "地区产业交叉", "活动类型",
					"落地进展", "月度走势", "前十项目", "活动清单", "项目清单", "数据质量");
			assertThat(sheetNames(english)).containsExactly("Overview", "By region", "By industry", "Investor origin",
					"Region x industry", "Events by type", "Landing progress", "Trend", "Top projects", "Events",
					"Projects", "Data quality");
			assertThat(chinese.getActiveSheetIndex()).isZero();
		}
	}

	@Test
	void overviewShowsTheKpisWithTheirComparisons() throws IOException {
		// given
		ReportModel model = ReportModelFixtures.zhaoyuan(ReportLanguage.ZH);

		// when
		try (XSSFWorkbook workbook = render(model, "kpi.xlsx")) {

			// then
			Sheet overview = workbook.getSheet("总览");
			assertThat(overview.getRow(0).getCell(0).getStringCellValue()).isEqualTo("招远市招商引资工作月度报告");
			assertThat(overview.getMergedRegions()).contains(new CellRangeAddress(0, 0, 0, 8));
			assertThat(texts(overview.getRow(OverviewSheet.KPI_HEADER_ROW))).containsExactly("指标", "本月", "上月", "环比",
					"上年同月", "同比", "本年累计", "上年同期累计", "累计同比");
			Row amount = kpiRow(overview, "协议投资额（亿元）");
			assertThat(amount.getCell(1).getNumericCellValue()).isEqualTo(18.50, within(1e-9));
			assertThat(amount.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
			assertThat(amount.getCell(2).getNumericCellValue()).isEqualTo(4.20, within(1e-9));
			// 185000 against 42000 万元: +340.5 %, stored as the fraction
			assertThat(amount.getCell(3).getNumericCellValue()).isEqualTo(3.405, within(1e-9));
			assertThat(amount.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("+0.0%;-0.0%;0.0%");
			// same month last year had no investment: the change is "—", not infinity
			assertThat(amount.getCell(4).getNumericCellValue()).isZero();
			assertThat(amount.getCell(5).getCellType()).isEqualTo(CellType.STRING);
			assertThat(amount.getCell(5).getStringCellValue()).isEqualTo("—");
			assertThat(amount.getCell(6).getNumericCellValue()).isEqualTo(82.00005, within(1e-9));
			assertThat(amount.getCell(8).getNumericCellValue()).isEqualTo(0.367, within(1e-9));
			Row events = kpiRow(overview, "招商活动（场）");
			assertThat(events.getCell(1).getNumericCellValue()).isEqualTo(3);
			assertThat(events.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
			assertThat(events.getCell(3).getNumericCellValue()).isEqualTo(-0.25, within(1e-9));
			assertThat(kpiRow(overview, "签约项目（个）").getCell(5).getStringCellValue()).isEqualTo("—");
			assertThat(findRow(overview, model.narrative())).isNotNull();
		}
	}

	@Test
	void narrativeCellIsMergedWrappedAndTallEnough() throws IOException {
		// given
		ReportModel model = ReportModelFixtures.zhaoyuan(ReportLanguage.ZH);

		// when
		try (XSSFWorkbook workbook = render(model, "narrative.xlsx")) {

			// then
			Sheet overview = workbook.getSheet("总览");
			Row row = findRow(overview, model.narrative());
			assertThat(row.getCell(0).getCellStyle().getWrapText()).isTrue();
			assertThat(overview.getMergedRegions())
				.contains(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 0, OverviewSheet.COLUMNS - 1));
			int widthUnits = 0;
			for (int c = 0; c < OverviewSheet.COLUMNS; c++) {
				widthUnits += overview.getColumnWidth(c) / 256;
			}
			int lines = (TextWidth.units(model.narrative()) + widthUnits - 1) / widthUnits;
			assertThat(row.getHeightInPoints()).isGreaterThanOrEqualTo(lines * 15f);
		}
	}

	@Test
	void byRegionNamesTheScopeItselfAndTotalsWithFormulas() throws IOException {
		// given
		ReportModel model = ReportModelFixtures.zhaoyuan(ReportLanguage.ZH);

		// when
		try (XSSFWorkbook workbook = render(model, "region.xlsx")) {

			// then
			Sheet sheet = workbook.getSheet("分地区");
			assertThat(texts(sheet.getRow(1))).containsExactly("地区", "地区代码", "活动（场）", "参会人数", "项目（个）",
					"协议投资额（亿元）");
			assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("招远市（本级）");
			assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("招远经济技术开发区");
			assertThat(sheet.getRow(3).getCell(5).getNumericCellValue()).isEqualTo(17.5, within(1e-9));
			Row totals = sheet.getRow(5);
			assertThat(totals.getCell(0).getStringCellValue()).isEqualTo("合计");
			assertThat(totals.getCell(5).getCellFormula()).isEqualTo("SUM(F3:F5)");
			FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
			assertThat(evaluator.evaluate(totals.getCell(2)).getNumberValue()).isEqualTo(3);
			assertThat(evaluator.evaluate(totals.getCell(3)).getNumberValue()).isEqualTo(260);
			assertThat(evaluator.evaluate(totals.getCell(5)).getNumberValue()).isEqualTo(18.5, within(1e-9));
			// cached too, for viewers that do not recalculate
			assertThat(totals.getCell(5).getNumericCellValue()).isEqualTo(18.5, within(1e-9));
		}
	}

	@Test
	void crossTableHasRegionsDownIndustriesAcrossAndLiveTotals() throws IOException {
		// given
		ReportModel model = ReportModelFixtures.zhaoyuan(ReportLanguage.ZH);

		// when
		try (XSSFWorkbook workbook = render(model, "cross.xlsx")) {

			// then
			Sheet sheet = workbook.getSheet("地区产业交叉");
			int header = CrossTableSheet.AMOUNT_HEADER_ROW;
			assertThat(texts(sheet.getRow(header))).containsExactly("地区", "新材料", "新一代信息技术", "黄金珠宝",
					"生物医药与大健康", "合计");
			assertThat(texts(sheet, header + 1, 3, 0)).containsExactly("招远市（本级）", "招远经济技术开发区", "夏甸镇");
			Row zone = sheet.getRow(header + 2);
			assertThat(zone.getCell(1).getNumericCellValue()).isEqualTo(15.0, within(1e-9));
			assertThat(zone.getCell(2).getNumericCellValue()).isEqualTo(2.5, within(1e-9));
			assertThat(zone.getCell(3).getCellType()).isEqualTo(CellType.BLANK);
			FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
			assertThat(zone.getCell(5).getCellFormula()).isEqualTo("SUM(B5:E5)");
			assertThat(evaluator.evaluate(zone.getCell(5)).getNumberValue()).isEqualTo(17.5, within(1e-9));
			Row totals = sheet.getRow(header + 4);
			assertThat(totals.getCell(0).getStringCellValue()).isEqualTo("合计");
			BigDecimal modelSumWan = model.byRegionIndustry()
				.stream()
				.map(RegionIndustryFigures::amountWan)
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			assertThat(evaluator.evaluate(totals.getCell(5)).getNumberValue())
				.isEqualTo(modelSumWan.movePointLeft(4).doubleValue(), within(1e-9));
			assertThat(evaluator.evaluate(totals.getCell(1)).getNumberValue()).isEqualTo(15.0, within(1e-9));
			// second block: project counts with the same totals
			int countsHeader = findRow(sheet, "项目（个）").getRowNum() + 1;
			Row countTotals = sheet.getRow(countsHeader + 4);
			long modelProjects = model.byRegionIndustry().stream().mapToLong(RegionIndustryFigures::projects).sum();
			assertThat(evaluator.evaluate(countTotals.getCell(5)).getNumberValue()).isEqualTo(modelProjects);
			assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) (header + 1));
			assertThat(sheet.getPaneInformation().getVerticalSplitLeftColumn()).isEqualTo((short) 1);
		}
	}

	@Test
	void everySheetIsFrozenBelowItsHeaderAndSetUpForPrinting() throws IOException {
		// given
		ReportModel model = ReportModelFixtures.zhaoyuan(ReportLanguage.ZH);

		// when
		try (XSSFWorkbook workbook = render(model, "print.xlsx")) {

			// then
			for (Sheet sheet : workbook) {
				PaneInformation pane = sheet.getPaneInformation();
				assertThat(pane).as(sheet.getSheetName()).isNotNull();
				assertThat(pane.isFreezePane()).as(sheet.getSheetName()).isTrue();
				assertThat(sheet.getPrintSetup().getLandscape()).as(sheet.getSheetName()).isTrue();
				assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo((short) 9);
				assertThat(sheet.getFitToPage()).as(sheet.getSheetName()).isTrue();
				assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
				assertThat(sheet.getPrintSetup().getFitHeight()).isZero();
				assertThat(sheet.getRepeatingRows()).as(sheet.getSheetName()).isNotNull();
				assertThat(sheet.getFooter().getCenter()).isEqualTo("第 &P 页 共 &N 页");
			}
			assertThat(workbook.getSheet("分地区").getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 2);
			assertThat(workbook.getSheet("分地区").getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:2"));
			assertThat(workbook.getSheet("总览").getPaneInformation().getHorizontalSplitTopRow())
				.isEqualTo((short) (OverviewSheet.KPI_HEADER_ROW + 1));
		}
	}

	@Test
	void listsHaveAllColumnsRealDatesAndAFilter() throws IOException {
		// given
		ReportModel model = ReportModelFixtures.zhaoyuan(ReportLanguage.ZH);

		// when
		try (XSSFWorkbook workbook = render(model, "lists.xlsx")) {

			// then
			XSSFSheet events = workbook.getSheet("活动清单");
			assertThat(events.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A2:L5");
			assertThat(texts(events.getRow(1))).containsExactly("编号", "活动名称", "活动类型", "开始日期", "结束日期", "主办地区",
					"举办地点", "目标地区", "主办单位", "参会人数", "参会企业", "备注");
			Row conference = events.getRow(2);
			assertThat(conference.getCell(2).getStringCellValue()).isEqualTo("推介会");
			assertThat(DateUtil.isCellDateFormatted(conference.getCell(3))).isTrue();
			assertThat(conference.getCell(3).getLocalDateTimeCellValue().toLocalDate())
				.isEqualTo(LocalDate.of(2019, 7, 28));
			assertThat(conference.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
			assertThat(conference.getCell(9).getNumericCellValue()).isEqualTo(200);

			XSSFSheet projects = workbook.getSheet("项目清单");
			assertThat(projects.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A2:M6");
			assertThat(projects.getRow(1).getLastCellNum()).isEqualTo((short) 13);
			assertThat(projects.getRow(2).getCell(9).getNumericCellValue()).isEqualTo(15.0, within(1e-9));
			assertThat(projects.getRow(2).getCell(8).getStringCellValue()).isEqualTo("投资协议");
			assertThat(projects.getRow(3).getCell(10).getStringCellValue()).isEqualTo("已开工");
			// unknown amount stays blank, not zero
			assertThat(projects.getRow(5).getCell(9).getCellType()).isEqualTo(CellType.BLANK);
		}
	}

	@Test
	void englishListsUseEnglishEnumLabels() throws IOException {
		// given
		ReportModel model = ReportModelFixtures.zhaoyuan(ReportLanguage.EN);

		// when
		try (XSSFWorkbook workbook = render(model, "en-lists.xlsx")) {

			// then
			assertThat(workbook.getSheet("Events").getRow(2).getCell(2).getStringCellValue())
				.isEqualTo("Promotion conference");
			assertThat(workbook.getSheet("Projects").getRow(5).getCell(8).getStringCellValue())
				.isEqualTo("Strategic cooperation agreement");
			assertThat(workbook.getSheet("By region").getRow(2).getCell(0).getStringCellValue())
				.isEqualTo("招远市 (own level)");
			assertThat(workbook.getSheet("Overview").getFooter().getCenter()).isEqualTo("Page &P of &N");
		}
	}

	@Test
	void textThatLooksLikeAFormulaStaysText() throws IOException {
		// given
		ReportModel model = ReportModelFixtures.zhaoyuan(ReportLanguage.ZH);

		// when
		try (XSSFWorkbook workbook = render(model, "formula.xlsx")) {

			// then
			Cell name = workbook.getSheet("活动清单").getRow(4).getCell(1);
			assertThat(name.getCellType()).isEqualTo(CellType.STRING);
			assertThat(name.getStringCellValue()).isEqualTo(FORMULA_TEXT);
			assertThat(name.getCellStyle().getQuotePrefixed()).isTrue();
			Cell plain = workbook.getSheet("活动清单").getRow(2).getCell(1);
			assertThat(plain.getCellStyle().getQuotePrefixed()).isFalse();
			// the only formulas in the workbook are our SUM totals
			for (Sheet sheet : workbook) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						if (cell.getCellType() == CellType.FORMULA) {
							assertThat(cell.getCellFormula()).as(sheet.getSheetName()).startsWith("SUM(");
						}
					}
				}
			}
		}
	}

	@Test
	void overviewHasNativeChartsOverTheDataSheets() throws IOException {
		// given
		ReportModel model = ReportModelFixtures.zhaoyuan(ReportLanguage.ZH);

		// when
		try (XSSFWorkbook workbook = render(model, "charts.xlsx")) {

			// then
			List<XSSFChart> charts = workbook.getSheet("总览").getDrawingPatriarch().getCharts();
			assertThat(charts).hasSize(3);
			assertThat(ranges(charts.get(0))).containsExactly("月度走势!$A$3:$A$15", "月度走势!$C$3:$C$15",
					"月度走势!$A$3:$A$15", "月度走势!$D$3:$D$15");
			assertThat(charts.get(0).getCTChart().getPlotArea().getBarChartList()).hasSize(1);
			assertThat(charts.get(0).getCTChart().getPlotArea().getLineChartList()).hasSize(1);
			assertThat(ranges(charts.get(1))).containsExactly("分地区!$A$3:$A$5", "分地区!$F$3:$F$5");
			assertThat(charts.get(2).getCTChart().getPlotArea().getPieChartList()).hasSize(1);
			assertThat(ranges(charts.get(2))).containsExactly("分产业!$A$3:$A$6", "分产业!$D$3:$D$6");
		}
	}

	@Test
	void chartsQuoteSheetNamesWithSpaces() throws IOException {
		// given
		ReportModel model = ReportModelFixtures.zhaoyuan(ReportLanguage.EN);

		// when
		try (XSSFWorkbook workbook = render(model, "en-charts.xlsx")) {

			// then
			List<XSSFChart> charts = workbook.getSheet("Overview").getDrawingPatriarch().getCharts();
			assertThat(ranges(charts.get(1))).containsExactly("'By region'!$A$3:$A$5", "'By region'!$F$3:$F$5");
		}
	}

	@Test
	void documentPropertiesDescribeTheReport() throws IOException {
		// given
		ReportModel model = ReportModelFixtures.zhaoyuan(ReportLanguage.ZH);

		// when
		try (XSSFWorkbook workbook = render(model, "props.xlsx")) {

			// then
			var core = workbook.getProperties().getCoreProperties();
			assertThat(core.getTitle()).isEqualTo("招远市招商引资工作月度报告");
			assertThat(core.getSubject()).isEqualTo("招商引资月度统计：招远市，2019年7月");
			assertThat(core.getCreator()).isEqualTo("investpromo");
			assertThat(core.getKeywords()).contains("招商引资", "招远市", "2019年7月");
		}
	}

	@Test
	void dataQualityListsCountsRejectsUnmatchedAndDuplicates() throws IOException {
		// given
		ReportModel model = ReportModelFixtures.zhaoyuan(ReportLanguage.ZH);

		// when
		try (XSSFWorkbook workbook = render(model, "quality.xlsx")) {

			// then
			Sheet sheet = workbook.getSheet("数据质量");
			assertThat(texts(sheet.getRow(2))).containsExactly("文件", "工作表", "类别", "读取行数", "接受", "拒绝");
			assertThat(sheet.getRow(3).getCell(2).getStringCellValue()).isEqualTo("活动台账");
			assertThat(sheet.getRow(5).getCell(2).getStringCellValue()).isEqualTo("已跳过");
			Row totals = sheet.getRow(6);
			assertThat(totals.getCell(3).getCellFormula()).isEqualTo("SUM(D4:D6)");
			assertThat(totals.getCell(3).getNumericCellValue()).isEqualTo(70);
			Row reject = findRow(sheet, "2019年6月下旬");
			assertThat(reject.getCell(2).getNumericCellValue()).isEqualTo(17);
			assertThat(reject.getCell(5).getStringCellValue()).isEqualTo("日期无法识别");
			assertThat(findRow(sheet, "其他制造")).isNotNull();
			assertThat(findRow(sheet, "金银珠宝加工项目（ZY-P-201907-03）").getCell(2).getStringCellValue())
				.startsWith("同一投资方");
		}
	}

	@Test
	void longRegionNamesWrapInCappedColumns() throws IOException {
		// given
		ReportModel model = ReportModelFixtures.manyLongRegions(ReportLanguage.ZH);

		// when
		try (XSSFWorkbook workbook = render(model, "long.xlsx")) {

			// then
			Sheet sheet = workbook.getSheet("分地区");
			assertThat(sheet.getColumnWidth(0)).isEqualTo(SheetWriter.MAX_UNITS * 256);
			Row longName = findRow(sheet, "烟台市第3号国家级经济技术开发区综合保税物流园区管理委员会");
			assertThat(longName.getCell(0).getCellStyle().getWrapText()).isTrue();
			assertThat(longName.getHeightInPoints()).isGreaterThanOrEqualTo(2 * 15f);
			Row shortName = findRow(sheet, "示例区县1");
			assertThat(shortName.getHeightInPoints()).isLessThan(20f);
			// a column of short text is sized to it: 示例区县 codes are 6 digits
			assertThat(sheet.getColumnWidth(1) / 256).isBetween(6, 12);
			assertThat(sheet.getRow(26).getCell(0).getStringCellValue()).isEqualTo("合计");
			FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
			// 3500 万元 × (1 + … + 24) = 1,050,000 万元 = 105 亿元
			assertThat(evaluator.evaluate(sheet.getRow(26).getCell(5)).getNumberValue()).isEqualTo(105.0, within(1e-9));
			assertThat(ranges(workbook.getSheet("总览").getDrawingPatriarch().getCharts().get(1)))
				.contains("分地区!$F$3:$F$26");
		}
	}

	@Test
	void amountKpiIsTheModelFigureInYi() throws IOException {
		// given
		ReportModel model = ReportModelFixtures.zhaoyuan(ReportLanguage.EN);

		// when
		try (XSSFWorkbook workbook = render(model, "en-kpi.xlsx")) {

			// then
			Sheet overview = workbook.getSheet("Overview");
			Row amount = kpiRow(overview, "Agreed investment (100m CNY)");
			assertThat(amount.getCell(1).getNumericCellValue())
				.isEqualTo(model.kpi(KpiKind.AMOUNT_WAN).values().month().movePointLeft(4).doubleValue());
			assertThat(kpiRow(overview, "Projects without an amount").getCell(1).getNumericCellValue()).isEqualTo(1);
		}
	}

	@Test
	void aMonthWithoutActivityStillRendersEverySheet() throws IOException {
		// given
		ReportModel base = ReportModelFixtures.zhaoyuan(ReportLanguage.ZH);
		ReportModel empty = new ReportModel(base.month(), new RegionRef("370685", "=招远市"), base.generatedAt(),
				base.language(), base.kpis(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
				base.trend(), List.of(), List.of(), List.of(), base.narrative(),
				new DataQuality(List.of(), List.of(), List.of(), List.of(), new DataQuality.Totals(0, 0, 0, 0, 0)),
				ReportModelFixtures.noLanding(base.scope()), ReportModelFixtures.noFunds(),
				ReportModelFixtures.noTargets(), base.amountBands());

		// when
		try (XSSFWorkbook workbook = render(empty, "empty.xlsx")) {

			// then
			assertThat(workbook.getNumberOfSheets()).isEqualTo(12);
			assertThat(workbook.getSheet("分地区").getRow(2).getCell(0).getStringCellValue()).isEqualTo("本月无数据");
			assertThat(workbook.getSheet("地区产业交叉").getRow(CrossTableSheet.AMOUNT_HEADER_ROW + 1).getCell(0)
				.getStringCellValue()).isEqualTo("本月无数据");
			assertThat(workbook.getSheet("项目清单").getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A2:M2");
			// only the trend has data this month
			assertThat(workbook.getSheet("总览").getDrawingPatriarch().getCharts()).hasSize(1);
			Cell title = workbook.getSheet("总览").getRow(0).getCell(0);
			assertThat(title.getStringCellValue()).isEqualTo("=招远市招商引资工作月度报告");
			assertThat(title.getCellStyle().getQuotePrefixed()).isTrue();
			// still styled as the title
			assertThat(workbook.getFontAt(title.getCellStyle().getFontIndex()).getFontHeightInPoints())
				.isEqualTo((short) 16);
			assertThat(workbook.getSheet("总览").getHeader().getLeft()).isEqualTo("=招远市招商引资工作月度报告");
		}
	}

	@Test
	void renderReplacesAnExistingFileAndLeavesNoPartialFiles() throws IOException {
		// given
		Path target = this.dir.resolve("again.xlsx");
		Files.writeString(target, "old");

		// when
		new WorkbookRenderer().render(ReportModelFixtures.zhaoyuan(ReportLanguage.ZH), target);

		// then
		try (XSSFWorkbook workbook = new XSSFWorkbook(target.toFile())) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(12);
		}
		catch (Exception ex) {
			throw new AssertionError(ex);
		}
		try (var files = Files.list(this.dir)) {
			assertThat(files.map((path) -> path.getFileName().toString())).containsExactly("again.xlsx");
		}
	}

	private XSSFWorkbook render(ReportModel model, String name) throws IOException {
		Path target = this.dir.resolve(name);
		new WorkbookRenderer().render(model, target);
		try (var in = Files.newInputStream(target)) {
			return new XSSFWorkbook(in);
		}
	}

	/** Category and value ranges of every series, in order. */
	private static List<String> ranges(XSSFChart chart) {
		List<String> ranges = new ArrayList<>();
		for (XDDFChartData data : chart.getChartSeries()) {
			for (int i = 0; i < data.getSeriesCount(); i++) {
				ranges.add(data.getSeries(i).getCategoryData().getDataRangeReference());
				ranges.add(data.getSeries(i).getValuesData().getDataRangeReference());
			}
		}
		return ranges;
	}

	private static List<String> sheetNames(XSSFWorkbook workbook) {
		List<String> names = new ArrayList<>();
		workbook.forEach((sheet) -> names.add(sheet.getSheetName()));
		return names;
	}

	private static List<String> texts(Row row) {
		List<String> texts = new ArrayList<>();
		row.forEach((cell) -> texts.add(cell.getStringCellValue()));
		return texts;
	}

	private static List<String> texts(Sheet sheet, int firstRow, int rows, int column) {
		List<String> texts = new ArrayList<>();
		for (int r = firstRow; r < firstRow + rows; r++) {
			texts.add(sheet.getRow(r).getCell(column).getStringCellValue());
		}
		return texts;
	}

	private static Row kpiRow(Sheet overview, String label) {
		for (int r = OverviewSheet.KPI_HEADER_ROW + 1; r <= OverviewSheet.KPI_HEADER_ROW + KpiKind.values().length; r++) {
			if (overview.getRow(r).getCell(0).getStringCellValue().equals(label)) {
				return overview.getRow(r);
			}
		}
		throw new AssertionError("no KPI row " + label);
	}

	private static Row findRow(Sheet sheet, String text) {
		for (Row row : sheet) {
			for (Cell cell : row) {
				if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
					return row;
				}
			}
		}
		throw new AssertionError("no cell '" + text + "' on " + sheet.getSheetName());
	}

}
