package cn.investpromo.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
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

import cn.investpromo.report.MonthlyReport;

import static cn.investpromo.cli.CliRun.cli;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 22, points 3, 4 and 6, on the sample ledgers as the command line writes them:
 * 招远市's ledgers begin in January 2018, so the Q3 2019 trend's 2017-Q4 and the 2019
 * trend's 2015–2017 are unknown (null, blank, a note), never zero; 四川省's begin in October
 * 2018; the rejected June 推介会 is named beside July's 环比; funds and 到位率 nobody reported
 * are unknown; the July report shows no date after 31 July; a month not over is partial;
 * a month not begun is refused.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TruthInTimeFunctionalTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Path reports;

	private String[] common;

	private JsonNode july;

	@BeforeAll
	void writeTheReports(@TempDir Path work) throws IOException {
		this.reports = work.resolve("reports");
		this.common = new String[] { "--data", work.resolve("data").toString(), "--out", this.reports.toString(),
				"--no-deliver" };
		ok(cli(concat("run", "--month", "2019-07", "--scope", "招远市", "--input", "input")));
		ok(cli(concat("report", "--period", "2019-Q3", "--scope", "招远市")));
		ok(cli(concat("report", "--period", "2019", "--scope", "招远市")));
		ok(cli(concat("report", "--month", "2019-07", "--scope", "招远市", "--lang", "en")));
		ok(cli(concat("report", "--month", "2019-07", "--scope", "四川省")));
		this.july = json("招远市", "2019-07", "招远市_2019-07.json");
	}

	@Test
	void theQuartersBeforeTheLedgersAreUnknownInTheJsonTheChartAndTheSheet() throws IOException {
		// given
		JsonNode q3 = json("招远市", "2019-Q3", "招远市_2019-Q3.json");
		// then: 2017-Q4 unknown, 2018-Q1 the ledgers' first quarter
		JsonNode first = q3.get("trend").get(0);
		assertThat(first.get("period").asString()).isEqualTo("2017-Q4");
		assertThat(first.get("events").isNull()).isTrue();
		assertThat(first.get("projects").isNull()).isTrue();
		assertThat(first.get("amountWan").isNull()).isTrue();
		assertThat(q3.get("trend").get(1).get("events").asLong()).isEqualTo(14);
		assertThat(q3.get("period").get("coveredFrom").asString()).isEqualTo("2018-01");
		String note = "2017年第四季度无台账数据（台账自2018年1月起），图中留空，不计为0。";
		assertThat(flat(pdf("招远市", "2019-Q3", "招远市_2019-Q3.pdf"))).contains(note);
		try (XSSFWorkbook workbook = workbook("招远市", "2019-Q3", "招远市_2019-Q3.xlsx")) {
			Sheet trend = workbook.getSheet("季度走势");
			Row row = findRow(trend, "2017-Q4");
			for (int c = 1; c <= 3; c++) {
				Cell cell = row.getCell(c);
				// an empty cell, which the trend chart draws as a gap
				assertThat(cell == null || cell.getCellType() == CellType.BLANK).as("column %d", c).isTrue();
			}
			assertThat(findRow(trend, note)).isNotNull();
		}
	}

	@Test
	void theYearsBeforeTheLedgersAreUnknownNotALeapFromZero() throws IOException {
		// given
		JsonNode year = json("招远市", "2019", "招远市_2019.json");
		// then
		List<String> points = new ArrayList<>();
		year.get("trend")
			.forEach((p) -> points.add(p.get("period").asString() + " "
					+ (p.get("events").isNull() ? "null" : p.get("events").asString())));
		assertThat(points).containsExactly("2015 null", "2016 null", "2017 null", "2018 53", "2019 40");
		assertThat(flat(pdf("招远市", "2019", "招远市_2019.pdf"))).contains("2015年、2016年、2017年无台账数据（台账自2018年1月起），图中留空，不计为0。");
	}

	@Test
	void aComparisonWithAPeriodBeforeTheLedgersIsUnknown() throws IOException {
		// given: 四川省's ledgers begin in October 2018
		JsonNode sichuan = json("四川省", "2019-07", "四川省_2019-07.json");
		// then
		JsonNode projects = sichuan.get("kpis").get("projects");
		assertThat(projects.get("previousMonth").asLong()).isEqualTo(1);
		assertThat(projects.get("sameMonthLastYear").isNull()).isTrue();
		assertThat(projects.get("ytdLastYear").isNull()).isTrue();
		assertThat(projects.get("changePercent").get("yearOnYear").isNull()).isTrue();
		assertThat(projects.get("changePercent").get("ytd").isNull()).isTrue();
		String note = "上年同月、上年同期累计无台账数据（台账自2018年10月起），不作比较。";
		assertThat(sichuan.get("kpiNotes").get(0).asString()).isEqualTo(note);
		String page = flat(pdfPage(this.reports.resolve("四川省").resolve("2019-07").resolve("四川省_2019-07.pdf"), 1));
		assertThat(page).contains("签约项目（个）01-100.0%——5——", note);
	}

	@Test
	void theRejectedJuneRowIsNamedBesideJulysComparisons() throws IOException {
		// then: the JSON
		JsonNode compared = this.july.get("dataQuality").get("comparedRejects");
		assertThat(compared).hasSize(1);
		assertThat(compared.get(0).get("comparison").asString()).isEqualTo("previousMonth");
		assertThat(compared.get(0).get("kind").asString()).isEqualTo("events");
		assertThat(compared.get(0).get("rows").asLong()).isEqualTo(1);
		String note = "上月有1行活动台账被拒收，未计入上月数。";
		assertThat(this.july.get("kpiNotes").get(0).asString()).isEqualTo(note);
		// the PDF's first page, under the KPI table, in both languages
		Path dir = this.reports.resolve("招远市").resolve("2019-07");
		assertThat(flat(pdfPage(dir.resolve("招远市_2019-07.pdf"), 1))).contains(note);
		// in English the front page's five highlights (issue 21) push the KPI table's
		// notes to the top of page 2: still right under the table, before the summary
		String english = (pdfPage(dir.resolve("招远市_2019-07_en.pdf"), 1) + pdfPage(dir.resolve("招远市_2019-07_en.pdf"), 2))
			.replaceAll("\\s+", " ");
		assertThat(english).contains("Previous month: 1 row of the events ledger was rejected and is not counted.");
		assertThat(english.indexOf("Previous month: 1 row")).isGreaterThan(english.indexOf("Key figures"))
			.isLessThan(english.indexOf("Summary"));
		// the workbook's overview
		try (XSSFWorkbook workbook = workbook("招远市", "2019-07", "招远市_2019-07.xlsx")) {
			assertThat(findRow(workbook.getSheet("总览"), note)).isNotNull();
		}
	}

	@Test
	void fundsAndRatesNobodyReportedAreUnknownWithTheCountOfThoseReporting() throws IOException {
		// then: 市内 and 来源地未知 have one project each and neither reports funds
		List<String> sources = new ArrayList<>();
		this.july.get("fundsArrived")
			.get("bySource")
			.forEach((s) -> sources.add(String.join(" ", s.get("name").asString(), s.get("projects").asString(),
					s.get("reportingProjects").asString(),
					s.get("amountWan").isNull() ? "null" : s.get("amountWan").asString())));
		assertThat(sources).containsExactly("省外 29 4 13000.00", "市外省内 2 1 2000.00", "市内 1 0 null", "来源地未知 1 0 null");
		// 到位率 over 2 of 23 projects is withheld, and the report says why
		JsonNode total = this.july.get("eventFollowThroughTotal");
		assertThat(total.get("projects").asLong()).isEqualTo(23);
		assertThat(total.get("projectsWithoutFunds").asLong()).isEqualTo(21);
		assertThat(total.get("fundsRatePercent").isNull()).isTrue();
		String pdf = flat(pdf("招远市", "2019-07", "招远市_2019-07.pdf"));
		// the PDF shows the funds ledger's arrivals instead of the cumulative column
		// (issue 21)
		assertThat(pdf).contains("到位率仅在填报到位资金的项目不少于50%时计算，其余记为“—”；合计23个项目中2个填报。").doesNotContain("44.2%");
	}

	@Test
	void theJulyReportShowsNoDateAfterJuly() throws IOException {
		// then: 金鹰高性能陶瓷新材料项目 started in January 2019 and produced only on 26 October
		JsonNode ceramics = null;
		for (JsonNode p : this.july.get("keyProjects")) {
			if (p.get("name").asString().equals("金鹰高性能陶瓷新材料项目")) {
				ceramics = p;
			}
		}
		assertThat(ceramics).isNotNull();
		assertThat(ceramics.get("status").asString()).isEqualTo("已开工");
		assertThat(ceramics.get("constructionDate").asString()).isEqualTo("2019-01-12");
		assertThat(ceramics.get("productionDate").isNull()).isTrue();
		// no listed date of the JSON or the PDF lies after 31 July 2019 (the time the
		// report was generated aside)
		assertThat(datesAfterJuly(this.july.get("keyProjects").toString())).isEmpty();
		assertThat(datesAfterJuly(this.july.get("projects").toString())).isEmpty();
		String pdf = pdf("招远市", "2019-07", "招远市_2019-07.pdf").replaceAll("生成时间：\\S+", "");
		assertThat(datesAfterJuly(pdf)).isEmpty();
	}

	@Test
	void aMonthNotOverIsPartialUpToTodayAndAMonthNotBegunIsRefused() throws IOException {
		// given: today as the bureaus' clock has it
		LocalDate today = LocalDate.now(MonthlyReport.ZONE);
		YearMonth now = YearMonth.from(today);
		YearMonth later = now.plusMonths(2);
		// when
		CliRun current = cli(concat("report", "--month", now.toString(), "--scope", "招远市"));
		CliRun future = cli(concat("report", "--month", later.toString(), "--scope", "招远市"));
		// then
		ok(current);
		JsonNode partial = json("招远市", now.toString(), "招远市_" + now + ".json");
		assertThat(partial.get("period").get("partial").asBoolean()).isTrue();
		assertThat(partial.get("period").get("dataUntil").asString()).isEqualTo(today.toString());
		String mark = "截至" + today.getMonthValue() + "月" + today.getDayOfMonth() + "日，本月尚未结束，数字不完整";
		assertThat(flat(pdfPage(this.reports.resolve("招远市").resolve(now.toString()).resolve("招远市_" + now + ".pdf"), 1)))
			.contains(mark);
		assertThat(future.status()).isEqualTo(2);
		assertThat(future.err()).contains(later + " 尚未开始，无可报告的数据 / " + later + " has not begun yet");
		assertThat(this.reports.resolve("招远市").resolve(later.toString())).doesNotExist();
		// the July 2019 report is over
		assertThat(this.july.get("period").get("partial").asBoolean()).isFalse();
		assertThat(this.july.get("period").get("dataUntil").isNull()).isTrue();
	}

	private static List<String> datesAfterJuly(String text) {
		List<String> after = new ArrayList<>();
		Matcher m = Pattern.compile("(20\\d\\d)-(\\d\\d)-(\\d\\d)").matcher(text);
		while (m.find()) {
			if (LocalDate.parse(m.group()).isAfter(LocalDate.of(2019, 7, 31))) {
				after.add(m.group());
			}
		}
		return after;
	}

	private String[] concat(String... args) {
		String[] all = new String[args.length + this.common.length];
		System.arraycopy(args, 0, all, 0, args.length);
		System.arraycopy(this.common, 0, all, args.length, this.common.length);
		return all;
	}

	private static void ok(CliRun run) {
		assertThat(run.status()).as(run.err()).isZero();
	}

	private JsonNode json(String scope, String period, String name) throws IOException {
		return JSON.readTree(this.reports.resolve(scope).resolve(period).resolve(name).toFile());
	}

	private String pdf(String scope, String period, String name) throws IOException {
		try (PDDocument pdf = Loader.loadPDF(this.reports.resolve(scope).resolve(period).resolve(name).toFile())) {
			return new PDFTextStripper().getText(pdf);
		}
	}

	private static String pdfPage(Path file, int page) throws IOException {
		try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setStartPage(page);
			stripper.setEndPage(page);
			return stripper.getText(pdf);
		}
	}

	private XSSFWorkbook workbook(String scope, String period, String name) throws IOException {
		return new XSSFWorkbook(Files.newInputStream(this.reports.resolve(scope).resolve(period).resolve(name)));
	}

	private static Row findRow(Sheet sheet, String text) {
		for (Row row : sheet) {
			Cell cell = row.getCell(0);
			if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
				return row;
			}
		}
		throw new AssertionError("no row starting with " + text + " in " + sheet.getSheetName());
	}

	private static String flat(String text) {
		return text.replaceAll("\\s+", "");
	}

}
