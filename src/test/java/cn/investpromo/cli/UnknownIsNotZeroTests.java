package cn.investpromo.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
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
 * Issue 9, point 3, on the sample ledgers: a blank 参会企业数 or 协议投资额 is unknown, never zero,
 * in the JSON ({@code null}, with the unreported counts), the workbook ("—", 未填, a note)
 * and the PDF; the 招远市 2019-07 参会企业 comparison (32 against 165, a blank on both sides)
 * gives no change, where it used to print −80.6%.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnknownIsNotZeroTests {

	private static final Path SAMPLE_INPUT = Path.of("input");

	private Path reports;

	private JsonNode json;

	private List<Map<String, Object>> julyEvents;

	private List<Map<String, Object>> julyProjects;

	@BeforeAll
	void runOnSampleLedgers(@TempDir Path work) throws IOException {
		this.reports = work.resolve("reports");
		CliRun run = cli("run", "--month", "2019-07", "--scope", "招远市", "--input", SAMPLE_INPUT.toString(), "--data",
				work.resolve("data").toString(), "--out", this.reports.toString(), "--no-deliver");
		assertThat(run.status()).as(run.err()).isZero();
		CliRun english = cli("report", "--month", "2019-07", "--scope", "招远市", "--lang", "en", "--data",
				work.resolve("data").toString(), "--out", this.reports.toString(), "--no-deliver");
		assertThat(english.status()).as(english.err()).isZero();
		this.json = JsonMapper.builder().build().readTree(report("json").toFile());
		// the ledger read independently with POI's user model
		EndToEndTests.Ledger ledger = EndToEndTests.Ledger.read(SAMPLE_INPUT.resolve("招远市招商台账2019.xlsx"));
		this.julyEvents = ledger.rows("招商活动", "开始日期", YearMonth.of(2019, 7));
		this.julyProjects = ledger.rows("签约项目", "签约日期", YearMonth.of(2019, 7));
	}

	@Test
	void jsonHasNullWhereAValueIsUnknownAndCountsTheBlanks() {
		// given: the ledger's July events without 参会企业数, and projects without 协议投资额
		long eventsWithoutEnterprises = this.julyEvents.stream().filter((row) -> row.get("参会企业数") == null).count();
		long projectsWithoutAmount = this.julyProjects.stream().filter((row) -> row.get("协议投资额") == null).count();
		assertThat(eventsWithoutEnterprises).isEqualTo(1);
		assertThat(projectsWithoutAmount).isEqualTo(3);
		// then: the 参会企业 comparison has blanks on both sides, so no change is computed
		// (no "-80.6")
		JsonNode enterprises = this.json.get("kpis").get("enterprises");
		assertThat(enterprises.get("month").asLong()).isEqualTo(32);
		assertThat(enterprises.get("previousMonth").asLong()).isEqualTo(165);
		assertThat(enterprises.get("unreported").get("month").asLong()).isEqualTo(eventsWithoutEnterprises);
		assertThat(enterprises.get("unreported").get("previousMonth").asLong()).isEqualTo(1);
		assertThat(enterprises.get("changePercent").get("monthOnMonth").isNull()).isTrue();
		assertThat(enterprises.get("changePercent").get("yearOnYear").isNull()).isTrue();
		assertThat(enterprises.get("changePercent").get("ytd").isNull()).isTrue();
		// attendees are all given in July and June: their change stays
		JsonNode attendees = this.json.get("kpis").get("attendees");
		assertThat(attendees.get("unreported").get("month").asLong()).isZero();
		assertThat(attendees.get("changePercent").get("monthOnMonth").asString()).isEqualTo("-41.6");
		// the amount is the sum of the amounts given; July's three projects without one
		// are 战略合作协议, which set none: counted beside it, never as 未填 (issue 22)
		JsonNode amount = this.json.get("kpis").get("amountWan");
		assertThat(amount.get("month").asString()).isEqualTo("143000.00");
		assertThat(amount.get("unreported").get("month").asLong()).isZero();
		assertThat(this.json.get("kpis").get("projectsWithoutAmount").get("month").asLong()).isZero();
		assertThat(this.json.get("signings").get("projectsUnagreed").asLong()).isEqualTo(projectsWithoutAmount);
		assertThat(this.json.get("signings").get("byAgreementType")).anySatisfy((type) -> {
			assertThat(type.get("type").asString()).isEqualTo("战略合作协议");
			assertThat(type.get("withoutAmount").asLong()).isEqualTo(projectsWithoutAmount);
		});
		// 推介会: its one event left 参会企业数 blank, so the type's enterprises are unknown
		JsonNode promotion = find(this.json.get("eventsByType"), "typeCode", "PROMOTION");
		assertThat(promotion.get("enterprises").isNull()).isTrue();
		assertThat(promotion.get("eventsWithoutEnterprises").asLong()).isEqualTo(1);
		assertThat(promotion.get("attendees").asLong()).isEqualTo(200);
		// 现代服务业's one project has no amount: null, not "0.00", and no share
		JsonNode services = find(this.json.get("byIndustry"), "code", "SVC");
		assertThat(services.get("projects").asLong()).isEqualTo(1);
		assertThat(services.get("amountWan").isNull()).isTrue();
		assertThat(services.get("sharePercent").isNull()).isTrue();
		assertThat(services.get("projectsWithoutAmount").asLong()).isEqualTo(1);
		// 黄金珠宝 has 3 projects, 2 with an amount: the known sum and the one without
		JsonNode jewellery = find(this.json.get("byIndustry"), "code", "JEW");
		assertThat(jewellery.get("amountWan").asString()).isEqualTo("7000.00");
		assertThat(jewellery.get("projectsWithoutAmount").asLong()).isEqualTo(1);
		long unknownCells = 0;
		for (JsonNode cell : this.json.get("byRegionIndustry")) {
			if (cell.get("amountWan").isNull()) {
				unknownCells++;
				assertThat(cell.get("projectsWithoutAmount").asLong()).isEqualTo(cell.get("projects").asLong());
			}
		}
		assertThat(unknownCells).isEqualTo(3);
		long unknownListed = 0;
		for (JsonNode project : this.json.get("projects")) {
			if (project.get("amountWan").isNull()) {
				unknownListed++;
			}
		}
		assertThat(unknownListed).isEqualTo(projectsWithoutAmount);
		// the trend counts 未填 only: none in July
		assertThat(this.json.get("trend").get(12).get("projectsWithoutAmount").asLong()).isZero();
		long regionBlanks = 0;
		for (JsonNode region : this.json.get("byRegion")) {
			regionBlanks += region.get("projectsWithoutAmount").asLong();
		}
		assertThat(regionBlanks).isEqualTo(projectsWithoutAmount);
	}

	@Test
	void workbookShowsDashAndUnfilledWithTheUnreportedCounts() throws IOException {
		try (Workbook workbook = new XSSFWorkbook(Files.newInputStream(report("xlsx")))) {
			// the KPI row: 32 and 165 given, the changes "—", and the line that says why
			Row enterprises = rowStartingWith(workbook.getSheet("总览"), "参会企业（家）");
			assertThat(enterprises.getCell(1).getNumericCellValue()).isEqualTo(32);
			assertThat(enterprises.getCell(3).getStringCellValue()).isEqualTo("—");
			assertThat(enterprises.getCell(5).getStringCellValue()).isEqualTo("—");
			assertThat(enterprises.getCell(8).getStringCellValue()).isEqualTo("—");
			assertThat(texts(workbook.getSheet("总览")))
				.contains("参会企业数未填：本月1场、上月1场、上年同月1场、本年累计3场、上年同期累计2场；比较的任一方有未填的，不计算增减。");
			// 分产业: "—" for 现代服务业, never 0.00, and the note naming the industries with
			// blanks
			Row services = rowStartingWith(workbook.getSheet("分产业"), "现代服务业");
			assertThat(services.getCell(3).getStringCellValue()).isEqualTo("—");
			assertThat(services.getCell(4).getStringCellValue()).isEqualTo("—");
			assertThat(texts(workbook.getSheet("分产业")))
				.contains("其中3个为战略合作协议，未约定投资额（生物医药与大健康1个、黄金珠宝1个、现代服务业1个），不计入协议投资额。");
			// 地区 × 产业: 本级's 现代服务业 cell and the column's total
			Sheet cross = workbook.getSheet("地区产业交叉");
			Row header = rowStartingWith(cross, "地区");
			int services2 = columnOf(header, "现代服务业");
			assertThat(rowStartingWith(cross, "市本级").getCell(services2).getStringCellValue()).isEqualTo("—");
			assertThat(rowStartingWith(cross, "合计").getCell(services2).getStringCellValue()).isEqualTo("—");
			// 活动类型: the 推介会's enterprises unknown, with the note
			Row promotion = rowStartingWith(workbook.getSheet("活动类型"), "推介会");
			assertThat(promotion.getCell(2).getNumericCellValue()).isEqualTo(200);
			assertThat(promotion.getCell(3).getStringCellValue()).isEqualTo("—");
			assertThat(texts(workbook.getSheet("活动类型"))).contains("其中1场活动未填参会企业数（推介会1场），不计入参会企业数。");
			// the lists: 未填 for the conference's enterprises, 未约定 for each 战略合作协议
			// without an amount
			Row conference = rowContaining(workbook.getSheet("活动清单"), "招远市招商引资招才引智推介会（深圳）");
			assertThat(conference.getCell(10).getStringCellValue()).isEqualTo("未填");
			assertThat(texts(workbook.getSheet("项目清单")).stream().filter("未约定"::equals)).hasSize(3);
			assertThat(texts(workbook.getSheet("项目清单"))).doesNotContain("未填");
		}
	}

	@Test
	void pdfShowsDashAndUnfilledAndNoChangeFromBlanks() throws IOException {
		try (PDDocument pdf = Loader.loadPDF(report("pdf").toFile())) {
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
			// 32 against 165, 111 a year ago, 644 against 756: no change where either
			// side has a blank
			assertThat(text).contains("参会企业（家）32165—111—644756—").doesNotContain("-80.6%");
			assertThat(text)
				.contains("参会企业数未填：本月1场、上月1场、上年同月1场、本年累计3场、上年同期累计2场；比较的任一方有未填的，不计算增减。",
						"本月新签约项目中3个为战略合作协议，未约定投资额，不计入协议投资额。", "其中3个为战略合作协议，未约定投资额（市本级2个、招远经济技术开发区1个），不计入协议投资额。",
						"现代服务业1——", "其中3个为战略合作协议，未约定投资额（生物医药与大健康1个、黄金珠宝1个、现代服务业1个），不计入协议投资额。")
				.doesNotContain("投资额未填：")
				.doesNotContain("未填投资额（");
			// the event list: the conference's 200 attendees and its blank 参会企业数
			assertThat(text).contains("广东省深圳市200未填");
		}
	}

	@Test
	void englishSaysNotAvailableAndHowManyDidNotReport() throws IOException {
		try (PDDocument pdf = Loader.loadPDF(report("_en.pdf").toFile())) {
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			assertThat(text).contains("Enterprises not reported: This month: 1 event, Previous month: 1 event",
					"no change is computed where either side has events that did not report",
					"Projects with no amount agreed (", "3 are strategic cooperation agreements, which set none",
					"the agreed investment leaves them out", "200 not reported");
		}
		JsonNode english = JsonMapper.builder().build().readTree(report("_en.json").toFile());
		assertThat(english.get("kpis")).isEqualTo(this.json.get("kpis"));
	}

	// --- helpers ---

	private Path report(String suffix) {
		String name = suffix.startsWith("_") ? "招远市_2019-07" + suffix : "招远市_2019-07." + suffix;
		return this.reports.resolve("招远市").resolve("2019-07").resolve(name);
	}

	private static JsonNode find(JsonNode array, String field, String value) {
		for (JsonNode node : array) {
			if (node.get(field).asString().equals(value)) {
				return node;
			}
		}
		throw new AssertionError("no " + field + "=" + value + " in " + array);
	}

	private static Row rowStartingWith(Sheet sheet, String first) {
		for (Row row : sheet) {
			Cell cell = row.getCell(0);
			if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(first)) {
				return row;
			}
		}
		throw new AssertionError("no row " + first + " on " + sheet.getSheetName());
	}

	private static Row rowContaining(Sheet sheet, String text) {
		for (Row row : sheet) {
			for (Cell cell : row) {
				if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
					return row;
				}
			}
		}
		throw new AssertionError("no row with " + text + " on " + sheet.getSheetName());
	}

	private static int columnOf(Row header, String text) {
		for (Cell cell : header) {
			if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
				return cell.getColumnIndex();
			}
		}
		throw new AssertionError("no column " + text);
	}

	private static List<String> texts(Sheet sheet) {
		List<String> texts = new ArrayList<>();
		for (Row row : sheet) {
			for (Cell cell : row) {
				if (cell.getCellType() == CellType.STRING) {
					texts.add(cell.getStringCellValue());
				}
			}
		}
		return texts;
	}

}
