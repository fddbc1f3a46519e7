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
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFGraphicFrame;
import org.apache.poi.xssf.usermodel.XSSFShape;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCfRule;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTConditionalFormatting;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCfType;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STIconSetType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarChart;
import org.openxmlformats.schemas.drawingml.x2006.chart.STBarGrouping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.investpromo.report.BreakdownTables;
import cn.investpromo.report.Landing;
import cn.investpromo.report.PeriodListings;
import cn.investpromo.report.Rankings;
import cn.investpromo.report.ReportHeading;
import cn.investpromo.report.DataQuality;
import cn.investpromo.report.FundsArrived;
import cn.investpromo.report.IndustryFigures;
import cn.investpromo.report.KpiKind;
import cn.investpromo.report.RegionFigures;
import cn.investpromo.report.RegionIndustryFigures;
import cn.investpromo.report.RegionRef;
import cn.investpromo.report.ReportLanguage;
import cn.investpromo.report.EventTypeFigures;
import cn.investpromo.report.TrendPoint;
import cn.investpromo.report.Trend;
import cn.investpromo.event.EventType;
import cn.investpromo.report.NarrativeParagraph;
import cn.investpromo.report.ReportLabels;
import cn.investpromo.report.ReportModel;
import cn.investpromo.report.ReportModelFixtures;
import cn.investpromo.report.json.JsonReportRenderer;
import cn.investpromo.store.Rows;

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
			assertThat(sheetNames(chinese)).containsExactly("总览", "分地区", "分产业", "分细分产业", "投资方来源地", "地区产业交叉", "活动类型",
					"落地进展", "活动成效", "到位资金", "目标完成", "规模分布", "月度走势", "前十项目", "重点项目", "活动清单", "项目清单", "数据质量", "图表数据");
			assertThat(sheetNames(english)).containsExactly("Overview", "By region", "By industry", "By sub-industry",
					"Investor origin", "Region by industry", "Events by type", "Projects started",
					"Event follow-through", "Funds in place", "Targets", "Size bands", "Trend", "Top projects",
					"Key projects", "Events", "Projects", "Data quality", "Chart data");
			// the charts' data, written from the model, stays out of sight
			assertThat(chinese.isSheetHidden(18)).isTrue();
			assertThat(english.isSheetHidden(18)).isTrue();
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
			assertThat(texts(overview.getRow(kpiHeaderRow(overview)))).containsExactly("指标", "本月", "上月", "环比", "上年同月",
					"同比", "本年累计", "上年同期累计", "累计同比");
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
			for (NarrativeParagraph paragraph : model.narrativeParagraphs()) {
				assertThat(findRow(overview, paragraph.line())).isNotNull();
			}
		}
	}

	@Test
	void narrativeParagraphsAreMergedWrappedAndTallEnoughEachInARowOfItsOwn() throws IOException {
		// given
		ReportModel model = ReportModelFixtures.zhaoyuan(ReportLanguage.ZH);

		// when
		try (XSSFWorkbook workbook = render(model, "narrative.xlsx")) {

			// then
			Sheet overview = workbook.getSheet("总览");
			assertThat(model.narrativeParagraphs()).hasSize(4);
			int previous = -1;
			for (NarrativeParagraph paragraph : model.narrativeParagraphs()) {
				Row row = findRow(overview, paragraph.line());
				assertThat(row.getRowNum()).isEqualTo((previous < 0) ? row.getRowNum() : previous + 1);
				previous = row.getRowNum();
				assertThat(row.getCell(0).getCellStyle().getWrapText()).isTrue();
				assertThat(overview.getMergedRegions())
					.contains(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 0, OverviewSheet.COLUMNS - 1));
				int widthUnits = 0;
				for (int c = 0; c < OverviewSheet.COLUMNS; c++) {
					widthUnits += overview.getColumnWidth(c) / 256;
				}
				int lines = (TextWidth.units(paragraph.line()) + widthUnits - 1) / widthUnits;
				assertThat(row.getHeightInPoints()).isGreaterThanOrEqualTo(lines * 15f);
			}
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
			assertThat(texts(sheet.getRow(1))).containsExactly("位次", "地区", "地区代码", "活动（场）", "参会人数", "项目（个）",
					"协议投资额（亿元）", "位次变化");
			// in 位次 order: the zone first, up one place; 本级 by its amount, unranked
			assertThat(texts(sheet.getRow(2))).startsWith("1", "招远经济技术开发区").endsWith("上升1位");
			assertThat(sheet.getRow(2).getCell(6).getNumericCellValue()).isEqualTo(17.5, within(1e-9));
			assertThat(texts(sheet.getRow(3))).startsWith("2", "夏甸镇").endsWith("下降1位");
			assertThat(texts(sheet.getRow(4))).startsWith("—", "市本级").endsWith("—");
			Row totals = sheet.getRow(5);
			assertThat(totals.getCell(0).getStringCellValue()).isEqualTo("合计");
			assertThat(totals.getCell(6).getCellFormula()).isEqualTo("SUM(G3:G5)");
			FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
			assertThat(evaluator.evaluate(totals.getCell(3)).getNumberValue()).isEqualTo(3);
			assertThat(evaluator.evaluate(totals.getCell(4)).getNumberValue()).isEqualTo(260);
			assertThat(evaluator.evaluate(totals.getCell(6)).getNumberValue()).isEqualTo(18.5, within(1e-9));
			// cached too, for viewers that do not recalculate
			assertThat(totals.getCell(6).getNumericCellValue()).isEqualTo(18.5, within(1e-9));
			// which row left an amount blank, and how the table is ranked, under it
			assertThat(texts(sheet.getRow(7))).singleElement().asString().startsWith("其中1个项目未填投资额");
			assertThat(texts(sheet.getRow(8))).singleElement().asString().startsWith("位次：按协议投资额排序");
		}
	}

	@Test
	void anUnknownFigureIsADashNeverZeroAndTheTablesSayHowManyLeftItBlank() throws IOException {
		// given: the fixture's 本级 project without an amount; the 推介会 without 参会企业数; a
		// trend month whose two
		// projects have no amount
		ReportModel base = ReportModelFixtures.zhaoyuan(ReportLanguage.ZH);
		List<EventTypeFigures> byType = List.of(new EventTypeFigures(EventType.PROMOTION, 1, 200L, 0, null, 1),
				new EventTypeFigures(EventType.FORUM, 2, 60L, 0, 15L, 1));
		List<TrendPoint> trend = new ArrayList<>(base.trend().points());
		TrendPoint june = trend.get(11);
		trend.set(11, new TrendPoint(june.period(), june.events(), 2L, null, 2));
		BreakdownTables b = base.breakdowns();
		ReportModel model = ReportModelFixtures.edit(base, (e) -> {
			e.breakdowns = new BreakdownTables(b.byRegion(), b.byIndustry(), b.bySubIndustry(), b.byInvestorOrigin(),
					b.byRegionIndustry(), byType, 0);
			e.trend = new Trend(trend);
		});

		// when
		try (XSSFWorkbook workbook = render(model, "unknown.xlsx")) {

			// then: 本级's amount is "—", the total adds the amounts given, and the note
			// says which row left one out
			Sheet regions = workbook.getSheet("分地区");
			// 本级, unknown amount and unranked, comes last
			assertThat(regions.getRow(4).getCell(1).getStringCellValue()).isEqualTo("市本级");
			assertThat(regions.getRow(4).getCell(6).getStringCellValue()).isEqualTo("—");
			FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
			assertThat(evaluator.evaluate(regions.getRow(5).getCell(6)).getNumberValue()).isEqualTo(18.5, within(1e-9));
			assertThat(regions.getRow(7).getCell(0).getStringCellValue()).isEqualTo("其中1个项目未填投资额（市本级1个），不计入协议投资额。");
			// 分产业 and 分细分产业: no 0.00 and no share for 生物医药
			Row bio = findRow(workbook.getSheet("分产业"), "生物医药与大健康");
			assertThat(bio.getCell(3).getStringCellValue()).isEqualTo("—");
			assertThat(bio.getCell(4).getStringCellValue()).isEqualTo("—");
			// events by type: the 推介会's enterprises "—", the total the SUM of those given
			Sheet types = workbook.getSheet("活动类型");
			assertThat(types.getRow(2).getCell(3).getStringCellValue()).isEqualTo("—");
			assertThat(types.getRow(3).getCell(3).getNumericCellValue()).isEqualTo(15);
			assertThat(types.getRow(4).getCell(3).getCellFormula()).isEqualTo("SUM(D3:D4)");
			assertThat(types.getRow(6).getCell(0).getStringCellValue())
				.isEqualTo("其中2场活动未填参会企业数（推介会1场、座谈会1场），不计入参会企业数。");
			// the KPI table says how many projects lack an amount in each period
			assertThat(findRow(workbook.getSheet("总览"), "投资额未填：本月1个、本年累计3个、上年同期累计2个；协议投资额及其增减按已填投资额计算。")).isNotNull();
			// the trend: June's amount is an empty cell, which the chart draws as a gap,
			// never as zero
			Sheet trendSheet = workbook.getSheet("月度走势");
			Row juneRow = findRow(trendSheet, june.period().label());
			assertThat(juneRow.getCell(BreakdownSheets.TREND_AMOUNT).getCellType()).isEqualTo(CellType.BLANK);
			XSSFChart chart = workbook.getSheet("总览").getDrawingPatriarch().getCharts().get(0);
			assertThat(chart.getCTChart().getDispBlanksAs().getVal())
				.isEqualTo(org.openxmlformats.schemas.drawingml.x2006.chart.STDispBlanksAs.GAP);
			List<String> trendTexts = new ArrayList<>();
			trendSheet.forEach((r) -> r.forEach((c) -> trendTexts.add(c.toString())));
			assertThat(trendTexts).contains("其中3个项目未填投资额（2019年6月2个、2019年7月1个），不计入协议投资额。");
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
			assertThat(texts(sheet.getRow(header))).containsExactly("地区", "新材料", "新一代信息技术", "黄金珠宝", "生物医药与大健康", "合计");
			// the regions in the 分地区 table's order
			assertThat(texts(sheet, header + 1, 3, 0)).containsExactly("招远经济技术开发区", "夏甸镇", "市本级");
			Row zone = sheet.getRow(header + 1);
			assertThat(zone.getCell(1).getNumericCellValue()).isEqualTo(15.0, within(1e-9));
			assertThat(zone.getCell(2).getNumericCellValue()).isEqualTo(2.5, within(1e-9));
			assertThat(zone.getCell(3).getCellType()).isEqualTo(CellType.BLANK);
			FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
			assertThat(zone.getCell(5).getCellFormula()).isEqualTo("SUM(B4:E4)");
			assertThat(evaluator.evaluate(zone.getCell(5)).getNumberValue()).isEqualTo(17.5, within(1e-9));
			Row totals = sheet.getRow(header + 4);
			assertThat(totals.getCell(0).getStringCellValue()).isEqualTo("合计");
			// 本级's 生物医药 project has no amount: "—", not 0.00, and the totals add the
			// amounts given
			assertThat(sheet.getRow(header + 3).getCell(4).getStringCellValue()).isEqualTo("—");
			BigDecimal modelSumWan = model.breakdowns()
				.byRegionIndustry()
				.stream()
				.map(RegionIndustryFigures::amountWan)
				.filter(java.util.Objects::nonNull)
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			assertThat(evaluator.evaluate(totals.getCell(5)).getNumberValue())
				.isEqualTo(modelSumWan.movePointLeft(4).doubleValue(), within(1e-9));
			assertThat(evaluator.evaluate(totals.getCell(1)).getNumberValue()).isEqualTo(15.0, within(1e-9));
			// second block: project counts with the same totals
			int countsHeader = findRow(sheet, "项目（个）").getRowNum() + 1;
			Row countTotals = sheet.getRow(countsHeader + 4);
			long modelProjects = model.breakdowns()
				.byRegionIndustry()
				.stream()
				.mapToLong(RegionIndustryFigures::projects)
				.sum();
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
			// the overview is read from its front page down: only its title stays on
			// screen
			assertThat(workbook.getSheet("总览").getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
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
			assertThat(texts(events.getRow(1))).containsExactly("编号", "活动名称", "活动类型", "开始日期", "结束日期", "主办地区", "举办地点",
					"目标地区", "主办单位", "参会人数", "参会企业", "备注");
			Row conference = events.getRow(2);
			assertThat(conference.getCell(2).getStringCellValue()).isEqualTo("推介会");
			assertThat(DateUtil.isCellDateFormatted(conference.getCell(3))).isTrue();
			assertThat(conference.getCell(3).getLocalDateTimeCellValue().toLocalDate())
				.isEqualTo(LocalDate.of(2019, 7, 28));
			assertThat(conference.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
			assertThat(conference.getCell(9).getNumericCellValue()).isEqualTo(200);

			XSSFSheet projects = workbook.getSheet("项目清单");
			assertThat(projects.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A2:R6");
			assertThat(projects.getRow(1).getLastCellNum()).isEqualTo((short) 18);
			// the event by its name; its id, as the ledger refers to it, in a hidden
			// column
			// (issue 22)
			assertThat(texts(projects.getRow(1)).subList(12, 14)).containsExactly("签约活动编号", "签约活动");
			assertThat(projects.isColumnHidden(12)).isTrue();
			assertThat(projects.getRow(2).getCell(10).getNumericCellValue()).isEqualTo(15.0, within(1e-9));
			assertThat(projects.getRow(2).getCell(9).getStringCellValue()).isEqualTo("投资协议");
			assertThat(projects.getRow(3).getCell(11).getStringCellValue()).isEqualTo("已开工");
			// a 战略合作协议 without an amount reads 未约定, never zero nor 未填 (issue 22)
			assertThat(projects.getRow(5).getCell(9).getStringCellValue()).isEqualTo("战略合作协议");
			assertThat(projects.getRow(5).getCell(10).getStringCellValue()).isEqualTo("未约定");
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
			assertThat(workbook.getSheet("Projects").getRow(5).getCell(9).getStringCellValue())
				.isEqualTo("Strategic cooperation agreement");
			assertThat(workbook.getSheet("By region").getRow(4).getCell(1).getStringCellValue())
				.isEqualTo("City level");
			assertThat(workbook.getSheet("By region").getRow(2).getCell(7).getStringCellValue()).isEqualTo("up 1");
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
			assertThat(charts).hasSize(5);
			assertThat(ranges(charts.get(0))).containsExactly("月度走势!$A$3:$A$15", "月度走势!$C$3:$C$15", "月度走势!$A$3:$A$15",
					"月度走势!$D$3:$D$15");
			assertThat(charts.get(0).getCTChart().getPlotArea().getBarChartList()).hasSize(1);
			assertThat(charts.get(0).getCTChart().getPlotArea().getLineChartList()).hasSize(1);
			// the regions and slices the PDF draws: 招远市（本级） and 生物医药与大健康 have no
			// investment
			assertThat(ranges(charts.get(1))).containsExactly("图表数据!$A$6:$A$7", "图表数据!$B$6:$B$7");
			assertThat(charts.get(2).getCTChart().getPlotArea().getPieChartList()).hasSize(1);
			assertThat(ranges(charts.get(2))).containsExactly("图表数据!$A$11:$A$13", "图表数据!$B$11:$B$13");
			assertThat(cells(workbook, "图表数据!$A$11:$A$13")).containsExactly("新材料", "新一代信息技术", "黄金珠宝");
			assertThat(cells(workbook, "图表数据!$B$11:$B$13")).containsExactly(15.0, 2.5, 1.0);
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
			assertThat(ranges(charts.get(1))).containsExactly("'Chart data'!$A$6:$A$7", "'Chart data'!$B$6:$B$7");
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
			// the totals sentence first, from the model's totals
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
				.isEqualTo("共 1 个文件、3 个工作表，共读取 70 行，接受 69 行，拒绝 1 行。");
			assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(1, 1, 0, 5));
			assertThat(texts(sheet.getRow(4))).containsExactly("文件", "工作表", "类别", "读取行数", "接受", "拒绝");
			assertThat(sheet.getRow(5).getCell(2).getStringCellValue()).isEqualTo("活动台账");
			assertThat(sheet.getRow(7).getCell(2).getStringCellValue()).isEqualTo("已跳过");
			Row totals = sheet.getRow(8);
			assertThat(totals.getCell(3).getCellFormula()).isEqualTo("SUM(D6:D8)");
			assertThat(totals.getCell(3).getNumericCellValue()).isEqualTo(70);
			Row reject = findRow(sheet, "2019年6月下旬");
			assertThat(reject.getCell(2).getNumericCellValue()).isEqualTo(17);
			assertThat(reject.getCell(5).getStringCellValue()).isEqualTo("日期无法识别");
			assertThat(findRow(sheet, "其他制造")).isNotNull();
			assertThat(findRow(sheet, "金银珠宝加工项目（ZY-P-201907-03）").getCell(2).getStringCellValue()).startsWith("同一投资方");
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
			assertThat(sheet.getColumnWidth(1)).isEqualTo(SheetWriter.MAX_UNITS * 256);
			Row longName = findRow(sheet, "烟台市第3号国家级经济技术开发区综合保税物流园区管理委员会");
			assertThat(longName.getCell(1).getCellStyle().getWrapText()).isTrue();
			assertThat(longName.getHeightInPoints()).isGreaterThanOrEqualTo(2 * 15f);
			Row shortName = findRow(sheet, "示例区县1");
			assertThat(shortName.getHeightInPoints()).isLessThan(20f);
			// a column of short text is sized to it: 示例区县 codes are 6 digits
			assertThat(sheet.getColumnWidth(2) / 256).isBetween(6, 12);
			assertThat(sheet.getRow(26).getCell(0).getStringCellValue()).isEqualTo("合计");
			FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
			// 3500 万元 × (1 + … + 24) = 1,050,000 万元 = 105 亿元
			assertThat(evaluator.evaluate(sheet.getRow(26).getCell(6)).getNumberValue()).isEqualTo(105.0, within(1e-9));
			assertThat(ranges(workbook.getSheet("总览").getDrawingPatriarch().getCharts().get(1)))
				.contains("图表数据!$B$6:$B$29");
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
			Row amount = kpiRow(overview, "Agreed investment (CNY 100 million)");
			assertThat(amount.getCell(1).getNumericCellValue())
				.isEqualTo(model.headline().kpi(KpiKind.AMOUNT_WAN).values().month().movePointLeft(4).doubleValue());
			assertThat(kpiRow(overview, "Projects with amount not reported").getCell(1).getNumericCellValue())
				.isEqualTo(1);
		}
	}

	@Test
	void aMonthWithoutActivityStillRendersEverySheet() throws IOException {
		// given
		ReportModel base = ReportModelFixtures.zhaoyuan(ReportLanguage.ZH);
		ReportModel empty = ReportModelFixtures.edit(base, (e) -> {
			e.heading = new ReportHeading(base.period(), new RegionRef("370685", "=招远市"), base.generatedAt(),
					base.language());
			e.breakdowns = new BreakdownTables(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), 0);
			e.rankings = new Rankings(List.of(), Rows.of(List.of()));
			e.listings = new PeriodListings(Rows.of(List.of()), Rows.of(List.of()));
			e.dataQuality = new DataQuality(List.of(), Rows.of(List.of()), List.of(), List.of(),
					new DataQuality.Totals(0, 0, 0, 0, 0));
			e.landing = new Landing(List.of(), ReportModelFixtures.noLanding(base.scope()), 0, 0);
			e.funds = ReportModelFixtures.noFunds();
			e.targets = ReportModelFixtures.noTargets();
			e.followThrough = ReportModelFixtures.noFollowThrough();
		});

		// when
		try (XSSFWorkbook workbook = render(empty, "empty.xlsx")) {

			// then
			assertThat(workbook.getNumberOfSheets()).isEqualTo(19);
			assertThat(workbook.getSheet("活动成效").getRow(2).getCell(0).getStringCellValue()).isEqualTo("本月无数据");
			assertThat(workbook.getSheet("重点项目").getRow(2).getCell(0).getStringCellValue()).isEqualTo("本月无数据");
			assertThat(workbook.getSheet("活动成效").getRow(4).getCell(0).getStringCellValue())
				.isEqualTo("近12个月没有关联到活动的签约项目。");
			assertThat(workbook.getSheet("分地区").getRow(2).getCell(0).getStringCellValue()).isEqualTo("本月无数据");
			// the scope's landing total still stands, with rates "—"
			Row landingTotal = workbook.getSheet("落地进展").getRow(2);
			assertThat(landingTotal.getCell(0).getStringCellValue()).isEqualTo("合计");
			assertThat(landingTotal.getCell(6).getNumericCellValue()).isZero();
			assertThat(landingTotal.getCell(11).getStringCellValue()).isEqualTo("—");
			assertThat(findRow(workbook.getSheet("目标完成"), "2019年未设定年度目标。")).isNotNull();
			assertThat(workbook.getSheet("地区产业交叉")
				.getRow(CrossTableSheet.AMOUNT_HEADER_ROW + 1)
				.getCell(0)
				.getStringCellValue()).isEqualTo("本月无数据");
			assertThat(workbook.getSheet("项目清单").getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A2:R2");
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
			assertThat(workbook.getNumberOfSheets()).isEqualTo(19);
		}
		catch (Exception ex) {
			throw new AssertionError(ex);
		}
		try (var files = Files.list(this.dir)) {
			assertThat(files.map((path) -> path.getFileName().toString())).containsExactly("again.xlsx");
		}
	}

	@Test
	void landingProgressShowsSharesRatesNewStartsAndTheScopeTotal() throws IOException {
		// given
		ReportModel model = ReportModelFixtures.zhaoyuan(ReportLanguage.ZH);

		// when
		try (XSSFWorkbook workbook = render(model, "landing.xlsx")) {

			// then
			Sheet sheet = workbook.getSheet("落地进展");
			assertThat(texts(sheet.getRow(1))).containsExactly("地区", "地区代码", "已签约", "已开工", "已投产", "已终止", "项目合计",
					"已签约占比", "已开工占比", "已投产占比", "已终止占比", "开工率", "投产率", "本月新开工（个）", "本月新投产（个）");
			assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("市本级");
			// the zone: 6 signed, 4 building, 3 producing, 1 terminated of 14
			Row zone = sheet.getRow(3);
			assertThat(zone.getCell(0).getStringCellValue()).isEqualTo("招远经济技术开发区");
			assertThat(numbers(zone, 2, 6)).containsExactly(6.0, 4.0, 3.0, 1.0, 14.0);
			assertThat(zone.getCell(7).getNumericCellValue()).isEqualTo(0.429, within(1e-9));
			assertThat(zone.getCell(7).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
			assertThat(zone.getCell(10).getNumericCellValue()).isEqualTo(0.071, within(1e-9));
			// 开工率 7 ÷ 13 live, 投产率 3 ÷ 7 started
			assertThat(zone.getCell(11).getNumericCellValue()).isEqualTo(0.538, within(1e-9));
			assertThat(zone.getCell(12).getNumericCellValue()).isEqualTo(0.429, within(1e-9));
			assertThat(numbers(zone, 13, 14)).containsExactly(2.0, 1.0);
			// the total is the model's scope row, not a sum of rates
			Row total = sheet.getRow(5);
			assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合计");
			assertThat(total.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(numbers(total, 2, 6)).containsExactly(13.0, 7.0, 4.0, 1.0, 25.0);
			assertThat(total.getCell(7).getNumericCellValue()).isEqualTo(0.52, within(1e-9));
			assertThat(total.getCell(11).getNumericCellValue()).isEqualTo(0.458, within(1e-9));
			assertThat(total.getCell(12).getNumericCellValue()).isEqualTo(0.364, within(1e-9));
			assertThat(total.getCell(11).getCellStyle().getFontIndex())
				.isNotEqualTo(zone.getCell(11).getCellStyle().getFontIndex());
			assertThat(numbers(total, 13, 14)).containsExactly(3.0, 1.0);
			assertThat(sheet.getRow(7).getCell(0).getStringCellValue()).startsWith("口径：近12个月签约项目在月末的进展");
			assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(7, 7, 0, 14));
			assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:2"));
		}
	}

	@Test
	void landingRatesWithoutProjectsAreDashes() throws IOException {
		// given: 示例区县6 has no project of the last 12 months, only a new production in M
		ReportModel model = ReportModelFixtures.manyLongRegions(ReportLanguage.ZH);

		// when
		try (XSSFWorkbook workbook = render(model, "landing-none.xlsx")) {

			// then
			Row row = findRow(workbook.getSheet("落地进展"), "370606");
			assertThat(row.getCell(6).getNumericCellValue()).isZero();
			assertThat(row.getCell(11).getStringCellValue()).isEqualTo("—");
			assertThat(row.getCell(12).getStringCellValue()).isEqualTo("—");
			assertThat(row.getCell(14).getNumericCellValue()).isEqualTo(1);
			// the long names wrap and their rows grow
			Row longName = findRow(workbook.getSheet("落地进展"), "烟台市第3号国家级经济技术开发区综合保税物流园区管理委员会");
			assertThat(longName.getHeightInPoints()).isGreaterThanOrEqualTo(2 * 15f);
		}
	}

	@Test
	void fundsArrivedBySourceWithSharesTotalAndBasis() throws IOException {
		// given
		ReportModel model = ReportModelFixtures.zhaoyuan(ReportLanguage.ZH);

		// when
		try (XSSFWorkbook workbook = render(model, "funds.xlsx")) {

			// then
			Sheet sheet = workbook.getSheet("到位资金");
			// each source says how many of its projects report funds (issue 22)
			assertThat(texts(sheet.getRow(1))).containsExactly("资金来源", "项目（个）", "其中填报（个）", "到位资金（亿元）", "占比");
			assertThat(texts(sheet, 2, 4, 0)).containsExactly("省外", "市外省内", "市内", "来源地未知");
			Row outside = sheet.getRow(2);
			assertThat(outside.getCell(1).getNumericCellValue()).isEqualTo(18);
			assertThat(outside.getCell(2).getNumericCellValue()).isEqualTo(7);
			assertThat(outside.getCell(3).getNumericCellValue()).isEqualTo(25.0, within(1e-9));
			assertThat(outside.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
			assertThat(outside.getCell(4).getNumericCellValue()).isEqualTo(0.702, within(1e-9));
			Row total = sheet.getRow(6);
			assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合计");
			assertThat(total.getCell(1).getNumericCellValue()).isEqualTo(30);
			assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(12);
			assertThat(total.getCell(3).getNumericCellValue()).isEqualTo(35.6, within(1e-9));
			Row withFunds = findRow(sheet, "填报到位资金的项目（个）");
			assertThat(withFunds.getCell(1).getNumericCellValue()).isEqualTo(12);
			assertThat(findRow(sheet, "口径：2019年1—7月签约项目截至台账填报时的累计到位资金。")).isNotNull();
			assertThat(texts(sheet, 0, sheet.getLastRowNum() + 1)).noneMatch((text) -> text.startsWith("统计范围为全国"));
		}
	}

	@Test
	void fundsOfAScopeAcrossProvincesShowOnlyTheTotal() throws IOException {
		// given
		ReportModel base = ReportModelFixtures.zhaoyuan(ReportLanguage.ZH);
		ReportModel national = withFunds(base,
				new FundsArrived(new BigDecimal("1250000.00"), 40, 15, false, List.of()));

		// when
		try (XSSFWorkbook workbook = render(national, "funds-national.xlsx")) {

			// then
			Sheet sheet = workbook.getSheet("到位资金");
			Row total = sheet.getRow(2);
			assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合计");
			assertThat(total.getCell(1).getNumericCellValue()).isEqualTo(40);
			assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(15);
			assertThat(total.getCell(3).getNumericCellValue()).isEqualTo(125.0, within(1e-9));
			assertThat(findRow(sheet, "统计范围为全国或跨省区域，不区分资金来源，仅列合计。")).isNotNull();
			// no pie of sources that are not there
			assertThat(workbook.getSheet("总览").getDrawingPatriarch().getCharts()).hasSize(4);
		}
	}

	@Test
	void keyProjectsListTheLargeProjectsOfTwelveMonthsWithStatusDatesAndFunds() throws IOException {
		// given
		ReportModel model = ReportModelFixtures.zhaoyuan(ReportLanguage.ZH);

		// when
		try (XSSFWorkbook workbook = render(model, "key.xlsx")) {

			// then
			Sheet sheet = workbook.getSheet("重点项目");
			assertThat(texts(sheet.getRow(1))).containsExactly("项目名称", "地区", "产业", "协议投资额（亿元）", "签约日期", "期末状态", "开工日期",
					"投产日期", "到位资金（亿元）");
			Row march = sheet.getRow(3);
			assertThat(march.getCell(0).getStringCellValue()).isEqualTo("黄金精深加工项目");
			assertThat(march.getCell(3).getNumericCellValue()).isEqualTo(3.0, within(1e-9));
			assertThat(march.getCell(5).getStringCellValue()).isEqualTo("已开工");
			assertThat(march.getCell(6).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2019, 5, 20));
			assertThat(march.getCell(8).getNumericCellValue()).isEqualTo(0.8, within(1e-9));
			// unknown is not zero: no funds reported is an empty cell, no 0.00
			Row first = sheet.getRow(2);
			assertThat(first.getCell(8) == null || first.getCell(8).getCellType() == CellType.BLANK).isTrue();
			assertThat(texts(sheet.getRow(6))).singleElement().asString().startsWith("口径：近12个月签约、协议投资额1亿元及以上");
		}
	}

	@Test
	void targetsShowCompletionAgainstTimeElapsed() throws IOException {
		// given
		ReportModel model = ReportModelFixtures.zhaoyuan(ReportLanguage.ZH);

		// when
		try (XSSFWorkbook workbook = render(model, "targets.xlsx")) {

			// then
			Sheet sheet = workbook.getSheet("目标完成");
			assertThat(texts(sheet.getRow(1))).containsExactly("指标", "全年目标", "本年累计完成", "完成率", "序时进度", "与序时进度差（百分点）",
					"进度", "进度灯");
			Row projects = sheet.getRow(2);
			assertThat(projects.getCell(0).getStringCellValue()).isEqualTo("签约项目（个）");
			assertThat(numbers(projects, 1, 2)).containsExactly(50.0, 30.0);
			assertThat(projects.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
			assertThat(projects.getCell(3).getNumericCellValue()).isEqualTo(0.6, within(1e-9));
			assertThat(projects.getCell(4).getNumericCellValue()).isEqualTo(0.583, within(1e-9));
			assertThat(projects.getCell(5).getNumericCellValue()).isEqualTo(1.7, within(1e-9));
			assertThat(projects.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("+0.0;-0.0;0.0");
			assertThat(projects.getCell(6).getStringCellValue()).isEqualTo("超进度");
			// amounts in 亿元
			Row amount = sheet.getRow(3);
			assertThat(amount.getCell(0).getStringCellValue()).isEqualTo("协议投资额（亿元）");
			assertThat(amount.getCell(1).getNumericCellValue()).isEqualTo(150.0, within(1e-9));
			assertThat(amount.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
			assertThat(amount.getCell(2).getNumericCellValue()).isEqualTo(82.00005, within(1e-9));
			assertThat(amount.getCell(5).getNumericCellValue()).isEqualTo(-3.6, within(1e-9));
			assertThat(amount.getCell(6).getStringCellValue()).isEqualTo("欠进度");
			assertThat(sheet.getRow(4).getCell(2).getNumericCellValue()).isEqualTo(35.6, within(1e-9));
			// lights: named for grey paper, and drawn by Excel itself from the gap
			// through a native icon set
			assertThat(projects.getCell(7).getStringCellValue()).isEqualTo("绿灯");
			assertThat(amount.getCell(7).getStringCellValue()).isEqualTo("黄灯");
			CTConditionalFormatting lights = ((XSSFSheet) sheet).getCTWorksheet().getConditionalFormattingArray(0);
			assertThat(lights.getSqref()).containsExactly("F3:F5");
			CTCfRule rule = lights.getCfRuleArray(0);
			assertThat(rule.getType()).isEqualTo(STCfType.ICON_SET);
			assertThat(rule.getIconSet().getIconSet()).isEqualTo(STIconSetType.X_3_TRAFFIC_LIGHTS_1);
			assertThat(rule.getIconSet().getCfvoList()).extracting((cfvo) -> cfvo.getType() + " " + cfvo.getVal())
				.containsExactly("min 0", "num -5.0", "num 0.0");
			assertThat(texts(sheet.getRow(6))).singleElement().asString().startsWith("进度灯：绿灯为达到或超过序时进度");
		}
	}

	@Test
	void amountBandsCompareLikeTheKpis() throws IOException {
		// given
		ReportModel model = ReportModelFixtures.zhaoyuan(ReportLanguage.ZH);

		// when
		try (XSSFWorkbook workbook = render(model, "bands.xlsx")) {

			// then
			Sheet sheet = workbook.getSheet("规模分布");
			assertThat(texts(sheet.getRow(1))).containsExactly("投资规模", "本月", "上月", "环比", "上年同月", "同比", "本年累计", "上年同期累计",
					"累计同比");
			assertThat(texts(sheet, 2, 4, 0)).containsExactly("1亿元以上", "5亿元以上", "10亿元以上", "20亿元以上");
			Row one = sheet.getRow(2);
			assertThat(numbers(one, 1, 2)).containsExactly(3.0, 1.0);
			assertThat(one.getCell(3).getNumericCellValue()).isEqualTo(2.0, within(1e-9));
			assertThat(one.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("+0.0%;-0.0%;0.0%");
			assertThat(one.getCell(5).getStringCellValue()).isEqualTo("—");
			assertThat(numbers(one, 6, 7)).containsExactly(18.0, 12.0);
			assertThat(one.getCell(8).getNumericCellValue()).isEqualTo(0.5, within(1e-9));
			assertThat(sheet.getRow(5).getCell(8).getStringCellValue()).isEqualTo("—");
		}
	}

	@Test
	void overviewHasTheAverageSizeAmongTheKpis() throws IOException {
		// given
		ReportModel model = ReportModelFixtures.zhaoyuan(ReportLanguage.ZH);

		// when
		try (XSSFWorkbook workbook = render(model, "average.xlsx")) {

			// then
			Row average = kpiRow(workbook.getSheet("总览"), "平均单体规模（亿元）");
			assertThat(average.getCell(1).getNumericCellValue()).isEqualTo(6.166667, within(1e-9));
			assertThat(average.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
			assertThat(average.getCell(3).getNumericCellValue()).isEqualTo(3.405, within(1e-9));
			assertThat(average.getCell(5).getStringCellValue()).isEqualTo("—");
		}
	}

	@Test
	void landingAndFundsChartsAreNativeOverTheirSheets() throws IOException {
		// given
		ReportModel model = ReportModelFixtures.zhaoyuan(ReportLanguage.ZH);

		// when
		try (XSSFWorkbook workbook = render(model, "progress-charts.xlsx")) {

			// then
			List<XSSFChart> charts = workbook.getSheet("总览").getDrawingPatriarch().getCharts();
			XSSFChart landing = charts.get(3);
			CTBarChart bars = landing.getCTChart().getPlotArea().getBarChartArray(0);
			assertThat(bars.getGrouping().getVal()).isEqualTo(STBarGrouping.STACKED);
			assertThat(bars.getOverlap().getDomNode().getAttributes().getNamedItem("val").getNodeValue())
				.isEqualTo("100");
			assertThat(ranges(landing)).containsExactly("图表数据!$A$17:$A$19", "图表数据!$B$17:$B$19", "图表数据!$A$17:$A$19",
					"图表数据!$C$17:$C$19", "图表数据!$A$17:$A$19", "图表数据!$D$17:$D$19", "图表数据!$A$17:$A$19", "图表数据!$E$17:$E$19");
			assertThat(cells(workbook, "图表数据!$A$17:$A$19")).containsExactly("市本级", "招远经济技术开发区", "夏甸镇");
			assertThat(cells(workbook, "图表数据!$C$17:$C$19")).containsExactly(2.0, 4.0, 1.0);
			assertThat(landing.getTitleText().getString()).isEqualTo("项目落地进展（近12个月签约）");
			XSSFChart funds = charts.get(4);
			assertThat(funds.getCTChart().getPlotArea().getPieChartList()).hasSize(1);
			assertThat(ranges(funds)).containsExactly("图表数据!$A$23:$A$26", "图表数据!$B$23:$B$26");
			assertThat(cells(workbook, "图表数据!$B$23:$B$26")).containsExactly(25.0, 3.6, 5.0, 2.0);
			// few short names: side by side
			assertThat(anchor(workbook, 3).getCol2()).isLessThan(anchor(workbook, 4).getCol2());
			assertThat(anchor(workbook, 3).getRow1()).isEqualTo(anchor(workbook, 4).getRow1());
		}
	}

	@Test
	void manyLongRegionsGiveTheLandingChartThePageWidth() throws IOException {
		// given
		ReportModel model = ReportModelFixtures.manyLongRegions(ReportLanguage.ZH);

		// when
		try (XSSFWorkbook workbook = render(model, "wide-landing.xlsx")) {

			// then
			XSSFSheet overview = workbook.getSheet("总览");
			List<XSSFChart> charts = overview.getDrawingPatriarch().getCharts();
			XSSFClientAnchor landing = anchor(workbook, 3);
			XSSFClientAnchor funds = anchor(workbook, 4);
			assertThat(landing.getCol1()).isZero();
			assertThat(landing.getCol2()).isEqualTo((short) OverviewSheet.COLUMNS);
			// 20 bars get a row each at least, and the pie goes to the next printed page
			assertThat(landing.getRow2() - landing.getRow1()).isGreaterThanOrEqualTo(20);
			assertThat(funds.getRow1()).isGreaterThan(landing.getRow2());
			assertThat(overview.getRowBreaks()).contains(funds.getRow1() - 2);
			// 4 of the 24 regions have no project of the last 12 months, as in the PDF
			assertThat(ranges(charts.get(3))).contains("图表数据!$A$39:$A$58");
		}
	}

	@Test
	void regionChartShowsTheRegionsWithInvestmentInThePdfsOrderWithItsNote() throws IOException {
		// given: 30 prefectures, every third without investment this month
		ReportModel base = ReportModelFixtures.zhaoyuan(ReportLanguage.ZH);
		List<String> names = List.of("克孜勒苏柯尔克孜自治州", "西双版纳傣族自治州", "巴音郭楞蒙古自治州", "昌吉回族自治州", "怒江傈僳族自治州", "德宏傣族景颇族自治州");
		List<RegionFigures> regions = new ArrayList<>();
		for (int i = 1; i <= 30; i++) {
			BigDecimal amount = (i % 3 == 0) ? BigDecimal.ZERO : BigDecimal.valueOf(2500L * (31 - i));
			regions.add(new RegionFigures("6530" + String.format("%02d", i), names.get(i % names.size()) + i, false, 0,
					0L, 0, 2, amount, 0, null, null));
		}
		ReportModel model = withRegions(base, regions);

		// when
		try (XSSFWorkbook workbook = render(model, "zero-regions.xlsx")) {

			// then
			XSSFChart chart = workbook.getSheet("总览").getDrawingPatriarch().getCharts().get(1);
			assertThat(chart.getTitleText().getString()).isEqualTo("本月分地区协议投资额（亿元）");
			List<String> ranges = ranges(chart);
			List<Object> expectedNames = new ArrayList<>();
			List<Object> expectedAmounts = new ArrayList<>();
			for (RegionFigures row : regions) {
				if (row.amountWan().signum() != 0) {
					expectedNames.add(row.name());
					expectedAmounts.add(row.amountWan().movePointLeft(4).doubleValue());
				}
			}
			assertThat(expectedNames).hasSize(20).startsWith("西双版纳傣族自治州1", "巴音郭楞蒙古自治州2", "怒江傈僳族自治州4");
			assertThat(cells(workbook, ranges.get(0))).containsExactlyElementsOf(expectedNames);
			assertThat(cells(workbook, ranges.get(1))).containsExactlyElementsOf(expectedAmounts);
			assertThat(expectedAmounts.get(0)).isEqualTo(7.5);
			// the PDF's note, right under the chart
			Row note = findRow(workbook.getSheet("总览"), "图中略去本月协议投资额为零或未填的地区，各地区数据见“分地区”表。");
			assertThat(note.getRowNum()).isEqualTo(anchor(workbook, 1).getRow2());
			// the bars carry their amounts, as in the PDF
			assertThat(chart.getCTChart()
				.getPlotArea()
				.getBarChartArray(0)
				.getSerArray(0)
				.getDLbls()
				.getShowVal()
				.getVal()).isTrue();
		}
	}

	@Test
	void aMonthWithoutInvestmentHasNoEmptyRegionOrIndustryChart() throws IOException {
		// given: events and projects, but no amount anywhere
		ReportModel base = ReportModelFixtures.zhaoyuan(ReportLanguage.ZH);
		List<RegionFigures> regions = base.breakdowns()
			.byRegion()
			.stream()
			.map((row) -> new RegionFigures(row.code(), row.name(), row.self(), row.events(), row.attendees(), 0,
					row.projects(), BigDecimal.ZERO, 0, row.rank(), row.rankChange()))
			.toList();
		List<IndustryFigures> industries = base.breakdowns()
			.byIndustry()
			.stream()
			.map((row) -> new IndustryFigures(row.code(), row.name(), row.projects(), BigDecimal.ZERO, 0,
					BigDecimal.ZERO))
			.toList();
		BreakdownTables b = base.breakdowns();
		ReportModel model = ReportModelFixtures.edit(base, (e) -> e.breakdowns = new BreakdownTables(regions,
				industries, b.bySubIndustry(), b.byInvestorOrigin(), b.byRegionIndustry(), b.eventsByType(), 0));

		// when
		try (XSSFWorkbook workbook = render(model, "no-investment.xlsx")) {

			// then: as the PDF, "no data" in place of the two charts; trend, landing and
			// funds stay
			XSSFSheet overview = workbook.getSheet("总览");
			assertThat(overview.getDrawingPatriarch().getCharts())
				.extracting((chart) -> chart.getTitleText().getString())
				.containsExactly("近13个月签约项目与协议投资额", "项目落地进展（近12个月签约）", "到位资金来源（亿元）");
			assertThat(findRow(overview, "本月分地区协议投资额（亿元）：本月无数据")).isSameAs(findRow(overview, "本月分产业协议投资额占比：本月无数据"));
			assertThat(findRow(workbook.getSheet("图表数据"), "本月无数据")).isNotNull();
		}
	}

	@Test
	void everyChartPrintsWholeOnOnePageAtManyRegions() throws IOException {
		// given: 40 regions with investment, a third of them with very long names
		ReportModel model = ReportModelFixtures.manyLongRegions(ReportLanguage.ZH, 40);

		// when
		try (XSSFWorkbook workbook = render(model, "many-regions.xlsx")) {

			// then
			XSSFSheet overview = workbook.getSheet("总览");
			List<XSSFChart> charts = overview.getDrawingPatriarch().getCharts();
			List<XSSFClientAnchor> anchors = new ArrayList<>();
			List<Object> regionNames = new ArrayList<>();
			List<String> regionTitles = new ArrayList<>();
			for (int i = 0; i < charts.size(); i++) {
				anchors.add(anchor(workbook, i));
				String title = charts.get(i).getTitleText().getString();
				if (title.startsWith("本月分地区协议投资额（亿元）")) {
					List<Object> names = cells(workbook, ranges(charts.get(i)).get(0));
					regionNames.addAll(names);
					regionTitles.add(title);
					// one scale for all parts: 14 亿元 the longest bar, so bars compare
					// across charts
					assertThat(charts.get(i).getCTChart().getPlotArea().getValAxArray(0).getScaling().getMax().getVal())
						.isEqualTo(20.0);
					// 11 points a bar at least, for labels of 8 points, besides 90 for
					// title and axis
					double height = (anchors.get(i).getRow2() - anchors.get(i).getRow1())
							* overview.getDefaultRowHeightInPoints();
					assertThat(height - 90).isGreaterThanOrEqualTo(11.0 * names.size());
				}
			}
			// too many bars for one page: the regions run on over numbered charts, all of
			// them in the model's order
			assertThat(regionNames)
				.containsExactlyElementsOf(model.breakdowns().byRegion().stream().map(RegionFigures::name).toList());
			assertThat(regionTitles).hasSizeGreaterThan(1)
				.allMatch((title) -> title.matches("本月分地区协议投资额（亿元）（\\d/" + regionTitles.size() + "）"));
			int chartsHeading = findRow(overview, "图表").getRowNum();
			int[] breaks = overview.getRowBreaks();
			// landscape A4 within the margins, scaled to the sheet's width, below the
			// title row printed on every page
			double width = 0;
			for (int c = 0; c < OverviewSheet.COLUMNS; c++) {
				width += overview.getColumnWidthInPixels(c) * 0.75;
			}
			double scale = Math.min(1,
					(841.9 - 72 * (overview.getMargin(PageMargin.LEFT) + overview.getMargin(PageMargin.RIGHT)))
							/ width);
			double pageHeight = (595.3
					- 72 * (overview.getMargin(PageMargin.TOP) + overview.getMargin(PageMargin.BOTTOM))) / scale
					- overview.getRow(0).getHeightInPoints();
			for (XSSFClientAnchor chart : anchors) {
				assertThat(chart.getRow1()).isGreaterThan(chartsHeading);
				int pageStart = chartsHeading;
				for (int row : breaks) {
					// no page break cuts a chart
					assertThat(row < chart.getRow1() || row >= chart.getRow2()).as("break at row %d", row).isTrue();
					if (row < chart.getRow1()) {
						pageStart = Math.max(pageStart, row + 1);
					}
				}
				double points = 0;
				// the chart and the note under it
				for (int r = pageStart; r <= chart.getRow2(); r++) {
					Row row = overview.getRow(r);
					points += (row != null) ? row.getHeightInPoints() : overview.getDefaultRowHeightInPoints();
				}
				assertThat(points).isLessThanOrEqualTo(pageHeight);
				for (XSSFClientAnchor other : anchors) {
					boolean apart = other == chart || other.getRow1() >= chart.getRow2()
							|| other.getRow2() <= chart.getRow1() || other.getCol1() >= chart.getCol2()
							|| other.getCol2() <= chart.getCol1();
					assertThat(apart).as("charts overlap").isTrue();
				}
			}
		}
	}

	@Test
	void everyNewFigureEqualsTheJson() throws IOException {
		// given
		ReportModel model = ReportModelFixtures.zhaoyuan(ReportLanguage.ZH);
		Path json = this.dir.resolve("same.json");
		new JsonReportRenderer().render(model, json);
		JsonNode root = JsonMapper.builder().build().readTree(json.toFile());

		// when
		try (XSSFWorkbook workbook = render(model, "same.xlsx")) {

			// then
			Sheet landing = workbook.getSheet("落地进展");
			List<JsonNode> rows = new ArrayList<>();
			root.get("landing").forEach(rows::add);
			rows.add(root.get("landingTotal"));
			for (int i = 0; i < rows.size(); i++) {
				JsonNode row = rows.get(i);
				Row cells = landing.getRow(2 + i);
				assertThat(numbers(cells, 2, 6)).containsExactly(row.get("signed").asDouble(),
						row.get("underConstruction").asDouble(), row.get("inProduction").asDouble(),
						row.get("terminated").asDouble(), row.get("total").asDouble());
				assertThat(cells.getCell(8).getNumericCellValue())
					.isEqualTo(percent(row.get("sharePercent").get("underConstruction")), within(1e-9));
				assertThat(cells.getCell(11).getNumericCellValue()).isEqualTo(percent(row.get("startRatePercent")),
						within(1e-9));
				assertThat(cells.getCell(12).getNumericCellValue()).isEqualTo(percent(row.get("productionRatePercent")),
						within(1e-9));
				assertThat(numbers(cells, 13, 14)).containsExactly(row.get("newStarts").asDouble(),
						row.get("newProduction").asDouble());
			}
			Sheet funds = workbook.getSheet("到位资金");
			JsonNode sources = root.get("fundsArrived").get("bySource");
			for (int i = 0; i < sources.size(); i++) {
				assertThat(funds.getRow(2 + i).getCell(2).getNumericCellValue())
					.isEqualTo(sources.get(i).get("reportingProjects").asDouble());
				assertThat(funds.getRow(2 + i).getCell(3).getNumericCellValue())
					.isEqualTo(yi(sources.get(i).get("amountWan")), within(1e-9));
				assertThat(funds.getRow(2 + i).getCell(4).getNumericCellValue())
					.isEqualTo(percent(sources.get(i).get("sharePercent")), within(1e-9));
			}
			assertThat(funds.getRow(2 + sources.size()).getCell(3).getNumericCellValue())
				.isEqualTo(yi(root.get("fundsArrived").get("totalWan")), within(1e-9));
			Sheet targets = workbook.getSheet("目标完成");
			JsonNode items = root.get("targets").get("items");
			for (int i = 0; i < items.size(); i++) {
				Row cells = targets.getRow(2 + i);
				assertThat(cells.getCell(3).getNumericCellValue())
					.isEqualTo(percent(items.get(i).get("completionPercent")), within(1e-9));
				assertThat(cells.getCell(4).getNumericCellValue())
					.isEqualTo(percent(root.get("targets").get("elapsedPercent")), within(1e-9));
				assertThat(cells.getCell(5).getNumericCellValue())
					.isEqualTo(new BigDecimal(items.get(i).get("gapPoints").asString()).doubleValue(), within(1e-9));
			}
			Sheet bands = workbook.getSheet("规模分布");
			JsonNode bandNodes = root.get("amountBands");
			for (int i = 0; i < bandNodes.size(); i++) {
				JsonNode projects = bandNodes.get(i).get("projects");
				assertThat(numbers(bands.getRow(2 + i), 1, 2)).containsExactly(projects.get("month").asDouble(),
						projects.get("previousMonth").asDouble());
				assertThat(numbers(bands.getRow(2 + i), 6, 7)).containsExactly(projects.get("ytd").asDouble(),
						projects.get("ytdLastYear").asDouble());
			}
			Row average = kpiRow(workbook.getSheet("总览"), "平均单体规模（亿元）");
			assertThat(average.getCell(6).getNumericCellValue())
				.isEqualTo(yi(root.get("kpis").get("averageWan").get("ytd")), within(1e-9));
		}
	}

	private static ReportModel withFunds(ReportModel base, FundsArrived funds) {
		return ReportModelFixtures.edit(base, (e) -> e.funds = funds);
	}

	private static ReportModel withRegions(ReportModel base, List<RegionFigures> regions) {
		BreakdownTables b = base.breakdowns();
		return ReportModelFixtures.edit(base, (e) -> e.breakdowns = new BreakdownTables(regions, b.byIndustry(),
				b.bySubIndustry(), b.byInvestorOrigin(), b.byRegionIndustry(), b.eventsByType(), 0));
	}

	/** A JSON percent ("42.9") as the fraction the workbook stores. */
	private static double percent(JsonNode value) {
		return new BigDecimal(value.asString()).movePointLeft(2).doubleValue();
	}

	/** A JSON amount in 万元 as the 亿元 the workbook shows. */
	private static double yi(JsonNode value) {
		return new BigDecimal(value.asString()).movePointLeft(4).doubleValue();
	}

	/**
	 * Where the {@code index}th chart of the overview sits (read back, charts know no
	 * frame).
	 */
	private static XSSFClientAnchor anchor(XSSFWorkbook workbook, int index) {
		List<XSSFClientAnchor> anchors = new ArrayList<>();
		for (XSSFShape shape : workbook.getSheetAt(0).getDrawingPatriarch().getShapes()) {
			if (shape instanceof XSSFGraphicFrame frame) {
				anchors.add(frame.getAnchor());
			}
		}
		return anchors.get(index);
	}

	private static List<Double> numbers(Row row, int first, int last) {
		List<Double> numbers = new ArrayList<>();
		for (int c = first; c <= last; c++) {
			numbers.add(row.getCell(c).getNumericCellValue());
		}
		return numbers;
	}

	/** Every text in the first column of rows {@code first} to {@code last − 1}. */
	private static List<String> texts(Sheet sheet, int first, int last) {
		List<String> texts = new ArrayList<>();
		for (int r = first; r < last; r++) {
			Row row = sheet.getRow(r);
			if (row != null && row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING) {
				texts.add(row.getCell(0).getStringCellValue());
			}
		}
		return texts;
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

	/**
	 * The values of a chart's cell range, such as {@code 图表数据!$A$6:$A$7}: texts and
	 * numbers.
	 */
	private static List<Object> cells(XSSFWorkbook workbook, String reference) {
		AreaReference area = new AreaReference(reference, SpreadsheetVersion.EXCEL2007);
		Sheet sheet = workbook.getSheet(area.getFirstCell().getSheetName());
		List<Object> values = new ArrayList<>();
		for (CellReference at : area.getAllReferencedCells()) {
			Cell cell = sheet.getRow(at.getRow()).getCell(at.getCol());
			values
				.add((cell.getCellType() == CellType.STRING) ? cell.getStringCellValue() : cell.getNumericCellValue());
		}
		return values;
	}

	private static List<String> sheetNames(XSSFWorkbook workbook) {
		List<String> names = new ArrayList<>();
		workbook.forEach((sheet) -> names.add(sheet.getSheetName()));
		return names;
	}

	private static List<String> texts(Row row) {
		List<String> texts = new ArrayList<>();
		DataFormatter shown = new DataFormatter();
		// a header's unit on a line of its own (issue 22) is layout, not a word: read as
		// one line
		row.forEach((cell) -> texts.add((cell.getCellType() == CellType.STRING)
				? cell.getStringCellValue().replace("\n（", "（").replace("\n(", " (") : shown.formatCellValue(cell)));
		return texts;
	}

	private static List<String> texts(Sheet sheet, int firstRow, int rows, int column) {
		List<String> texts = new ArrayList<>();
		for (int r = firstRow; r < firstRow + rows; r++) {
			texts.add(sheet.getRow(r).getCell(column).getStringCellValue());
		}
		return texts;
	}

	/** The KPI table's header row, below the front page. */
	private static int kpiHeaderRow(Sheet overview) {
		for (ReportLanguage language : ReportLanguage.values()) {
			String header = ReportLabels.of(language).get("kpi.indicator");
			for (Row row : overview) {
				Cell first = row.getCell(0);
				if (first != null && first.getCellType() == CellType.STRING
						&& first.getStringCellValue().equals(header)) {
					return row.getRowNum();
				}
			}
		}
		throw new AssertionError("no KPI table on " + overview.getSheetName());
	}

	private static Row kpiRow(Sheet overview, String label) {
		int header = kpiHeaderRow(overview);
		for (int r = header + 1; r <= header + KpiKind.values().length; r++) {
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
