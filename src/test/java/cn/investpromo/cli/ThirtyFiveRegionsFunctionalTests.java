package cn.investpromo.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCfRule;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTConditionalFormatting;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static cn.investpromo.cli.CliRun.cli;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9 on a ledger of 35 towns of 南部县 (四川省南充市) and the county itself, through the real
 * command line: the towns ranked with 位次 and its change in all three outputs, an unknown
 * amount {@code null} and ranked last, 本级 never ranked, the towns' own targets with their
 * lights, towns named with their county in the 南充市 report, and the 全国 report listing only
 * what its ledgers cover.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ThirtyFiveRegionsFunctionalTests {

	/**
	 * 南部县's first 35 towns in code order; the fixture gives town i (from 3) i × 100 万元 in
	 * July 2019.
	 */
	private static final List<String> TOWNS = List.of("滨江街道", "蜀北街道", "满福街道", "南隆街道", "老鸦镇", "永定镇", "碑院镇", "谢河镇", "盘龙镇",
			"铁佛塘镇", "石河镇", "王家镇", "富利镇", "楠木镇", "长坪镇", "东坝镇", "河坝镇", "定水镇", "大王镇", "黄金镇", "流马镇", "建兴镇", "三官镇", "伏虎镇",
			"双佛镇", "花罐镇", "大桥镇", "大河镇", "万年镇", "升钟镇", "升水镇", "大坪镇", "神坝镇", "八尔湖镇", "石龙镇");

	private Path reports;

	private JsonNode json;

	@BeforeAll
	void runOnThirtyFiveTowns(@TempDir Path work) throws IOException {
		Path input = Files.createDirectories(work.resolve("input"));
		writeLedger(input.resolve("南部县招商台账2019.xlsx"));
		this.reports = work.resolve("reports");
		String data = work.resolve("data").toString();
		CliRun run = cli("run", "--month", "2019-07", "--scope", "南部县", "--input", input.toString(), "--data", data,
				"--out", this.reports.toString(), "--no-deliver");
		assertThat(run.status()).as(run.err()).isZero();
		// 39 projects and 4 targets, every one accepted
		assertThat(run.out()).contains("43 row(s) read, 43 accepted, 0 rejected");
		for (String scope : List.of("南充市", "全国")) {
			CliRun report = cli("report", "--month", "2019-07", "--scope", scope, "--data", data, "--out",
					this.reports.toString(), "--no-deliver");
			assertThat(report.status()).as(report.err()).isZero();
		}
		this.json = JsonMapper.builder().build().readTree(report("南部县", "json").toFile());
	}

	/**
	 * July: town i from 3 signs i × 100 万元; 蜀北街道 one project and 满福街道 two of 250 万元
	 * together (more projects rank first); 滨江街道 one without an amount; the county itself
	 * 10 亿元. June: 南隆街道 5,000 万元 and 石龙镇 100 万元.
	 */
	private static void writeLedger(Path file) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			XSSFSheet projects = workbook.createSheet("签约项目");
			row(projects, 0, "项目名称", "签约日期", "落地地区", "投资方", "投资方所在地", "所属产业", "协议投资额（万元）", "项目状态");
			int r = 1;
			r = project(projects, r, "县本级项目", "2019-07-10", "南部县", 100000);
			r = project(projects, r, TOWNS.get(0) + "项目", "2019-07-11", TOWNS.get(0), null);
			r = project(projects, r, TOWNS.get(1) + "项目", "2019-07-11", TOWNS.get(1), 250);
			r = project(projects, r, TOWNS.get(2) + "项目甲", "2019-07-12", TOWNS.get(2), 100);
			r = project(projects, r, TOWNS.get(2) + "项目乙", "2019-07-12", TOWNS.get(2), 150);
			for (int i = 3; i < TOWNS.size(); i++) {
				r = project(projects, r, TOWNS.get(i) + "项目", "2019-07-15", TOWNS.get(i), i * 100);
			}
			r = project(projects, r, "六月项目一", "2019-06-10", TOWNS.get(3), 5000);
			project(projects, r, "六月项目二", "2019-06-11", TOWNS.get(34), 100);
			XSSFSheet targets = workbook.createSheet("年度目标");
			row(targets, 0, "地区", "年度", "指标", "目标值");
			// 石龙镇: 2 of 4 projects signed by July (50.0%, 8.3 points behind: red); 石龙镇
			// 3,500 of 5,000 万元 (70.0%,
			// ahead: green); 八尔湖镇 3,300 of 6,000 万元 (55.0%, 3.3 behind: yellow)
			row(targets, 1, "南部县石龙镇", "2019", "签约项目数", "4个");
			row(targets, 2, "南部县石龙镇", "2019", "协议投资额", "5000万元");
			row(targets, 3, "南部县八尔湖镇", "2019", "协议投资额", "0.6亿元");
			row(targets, 4, "南部县", "2019", "签约项目数", "100个");
			workbook.write(out);
		}
	}

	private static int project(Sheet sheet, int r, String name, String date, String town, Integer amountWan) {
		Row row = row(sheet, r, name, date, town.equals("南部县") ? "四川省南充市南部县" : "南部县" + town, "投资方" + r, "成都市", "新材料",
				null, "已签约");
		if (amountWan != null) {
			row.getCell(6).setCellValue(amountWan);
		}
		return r + 1;
	}

	private static Row row(Sheet sheet, int r, String... values) {
		Row row = sheet.createRow(r);
		for (int c = 0; c < values.length; c++) {
			Cell cell = row.createCell(c);
			if (values[c] != null) {
				cell.setCellValue(values[c]);
			}
		}
		return row;
	}

	/**
	 * The expected 位次 order: 石龙镇 (3,400) down to 南隆街道 (300), then 满福街道 and 蜀北街道 (250),
	 * 滨江街道 (unknown).
	 */
	private static List<String> rankedTowns() {
		List<String> ranked = new ArrayList<>();
		for (int i = TOWNS.size() - 1; i >= 3; i--) {
			ranked.add(TOWNS.get(i));
		}
		ranked.addAll(List.of(TOWNS.get(2), TOWNS.get(1), TOWNS.get(0)));
		return ranked;
	}

	@Test
	void jsonRanksTheThirtyFiveTownsWithTheirChangeAndLeavesTheCountyUnranked() {
		// then: 本级 first by its amount but without a 位次, then the towns 1 to 35, then the
		// 7 towns with nothing
		JsonNode byRegion = this.json.get("byRegion");
		assertThat(byRegion).hasSize(43);
		assertThat(byRegion.get(0).get("name").asString()).isEqualTo("南部县");
		assertThat(byRegion.get(0).get("rank").isNull()).isTrue();
		List<String> names = new ArrayList<>();
		for (int i = 1; i <= TOWNS.size(); i++) {
			JsonNode row = byRegion.get(i);
			names.add(row.get("name").asString());
			assertThat(row.get("rank").asInt()).as(row.toString()).isEqualTo(i);
		}
		assertThat(names).isEqualTo(rankedTowns());
		// 滨江街道's one project has no amount: null, last, counted as unreported
		JsonNode binjiang = byRegion.get(35);
		assertThat(binjiang.get("amountWan").isNull()).isTrue();
		assertThat(binjiang.get("projectsWithoutAmount").asLong()).isEqualTo(1);
		assertThat(new BigDecimal(byRegion.get(1).get("amountWan").asString())).isEqualByComparingTo("3400");
		// June ranked 南隆街道 first and 石龙镇 second; every other town had nothing to rank
		assertThat(byRegion.get(1).get("rankChange").asInt()).isEqualTo(1);
		assertThat(byRegion.get(32).get("name").asString()).isEqualTo("南隆街道");
		assertThat(byRegion.get(32).get("rankChange").asInt()).isEqualTo(-31);
		assertThat(byRegion.get(2).get("rankChange").isNull()).isTrue();
		// the towns without projects or events: listed, unranked, none counted as
		// unreported
		for (int i = TOWNS.size() + 1; i < byRegion.size(); i++) {
			assertThat(byRegion.get(i).get("rank").isNull()).isTrue();
			assertThat(byRegion.get(i).get("projects").asLong()).isZero();
		}
	}

	@Test
	void workbookRanksTheTownsAndShowsTheirTargetsWithNativeLights() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(report("南部县", "xlsx")))) {
			// 分地区: the towns in 位次 order with their 位次 and its change
			Sheet byRegion = workbook.getSheet("分地区");
			List<String> header = texts(byRegion.getRow(1));
			int position = header.indexOf("位次");
			int region = header.indexOf("地区");
			int change = header.indexOf("位次变化");
			assertThat(position).isNotNegative();
			assertThat(region).isNotNegative();
			assertThat(change).isNotNegative();
			List<String> names = new ArrayList<>();
			for (int r = 2; r <= byRegion.getLastRowNum(); r++) {
				Row row = byRegion.getRow(r);
				String name = text(row, region);
				if (TOWNS.contains(name) && !text(row, position).isEmpty()) {
					names.add(name);
					assertThat(text(row, position)).isEqualTo(String.valueOf(names.size()));
					if (name.equals("石龙镇")) {
						assertThat(text(row, change)).isEqualTo("上升1位");
					}
					if (name.equals("南隆街道")) {
						assertThat(text(row, change)).isEqualTo("下降31位");
					}
				}
				if (name.equals("滨江街道")) {
					assertThat(texts(row)).contains("—").doesNotContain("0.00");
				}
			}
			assertThat(names).isEqualTo(rankedTowns());
			// 地区目标: each town's targets against its own year to date, with the light's
			// name and an icon set
			XSSFSheet targets = workbook.getSheet("地区目标");
			assertThat(targets).isNotNull();
			assertThat(texts(targets.getRow(1))).containsExactly("地区", "指标", "全年目标", "本年累计完成", "完成率", "序时进度",
					"与序时进度差（百分点）", "进度", "进度灯");
			assertThat(texts(targets.getRow(2))).containsExactly("八尔湖镇", "协议投资额（亿元）", "0.60", "0.33", "55.0%", "58.3%",
					"-3.3", "欠进度", "黄灯");
			assertThat(texts(targets.getRow(3))).containsExactly("石龙镇", "签约项目（个）", "4", "2", "50.0%", "58.3%", "-8.3",
					"欠进度", "红灯");
			assertThat(texts(targets.getRow(4))).containsExactly("石龙镇", "协议投资额（亿元）", "0.50", "0.35", "70.0%", "58.3%",
					"+11.7", "超进度", "绿灯");
			CTConditionalFormatting[] formats = targets.getCTWorksheet().getConditionalFormattingArray();
			assertThat(formats).hasSize(1);
			assertThat(formats[0].getSqref().toString()).isEqualTo("G3:G5");
			CTCfRule rule = formats[0].getCfRuleArray(0);
			assertThat(rule.getIconSet().getIconSet().toString()).isEqualTo("3TrafficLights1");
			// the region bars (图表数据, which the overview chart and the PDF draw) largest
			// first, 本级 among them
			Sheet chartData = workbook.getSheet("图表数据");
			List<Double> bars = new ArrayList<>();
			boolean inRegions = false;
			for (Row row : chartData) {
				String first = text(row, 0);
				if (first.startsWith("本月分地区协议投资额")) {
					inRegions = true;
				}
				else if (inRegions && row.getCell(1) != null && row.getCell(1).getCellType() == CellType.NUMERIC) {
					bars.add(row.getCell(1).getNumericCellValue());
				}
				else if (inRegions && !first.equals("地区")) {
					break;
				}
			}
			assertThat(bars).hasSize(35).isSortedAccordingTo(java.util.Comparator.reverseOrder());
			assertThat(bars.get(0)).isEqualTo(10.0);
			// every sheet, 地区目标 and the 43 rows of 分地区 among them, prints at 75 % or more
			for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
				assertThat(PrintLayoutFunctionalTests.scale(workbook, i)).as(workbook.getSheetName(i))
					.isGreaterThanOrEqualTo(0.75);
			}
			// the county's own target stays on 目标完成
			assertThat(texts(workbook.getSheet("目标完成").getRow(2)).get(0)).isEqualTo("签约项目（个）");
		}
	}

	@Test
	void jsonAndPdfCarryTheTownsTargets() throws IOException {
		// then: JSON
		JsonNode byRegion = this.json.get("targets").get("byRegion");
		assertThat(byRegion).hasSize(2);
		assertThat(byRegion.get(0).get("name").asString()).isEqualTo("八尔湖镇");
		assertThat(byRegion.get(0).get("items").get(0).get("light").asString()).isEqualTo("yellow");
		assertThat(byRegion.get(1).get("code").asString()).isEqualTo("511321132");
		assertThat(byRegion.get(1).get("items").findValuesAsString("light")).containsExactly("red", "green");
		assertThat(byRegion.get(1).get("items").get(0).get("actualYtd").asLong()).isEqualTo(2);
		// and the PDF
		String pdf = pdfText(report("南部县", "pdf"));
		assertThat(pdf).contains("各地区年度目标完成情况").contains("八尔湖镇").contains("● 红灯");
	}

	@Test
	void theCityReportNamesTownsWithTheirCountyAndTheWholeCountryNeverPrintsItsCode() throws IOException {
		// 南充市: a town in the project list carries its county
		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(report("南充市", "xlsx")))) {
			List<String> cells = new ArrayList<>();
			workbook.getSheet("项目清单").forEach((row) -> cells.addAll(texts(row)));
			assertThat(cells).contains("石龙镇（南部县）").doesNotContain("石龙镇");
		}
		// 全国: says what its ledgers cover, lists 四川省 only with a line for the others, and
		// no 000000 anywhere
		Path folder;
		try (Stream<Path> scopes = Files.list(this.reports)) {
			folder = scopes.filter((p) -> !p.getFileName().toString().startsWith("南")).findFirst().orElseThrow();
		}
		Path month = folder.resolve("2019-07");
		String pdf;
		try (Stream<Path> files = Files.list(month)) {
			pdf = pdfText(files.filter((p) -> p.toString().endsWith(".pdf")).findFirst().orElseThrow());
		}
		assertThat(pdf).contains("覆盖四川省").doesNotContain("000000").containsPattern("另有\\d+个地区");
		try (Stream<Path> files = Files.list(month)) {
			Path xlsx = files.filter((p) -> p.toString().endsWith(".xlsx")).findFirst().orElseThrow();
			try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(xlsx))) {
				List<String> cells = new ArrayList<>();
				workbook.forEach((sheet) -> sheet.forEach((row) -> cells.addAll(texts(row))));
				assertThat(cells).noneMatch((cell) -> cell.contains("000000"));
				List<String> regions = new ArrayList<>();
				workbook.getSheet("分地区").forEach((row) -> regions.add(text(row, 1)));
				assertThat(regions).contains("四川省").doesNotContain("山东省", "北京市");
			}
		}
	}

	private Path report(String scope, String extension) {
		return this.reports.resolve(scope).resolve("2019-07").resolve(scope + "_2019-07." + extension);
	}

	private static String pdfText(Path pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			return new PDFTextStripper().getText(document);
		}
	}

	private static final DataFormatter FORMAT = new DataFormatter();

	private static String text(Row row, int c) {
		if (row == null || row.getCell(c) == null) {
			return "";
		}
		Cell cell = row.getCell(c);
		return (cell.getCellType() == CellType.STRING) ? cell.getStringCellValue() : FORMAT.formatCellValue(cell);
	}

	private static List<String> texts(Row row) {
		List<String> texts = new ArrayList<>();
		if (row == null) {
			return texts;
		}
		for (int c = 0; c < row.getLastCellNum(); c++) {
			// a header's unit on a line of its own (issue 22) is layout: read as one line
			texts.add(text(row, c).replace("\n（", "（"));
		}
		return texts;
	}

}
