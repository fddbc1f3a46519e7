package cn.investpromo.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
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
 * Issue 22, points 1, 2 and 5, on the sample ledgers' 招远市 2019-Q3 report, where the
 * quarter's largest signing (广宇黄金首饰智能制造项目, 9.70 亿元) and a second one are already
 * terminated, 市本级 signed more than the leading zone, and five 战略合作协议 set no amount: the
 * JSON, the PDF's text (pdfbox) and the workbook never present a terminated project as
 * the largest, say 居首 only of the largest row or among the towns and zones with 市本级
 * first, and never call a 战略合作协议 未填.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TruthfulHeadlineFunctionalTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern RANKS_FIRST = Pattern.compile("([^，；。：]+?)签约([0-9.]+)亿元，居首");

	private Path folder;

	private JsonNode zh;

	private JsonNode en;

	private JsonNode july;

	@BeforeAll
	void writeTheReports(@TempDir Path work) throws IOException {
		Path reports = work.resolve("reports");
		String[] common = { "--scope", "招远市", "--data", work.resolve("data").toString(), "--out", reports.toString(),
				"--no-deliver" };
		CliRun run = cli(concat(new String[] { "run", "--month", "2019-07", "--input", "input" }, common));
		assertThat(run.status()).as(run.err()).isZero();
		for (String[] period : new String[][] { { "--period", "2019-Q3" },
				{ "--period", "2019-Q3", "--lang", "en" } }) {
			CliRun report = cli(concat(concat(new String[] { "report" }, period), common));
			assertThat(report.status()).as(report.err()).isZero();
		}
		this.folder = reports.resolve("招远市").resolve("2019-Q3");
		this.zh = JSON.readTree(this.folder.resolve("招远市_2019-Q3.json").toFile());
		this.en = JSON.readTree(this.folder.resolve("招远市_2019-Q3_en.json").toFile());
		this.july = JSON.readTree(reports.resolve("招远市").resolve("2019-07").resolve("招远市_2019-07.json").toFile());
	}

	@Test
	void aTerminatedProjectIsMarkedInTheTopTenAndNeverTheLargest() {
		JsonNode top = this.zh.get("topProjects");
		assertThat(top.get(0).get("name").asString()).isEqualTo("广宇黄金首饰智能制造项目");
		assertThat(top.get(0).get("amountWan").asString()).isEqualTo("97000.00");
		assertThat(top.get(0).get("status").asString()).isEqualTo("已终止");
		JsonNode largestLive = null;
		for (JsonNode project : top) {
			assertThat(project.get("status").asString()).isIn("已签约", "已开工", "已投产", "已终止");
			if (largestLive == null && !project.get("status").asString().equals("已终止")) {
				largestLive = project;
			}
		}
		assertThat(largestLive).isNotNull();
		assertThat(largestLive.get("name").asString()).isEqualTo("柔性集成电路项目");
		assertThat(highlight(this.zh, "largestProject")).isEqualTo("未终止项目中最大：柔性集成电路项目，5.00亿元，落户招远经济技术开发区");
		assertThat(highlight(this.en, "largestProject"))
			.startsWith("Largest project not terminated: 柔性集成电路项目, CNY 500 mn");
		// the period's agreed investment says how much of it is terminated: the two
		// projects of the 2019-09-02 event
		JsonNode signings = this.zh.get("signings");
		assertThat(signings.get("terminated").asLong()).isEqualTo(2);
		assertThat(signings.get("terminatedAmountWan").asString()).isEqualTo("103300.00");
		String projects = paragraph(this.zh, 1);
		assertThat(projects).contains("协议投资额27.58亿元（其中已终止2个、10.33亿元）", "未终止项目中单体规模最大的是柔性集成电路项目（5.00亿元）");
		assertThat(this.zh.get("narrative").asString()).doesNotContain("广宇");
		assertThat(paragraph(this.en, 1)).contains(
				"Agreed investment came to CNY 2.76 bn (including CNY 1.03 bn in 2 projects since terminated)",
				"of the projects not terminated, the largest is 柔性集成电路项目 (CNY 500 mn)");
		assertThat(tile(this.zh, "amountWan").get("detail").asString()).endsWith("含已终止2个、10.33亿元");
	}

	@Test
	void ranksFirstOnlyForTheLargestRowOrAmongTheTownsWithTheCityItselfFirst() {
		for (JsonNode report : List.of(this.zh, this.july)) {
			String text = paragraph(report, 1);
			BigDecimal largest = BigDecimal.ZERO;
			for (JsonNode row : report.get("byRegion")) {
				if (!row.get("amountWan").isNull()) {
					largest = largest.max(new BigDecimal(row.get("amountWan").asString()));
				}
			}
			Matcher first = RANKS_FIRST.matcher(text);
			assertThat(first.find()).as(text).isTrue();
			BigDecimal ranked = new BigDecimal(first.group(2)).multiply(BigDecimal.valueOf(10_000));
			if (ranked.compareTo(largest) < 0) {
				// not the largest row: the ranking is among the towns and zones, with the
				// city itself said first
				assertThat(text.substring(0, first.start())).endsWith("各镇街区中，");
				assertThat(text.indexOf("市本级签约")).isBetween(0, first.start());
			}
		}
		assertThat(paragraph(this.zh, 1)).contains("分地区看，市本级签约15.30亿元；各镇街区中，招远经济技术开发区签约8.36亿元，居首")
			.doesNotContain("居首；市本级");
		assertThat(paragraph(this.en, 1)).contains("By region, CNY 1.53 bn was signed at city level; among the "
				+ "towns and zones, Zhaoyuan Economic and Technological Development Zone (招远经济技术开发区) led with CNY 836 mn");
	}

	@Test
	void aStrategicAgreementIsNeverUnfilled() {
		assertThat(this.zh.get("kpis").get("projectsWithoutAmount").get("month").asLong()).isZero();
		assertThat(this.zh.get("kpis").get("amountWan").get("unreported").get("month").asLong()).isZero();
		assertThat(this.zh.get("signings").get("projectsUnagreed").asLong()).isEqualTo(5);
		long listedWithoutAmount = 0;
		for (JsonNode project : this.zh.get("projects")) {
			if (project.get("amountWan").isNull()) {
				listedWithoutAmount++;
				assertThat(project.get("agreementType").asString()).isNotEqualTo("投资协议");
			}
		}
		assertThat(listedWithoutAmount).isEqualTo(5);
		assertThat(tile(this.zh, "projects").get("detail").asString()).isEqualTo("含战略合作协议5个、框架协议1个");
		assertThat(tile(this.zh, "amountWan").get("detail").asString()).startsWith("5个战略合作协议未约定投资额");
		assertThat(paragraph(this.zh, 1)).contains("本期新签约项目19个，比上年同期增加5个；其中5个为战略合作协议，未约定投资额。");
		assertThat(this.zh.get("narrative").asString()).doesNotContain("未填投资额");
	}

	@Test
	void thePdfSaysTheSameOnPageOneAndInTheTopTen() throws IOException {
		List<String> pages = pages("招远市_2019-Q3.pdf", true);
		// the tiles' lines wrap side by side: read in the order they were written
		String first = pages("招远市_2019-Q3.pdf", false).get(0);
		assertThat(first)
			.contains("未终止项目中最大：柔性集成电路项目，5.00亿元", "含已终止2个、10.33亿元", "5个战略合作协议未约定投资额",
					"本期新签约项目中5个为战略合作协议，未约定投资额，不计入协议投资额。")
			.doesNotContain("最大项目：广宇");
		String all = String.join("", pages);
		// the paragraph may run onto page 2, past its footer and running head
		assertThat(all).containsSubsequence("市本级签约15.30亿元；各镇街区中，", "招远经济技术开发", "签约8.36亿元，居首")
			.contains("其中5个为战略合作协议，未约定投资额（")
			.doesNotContain("居首；市本级");
		// 未填投资额 only as the KPI row's name, which counts investment agreements
		assertThat(all.replace("未填投资额项目（个）", "")).doesNotContain("未填投资额");
		String top = pages.stream().filter((p) -> p.contains("投资额前十项目")).findFirst().orElseThrow();
		assertThat(top.substring(top.indexOf("投资额前十项目"))).containsSubsequence("期末", "状态", "9.702019-09-02已终止",
				"5.002019-07-28已签约", "0.632019-09-02已终止");
		String en = String.join("", pages("招远市_2019-Q3_en.pdf", true)) + pages("招远市_2019-Q3_en.pdf", false).get(0);
		assertThat(en).contains("Statusatend", "9.702019-09-02Terminated",
				"5strategiccooperationagreementssetnoamount");
	}

	@Test
	void theWorkbooksTopTenHasTheStatusColumn() throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(this.folder.resolve("招远市_2019-Q3.xlsx").toFile())) {
			Sheet top = workbook.getSheet("前十项目");
			Row header = rowWith(top, "排名");
			int status = columnOf(header, "期末状态");
			assertThat(status).isPositive();
			assertThat(rowWith(top, "广宇黄金首饰智能制造项目").getCell(status).getStringCellValue()).isEqualTo("已终止");
			assertThat(rowWith(top, "柔性集成电路项目").getCell(status).getStringCellValue()).isEqualTo("已签约");
			Sheet overview = workbook.getSheetAt(0);
			assertThat(rowWith(overview, "■ 未终止项目中最大：柔性集成电路项目")).isNotNull();
			assertThat(rowWith(overview, "本期新签约项目中5个为战略合作协议，未约定投资额")).isNotNull();
		}
	}

	private static String paragraph(JsonNode report, int index) {
		JsonNode p = report.get("narrativeParagraphs").get(index);
		return p.get("heading").asString() + p.get("text").asString();
	}

	private static String highlight(JsonNode report, String key) {
		for (JsonNode h : report.get("frontPage").get("highlights")) {
			if (h.get("key").asString().equals(key)) {
				return h.get("text").asString();
			}
		}
		throw new AssertionError("no highlight " + key);
	}

	private static JsonNode tile(JsonNode report, String key) {
		for (JsonNode t : report.get("frontPage").get("tiles")) {
			if (t.get("key").asString().equals(key)) {
				return t;
			}
		}
		throw new AssertionError("no tile " + key);
	}

	/**
	 * Each page's text, without white space, in reading order or in the order it was
	 * written.
	 */
	private List<String> pages(String file, boolean byPosition) throws IOException {
		List<String> pages = new ArrayList<>();
		try (PDDocument pdf = Loader.loadPDF(this.folder.resolve(file).toFile())) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(byPosition);
			for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
				stripper.setStartPage(i);
				stripper.setEndPage(i);
				pages.add(stripper.getText(pdf).replaceAll("\\s", ""));
			}
		}
		return pages;
	}

	private static Row rowWith(Sheet sheet, String start) {
		for (Row row : sheet) {
			for (Cell cell : row) {
				if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().startsWith(start)) {
					return row;
				}
			}
		}
		throw new AssertionError("no row with " + start + " in " + sheet.getSheetName());
	}

	private static int columnOf(Row header, String label) {
		for (Cell cell : header) {
			if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(label)) {
				return cell.getColumnIndex();
			}
		}
		return -1;
	}

	private static String[] concat(String[] first, String[] second) {
		String[] all = new String[first.length + second.length];
		System.arraycopy(first, 0, all, 0, first.length);
		System.arraycopy(second, 0, all, first.length, second.length);
		return all;
	}

}
