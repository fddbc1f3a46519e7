package cn.investpromo.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static cn.investpromo.cli.CliRun.cli;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The front page and the narrative of the sample ledgers' 招远市 2019-07 report (issue 9),
 * as the command line writes them: the tiles with their changes against July 2018, the
 * 本月要点 naming the 深圳推介会 with its 12 projects and 14.30 亿元 and the targets behind
 * schedule, the narrative's four paragraphs in Chinese and English, in the JSON, on the
 * PDF's first page and at the top of the workbook's overview.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FrontPageFunctionalTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Path reports;

	private Path work;

	private Path data;

	private JsonNode zh;

	private JsonNode en;

	private JsonNode town;

	@BeforeAll
	void writeTheReports(@TempDir Path work) throws IOException {
		this.work = work;
		Path data = work.resolve("data");
		this.data = data;
		this.reports = work.resolve("reports");
		String[] common = { "--data", data.toString(), "--out", this.reports.toString(), "--no-deliver" };
		CliRun run = cli(
				concat(new String[] { "run", "--month", "2019-07", "--scope", "招远市", "--input", "input" }, common));
		assertThat(run.status()).as(run.err()).isZero();
		CliRun english = cli(
				concat(new String[] { "report", "--month", "2019-07", "--scope", "招远市", "--lang", "en" }, common));
		assertThat(english.status()).as(english.err()).isZero();
		CliRun xiadian = cli(concat(new String[] { "report", "--month", "2019-07", "--scope", "夏甸镇" }, common));
		assertThat(xiadian.status()).as(xiadian.err()).isZero();
		this.zh = JSON.readTree(file("招远市", "招远市_2019-07.json").toFile());
		this.en = JSON.readTree(file("招远市", "招远市_2019-07_en.json").toFile());
		this.town = JSON.readTree(file("夏甸镇", "夏甸镇_2019-07.json").toFile());
	}

	@Test
	void theTilesGiveJulysFiguresWithTheirChangeAgainstJulyLastYear() {
		JsonNode front = this.zh.get("frontPage");
		assertThat(front.get("riseColour").asString()).isEqualTo("red");
		List<String> tiles = new ArrayList<>();
		front.get("tiles")
			.forEach((tile) -> tiles.add(String.join(" | ", tile.get("key").asString(), tile.get("value").asString(),
					tile.get("change").isNull() ? "null" : tile.get("change").asString(),
					tile.get("direction").asString(), tile.get("changeText").asString(),
					tile.get("detail").isNull() ? "" : tile.get("detail").asString())));
		// the three 战略合作协议 set no amount: named so, never 未填 (issue 22)
		assertThat(tiles).containsExactly("projects | 12 | 200.0 | up | 同比 +200.0% | 含战略合作协议3个",
				"amountWan | 143000.00 | 31.8 | up | 同比 +31.8% | 3个战略合作协议未约定投资额",
				"projectsOver1Yi | 5 | 66.7 | up | 同比 +66.7% | ", "events | 3 | -40.0 | down | 同比 −40.0% | 参会285人",
				// the funds ledger's July against July 2018 (issue 21)
				"fundsArrivedWan | 5390.00 | -71.8 | down | 同比 −71.8% | 1—7月累计2.87亿元",
				"actualUsdWan | 525.00 | -21.3 | down | 同比 −21.3% | ",
				"targets | 42.9 | -15.4 | down | 欠序时进度15.4个百分点 | 目标120.00亿元（序时进度58.3%）");
		// the target tile names its target (issue 22)
		assertThat(front.get("tiles").get(6).get("label").asString()).isEqualTo("协议投资额目标");
		assertThat(front.get("tiles").get(6).get("light").asString()).isEqualTo("red");
		// the same figures as the headline table
		assertThat(this.zh.get("kpis").get("projects").get("month").asLong()).isEqualTo(12);
		assertThat(this.zh.get("kpis").get("amountWan").get("month").asString()).isEqualTo("143000.00");
	}

	@Test
	void theHighlightsNameTheShenzhenConferenceItsSigningsAndTheTargetsBehind() {
		List<String> zh = texts(this.zh.get("frontPage").get("highlights"));
		assertThat(zh).hasSize(5);
		assertThat(zh.get(0)).isEqualTo("7月28日招远市招商引资招才引智推介会（深圳）签约项目12个，协议投资额14.30亿元（3个为战略合作协议，未约定投资额），本月新签约项目全部来自该活动");
		assertThat(zh.get(1)).isEqualTo("最大项目：柔性集成电路项目，5.00亿元，落户招远经济技术开发区");
		assertThat(zh.get(2)).startsWith("3项年度目标均欠序时进度，到位资金差距最大");
		// the sample pipeline's overdue projects (issue 21)
		assertThat(zh.get(3)).isEqualTo("在谈项目逾期未签约3个，最长逾期61天（高端海洋牧场综合体项目）");
		// the sample enterprise sheet (企业名录) tags two of the conference's investors
		// 三个500强 (issue 21)
		assertThat(zh.get(4)).isEqualTo("本月签约三个500强企业项目2个：最大为柔性集成电路项目（世界500强、中国500强），5.00亿元");
		List<String> en = texts(this.en.get("frontPage").get("highlights"));
		assertThat(en.get(0)).isEqualTo("招远市招商引资招才引智推介会（深圳） on 28 July: 12 projects signed, with agreed "
				+ "investment of CNY 1.43 bn (of these, 3 are strategic cooperation agreements, which set no amount); "
				+ "these were all of this month's signings");
		assertThat(en.get(2)).startsWith("All 3 annual targets are behind schedule; funds in place is furthest behind");
	}

	@Test
	void theNarrativeHasTheFourParagraphsOfAMonthlyReport() {
		List<String> headings = new ArrayList<>();
		List<String> lines = new ArrayList<>();
		this.zh.get("narrativeParagraphs").forEach((p) -> {
			headings.add(p.get("heading").asString());
			lines.add(p.get("heading").asString() + p.get("text").asString());
		});
		assertThat(headings).containsExactly("一、招商活动。", "二、项目签约。", "三、落地与到位。", "四、目标完成。",
				// the pipeline's paragraph comes last, so the others keep their numbers
				// (issue 21)
				"五、在谈项目。");
		assertThat(this.zh.get("narrative").asString()).isEqualTo(String.join("\n", lines));
		assertThat(lines.get(0)).contains("2019年7月，招远市举办招商活动3场，参会285人",
				"其中，7月28日举办的招远市招商引资招才引智推介会（深圳）签约项目12个，协议投资额14.30亿元");
		assertThat(lines.get(1)).contains("其中亿元以上项目5个",
				// 市本级 signed more than any town or zone: it comes first, and the leading
				// zone ranks first among the towns and zones (issue 22)
				"分地区看，市本级签约5.60亿元；各镇街区中，招远经济技术开发区签约5.00亿元，居首", "1—7月累计签约项目33个")
			.doesNotContain("（本级）");
		// every rate names its window, and the terminated projects are counted out aloud:
		// 16 of 53 − 5
		assertThat(lines.get(2)).contains("近12个月签约的53个项目中，已终止5个，其余48个中已开工16个，开工率33.3%",
				"本月新开工项目2个，新投产项目1个（其中1个为12个月以前签约的项目）",
				// with a funds ledger, the arrivals of the month and the year (issue 21)
				"本月实际到位资金0.54亿元（同比下降71.8%），1—7月累计到位2.87亿元（同比下降77.3%）");
		assertThat(lines.get(3)).contains("对照2019年度目标（序时进度58.3%）", "3项指标均欠序时进度");
		// data quality has a section of its own
		assertThat(this.zh.get("narrative").asString()).doesNotContain("数据质量", "未能导入", "台账中有");
	}

	@Test
	void theEnglishNarrativeSaysTheSamePlanInEnglish() {
		List<String> lines = new ArrayList<>();
		this.en.get("narrativeParagraphs")
			.forEach((p) -> lines.add(p.get("heading").asString() + p.get("text").asString()));
		assertThat(lines).hasSize(5);
		assertThat(lines.get(4))
			.startsWith("5. Projects under negotiation. As of 31 July, the pipeline held 9 projects");
		assertThat(lines.get(0))
			.startsWith("1. Promotion events. In July 2019, Zhaoyuan (招远市) held 3 promotion events with 285 attendees");
		assertThat(lines.get(1))
			.startsWith(
					"2. Projects signed. 12 projects were signed this month, 8 more than in the same month last year; "
							+ "of these, 3 are strategic cooperation agreements, which set no investment amount.")
			.contains("Agreed investment came to CNY 1.43 bn, up 31.8% year on year",
					"5 projects are of CNY 100 mn or more",
					"By region, CNY 560 mn was signed at city level; among the towns and zones, Zhaoyuan Economic and Technological Development Zone (招远经济技术开发区) led with CNY 500 mn");
		assertThat(lines.get(2)).startsWith(
				"3. Projects started and funds in place. Of the 53 projects signed in the last 12 months, 5 were terminated; of the other 48, 16 have started construction (start rate 33.3%)")
			.contains(
					"This month 2 projects started construction and 1 started production (1 of them was signed more than 12 months earlier).");
		assertThat(lines.get(3)).startsWith(
				"4. Annual targets. Against the 2019 targets (time elapsed 58.3%): projects signed reached 55.0%, 3.3 points behind schedule;")
			.endsWith("All 3 targets are behind schedule.");
		// Chinese only in brackets after a place name, and in the names the ledgers give
		// their events and projects
		String text = this.en.get("narrative")
			.asString()
			.replaceAll("\\([^()]*\\p{IsHan}[^()]*\\)", "")
			.replace("招远市招商引资招才引智推介会（深圳）", "")
			.replace("柔性集成电路项目", "")
			// and the names the pipeline ledger gives its overdue project and who
			// answers for it (issue 21)
			.replace("高端海洋牧场综合体项目", "")
			.replace("辛庄镇人民政府", "")
			.replace("孙建国", "");
		assertThat(text).doesNotContainPattern("\\p{IsHan}").doesNotContain("could not be imported");
	}

	@Test
	void aReportWithoutTwoChildRegionsWithFiguresNamesNoLeader() {
		String narrative = this.town.get("narrative").asString();
		assertThat(narrative).doesNotContain("居首").doesNotContain("（本级）");
		assertThat(this.zh.get("narrative").asString()).contains("居首");
	}

	@Test
	void thePdfsFirstPageOpensWithTheHighlightsAndTheTiles() throws IOException {
		String zh = firstPage(file("招远市", "招远市_2019-07.pdf"));
		assertThat(zh).contains("本月要点", "7月28日招远市招商引资招才引智推介会（深圳）签约项目12个，协议投资额14.30亿元", "3项年度目标均欠序时进度", "新签约项目",
				"▲同比+200.0%", "欠序时进度15.4个百分点");
		// the highlights come before the tiles, the tiles before the headline table, all
		// on page 1
		assertThat(zh.indexOf("本月要点")).isLessThan(zh.indexOf("新签约项目"));
		assertThat(zh.indexOf("亿元以上项目")).isLessThan(zh.indexOf("主要指标"));
		String en = firstPage(file("招远市", "招远市_2019-07_en.pdf"));
		assertThat(en).contains("Highlightsofthemonth", "on28July:12projectssigned", "CNY1.43bn",
				"All3annualtargetsarebehindschedule");
	}

	@Test
	void theOverviewSheetOpensWithTheHighlightsAndTheTilesInTheirColours() throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(file("招远市", "招远市_2019-07.xlsx").toFile())) {
			XSSFSheet overview = workbook.getSheetAt(0);
			Row highlight = rowStartingWith(overview, "■ 7月28日招远市招商引资招才引智推介会（深圳）签约项目12个");
			Row header = rowStartingWith(overview, "指标");
			assertThat(highlight.getRowNum()).isLessThan(header.getRowNum()).isLessThan(10);
			Row labels = rowStartingWith(overview, "新签约项目");
			assertThat(labels.getRowNum()).isLessThan(header.getRowNum());
			Row figures = overview.getRow(labels.getRowNum() + 1);
			assertThat(figures.getCell(0).getNumericCellValue()).isEqualTo(12);
			assertThat(figures.getCell(1).getNumericCellValue()).isEqualTo(14.30);
			assertThat(figures.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00\" 亿元\"");
			Row changes = overview.getRow(labels.getRowNum() + 2);
			// red is up, green is down (红涨绿跌); the target takes its light's colour
			assertThat(changes.getCell(0).getStringCellValue()).isEqualTo("▲ 同比 +200.0%");
			assertThat(colour((XSSFCell) changes.getCell(0))).isEqualTo("C00000");
			assertThat(changes.getCell(3).getStringCellValue()).isEqualTo("▼ 同比 −40.0%");
			assertThat(colour((XSSFCell) changes.getCell(3))).isEqualTo("2E7D32");
			// the target tile comes last, after 实际使用外资 (issue 21)
			assertThat(colour((XSSFCell) changes.getCell(6))).isEqualTo("B02A1E");
			assertThat(rowStartingWith(overview, "一、招商活动。").getRowNum()).isGreaterThan(header.getRowNum());
		}
	}

	@Test
	void theRiseColourIsASettingTheWorkbookAndTheJsonFollow() throws Exception {
		Path out = this.work.resolve("green");
		System.setProperty("investpromo.report.rise-colour", "green");
		try {
			CliRun run = cli("report", "--month", "2019-07", "--scope", "招远市", "--data", this.data.toString(), "--out",
					out.toString(), "--no-deliver");
			assertThat(run.status()).as(run.err()).isZero();
		}
		finally {
			System.clearProperty("investpromo.report.rise-colour");
		}
		Path dir = out.resolve("招远市").resolve("2019-07");
		assertThat(
				JSON.readTree(dir.resolve("招远市_2019-07.json").toFile()).get("frontPage").get("riseColour").asString())
			.isEqualTo("green");
		try (XSSFWorkbook workbook = new XSSFWorkbook(dir.resolve("招远市_2019-07.xlsx").toFile())) {
			XSSFSheet overview = workbook.getSheetAt(0);
			Row changes = overview.getRow(rowStartingWith(overview, "新签约项目").getRowNum() + 2);
			// the international convention: a rise in green, a fall in red
			assertThat(colour((XSSFCell) changes.getCell(0))).isEqualTo("2E7D32");
			assertThat(colour((XSSFCell) changes.getCell(3))).isEqualTo("C00000");
		}
	}

	@Test
	void aRiseColourOtherThanRedOrGreenIsOneLine() {
		System.setProperty("investpromo.report.rise-colour", "blue");
		try {
			CliRun run = cli("report", "--month", "2019-07", "--scope", "招远市", "--data", this.data.toString(), "--out",
					this.work.resolve("blue").toString(), "--no-deliver");
			assertThat(run.status()).isEqualTo(1);
			assertThat(run.err().lines())
				.containsExactly("错误 / error: investpromo.report.rise-colour must be red or green, not 'blue'");
		}
		finally {
			System.clearProperty("investpromo.report.rise-colour");
		}
	}

	private static String colour(XSSFCell cell) {
		return cell.getCellStyle().getFont().getXSSFColor().getARGBHex().substring(2);
	}

	private static Row rowStartingWith(XSSFSheet sheet, String start) {
		for (Row row : sheet) {
			Cell cell = row.getCell(0);
			if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().startsWith(start)) {
				return row;
			}
		}
		throw new AssertionError("no row starting with " + start);
	}

	private static String firstPage(Path pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setStartPage(1);
			stripper.setEndPage(1);
			// in the order a reader sees the page
			stripper.setSortByPosition(true);
			return stripper.getText(document).replaceAll("\\s", "");
		}
	}

	private static List<String> texts(JsonNode highlights) {
		List<String> texts = new ArrayList<>();
		highlights.forEach((h) -> texts.add(h.get("text").asString()));
		return texts;
	}

	private Path file(String scope, String name) {
		return this.reports.resolve(scope).resolve("2019-07").resolve(name);
	}

	private static String[] concat(String[] first, String[] second) {
		String[] all = new String[first.length + second.length];
		System.arraycopy(first, 0, all, 0, first.length);
		System.arraycopy(second, 0, all, first.length, second.length);
		return all;
	}

}
