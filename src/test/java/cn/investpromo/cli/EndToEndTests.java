package cn.investpromo.cli;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
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

import cn.investpromo.report.ReportLanguage;
import cn.investpromo.report.pdf.PdfPages;

import static cn.investpromo.cli.CliRun.cli;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the real command line on the sample ledgers in {@code input/} and checks the 招远市
 * 2019-07 report in all three outputs against figures computed independently from the
 * ledger workbook with POI's user model.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EndToEndTests {

	private static final Path SAMPLE_INPUT = Path.of("input");

	private static final String ZHAOYUAN_2019 = "招远市招商台账2019.xlsx";

	private Path work;

	private Path data;

	private Path reports;

	private CliRun firstRun;

	private JsonNode json;

	@BeforeAll
	void runOnSampleLedgers(@TempDir Path work) throws IOException {
		this.work = work;
		this.data = this.work.resolve("data");
		this.reports = this.work.resolve("reports");
		this.firstRun = cli("run", "--month", "2019-07", "--scope", "招远市", "--input", SAMPLE_INPUT.toString(), "--data",
				this.data.toString(), "--out", this.reports.toString());
		this.json = JsonMapper.builder().build().readTree(reportFile("json").toFile());
	}

	@Test
	void runWritesAllThreeFilesAndSaysSoInOneLine() {
		// then
		assertThat(this.firstRun.status()).as(this.firstRun.err()).isZero();
		assertThat(reportFile("xlsx")).isRegularFile();
		assertThat(reportFile("pdf")).isRegularFile();
		assertThat(reportFile("json")).isRegularFile();
		assertThat(this.firstRun.out()).contains("import completed").contains("report 招远市 2019-07 written");
		assertThat(this.firstRun.err()).doesNotContain("Exception").doesNotContain("\tat ");
	}

	@Test
	void jsonCountsTheShenzhenConferenceAndTheTwelveProjectsSignedThere() throws IOException {
		// given: the ledger rows, read independently
		Ledger ledger = Ledger.read(SAMPLE_INPUT.resolve(ZHAOYUAN_2019));
		YearMonth july = YearMonth.of(2019, 7);
		List<Map<String, Object>> julyEvents = ledger.rows("招商活动", "开始日期", july);
		List<Map<String, Object>> julyProjects = ledger.rows("签约项目", "签约日期", july);
		// then
		assertThat(this.json.get("month").asString()).isEqualTo("2019-07");
		assertThat(this.json.get("scope").get("code").asString()).isEqualTo("370685");
		JsonNode kpis = this.json.get("kpis");
		assertThat(kpis.get("events").get("month").asLong()).isEqualTo(julyEvents.size());
		assertThat(kpis.get("attendees").get("month").asLong()).isEqualTo(sumCounts(julyEvents, "参会人数"));
		assertThat(kpis.get("projects").get("month").asLong()).isEqualTo(12).isEqualTo(julyProjects.size());
		assertThat(new BigDecimal(kpis.get("amountWan").get("month").asString()))
			.isEqualByComparingTo(sumAmounts(julyProjects));
		// 未填投资额 counts the investment agreements without an amount only (issue 22)
		assertThat(kpis.get("projectsWithoutAmount").get("month").asLong()).isEqualTo(julyProjects.stream()
			.filter((row) -> row.get("协议投资额") == null && "投资协议".equals(row.get("协议类型")))
			.count());
		assertThat(this.json.get("signings").get("projectsUnagreed").asLong())
			.isEqualTo(julyProjects.stream()
				.filter((row) -> row.get("协议投资额") == null && !"投资协议".equals(row.get("协议类型")))
				.count())
			.isEqualTo(3);
		// the conference itself, with its 200 attendees
		JsonNode promotion = find(this.json.get("eventsByType"), "type", "推介会");
		assertThat(promotion.get("attendees").asLong()).isGreaterThanOrEqualTo(200);
		assertThat(julyEvents).anySatisfy((row) -> {
			assertThat((String) row.get("活动名称")).contains("深圳");
			assertThat(row.get("参会人数").toString()).startsWith("200");
		});
	}

	@Test
	void comparisonsAreRightAndAChangeAgainstZeroIsNull() {
		// then: the trend's months agree with the KPI comparisons
		JsonNode trend = this.json.get("trend");
		assertThat(trend).hasSize(13);
		assertThat(trend.get(0).get("month").asString()).isEqualTo("2018-07");
		assertThat(trend.get(12).get("month").asString()).isEqualTo("2019-07");
		JsonNode projects = this.json.get("kpis").get("projects");
		assertThat(projects.get("sameMonthLastYear").asLong()).isEqualTo(trend.get(0).get("projects").asLong());
		assertThat(projects.get("previousMonth").asLong()).isEqualTo(trend.get(11).get("projects").asLong());
		long ytd = 0;
		for (int i = 6; i <= 12; i++) {
			ytd += trend.get(i).get("projects").asLong();
		}
		assertThat(projects.get("ytd").asLong()).isEqualTo(ytd);
		JsonNode changes = projects.get("changePercent");
		if (projects.get("previousMonth").asLong() == 0) {
			assertThat(changes.get("monthOnMonth").isNull()).isTrue();
		}
		else {
			assertThat(changes.get("monthOnMonth").isNull()).isFalse();
		}
	}

	@Test
	void breakdownsAddUpToTheHeadlineFigures() {
		// then
		long regionProjects = sum(this.json.get("byRegion"), "projects");
		long industryProjects = sum(this.json.get("byIndustry"), "projects");
		long originProjects = sum(this.json.get("byInvestorOrigin"), "projects");
		long month = this.json.get("kpis").get("projects").get("month").asLong();
		assertThat(regionProjects).isEqualTo(month);
		assertThat(industryProjects).isEqualTo(month);
		assertThat(originProjects).isEqualTo(month);
		BigDecimal regionAmount = sumAmount(this.json.get("byRegion"));
		assertThat(regionAmount).isEqualByComparingTo(this.json.get("kpis").get("amountWan").get("month").asString());
		assertThat(find(this.json.get("byRegion"), "name", "招远经济技术开发区")).isNotNull();
	}

	@Test
	void aRowWithAnUnreadableDateIsRejectedWithItsPlace() {
		// then
		JsonNode rejects = this.json.get("dataQuality").get("rejects");
		assertThat(rejects).isNotEmpty();
		assertThat(rejects).anySatisfy((reject) -> {
			assertThat(reject.get("file").asString()).isEqualTo(ZHAOYUAN_2019);
			assertThat(reject.get("sheet").asString()).isEqualTo("招商活动");
			assertThat(reject.get("row").asInt()).isGreaterThan(3);
			assertThat(reject.get("column").asString()).isEqualTo("开始日期");
			assertThat(reject.get("reason").asString()).contains("日期");
		});
		assertThat(this.json.get("dataQuality").get("files"))
			.anySatisfy((file) -> assertThat(file.get("kind").asString()).isEqualTo("skipped"));
	}

	@Test
	void workbookHoldsTheSameFigures() throws IOException {
		// given
		long projects = this.json.get("kpis").get("projects").get("month").asLong();
		BigDecimal amountYi = new BigDecimal(this.json.get("kpis").get("amountWan").get("month").asString())
			.movePointLeft(4);
		// when
		try (Workbook workbook = new XSSFWorkbook(Files.newInputStream(reportFile("xlsx")))) {
			Sheet overview = workbook.getSheetAt(0);
			// then
			assertThat(numberRightOf(overview, "签约项目（个）")).isEqualTo(projects);
			assertThat(BigDecimal.valueOf(numericRightOf(overview, "协议投资额（亿元）"))).isCloseTo(amountYi,
					org.assertj.core.data.Offset.offset(new BigDecimal("0.000001")));
		}
	}

	@Test
	void noPdfPageEndsWithASectionHeadingLeftAlone() throws IOException {
		// when
		try (PDDocument pdf = Loader.loadPDF(reportFile("pdf").toFile())) {
			// then
			assertThat(PdfPages.lastBodyLines(pdf)).doesNotContainAnyElementsOf(PdfPages.headings(ReportLanguage.ZH));
		}
	}

	@Test
	void namesKeepTheLedgersFullWidthBrackets() throws IOException {
		// when
		try (Workbook workbook = new XSSFWorkbook(Files.newInputStream(reportFile("xlsx")))) {
			List<String> projects = new ArrayList<>();
			for (Row row : workbook.getSheet("项目清单")) {
				for (Cell cell : row) {
					if (cell.getCellType() == CellType.STRING) {
						projects.add(cell.getStringCellValue());
					}
				}
			}
			// then: as the sample ledger writes it, not 柔性集成电路项目投资方(报道未载明)
			assertThat(projects).contains("柔性集成电路项目投资方（报道未载明）");
		}
	}

	@Test
	void pdfEmbedsTheChineseFontAsASubsetAndCarriesChineseText() throws IOException {
		// when
		try (PDDocument pdf = Loader.loadPDF(reportFile("pdf").toFile())) {
			String text = new PDFTextStripper().getText(pdf);
			List<PDFont> fonts = new ArrayList<>();
			for (PDPage page : pdf.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					fonts.add(page.getResources().getFont(name));
				}
			}
			// then
			assertThat(text).contains("招远市").contains("协议投资额");
			assertThat(fonts).isNotEmpty().allSatisfy((font) -> assertThat(font.isEmbedded()).isTrue());
			assertThat(fonts).anySatisfy((font) -> assertThat(font.getName()).matches("[A-Z]{6}\\+.*"));
		}
	}

	@Test
	void aSecondRunSaysTheReportIsDoneAndRerunGivesTheSameFigures() throws IOException {
		// given: a database of its own, since other tests here change the shared one
		Path data = this.work.resolve("rerun-data");
		Path reports = this.work.resolve("rerun-reports");
		String[] run = { "run", "--month", "2019-07", "--scope", "招远市", "--input", SAMPLE_INPUT.toString(), "--data",
				data.toString(), "--out", reports.toString() };
		CliRun first = cli(run);
		// when
		CliRun again = cli(run);
		CliRun rerun = cli("report", "--month", "2019-07", "--scope", "370685", "--rerun", "--data", data.toString(),
				"--out", reports.toString());
		// then
		assertThat(first.status()).as(first.err()).isZero();
		assertThat(again.status()).isZero();
		assertThat(again.out()).contains("already up to date");
		assertThat(rerun.status()).as(rerun.err()).isZero();
		assertThat(rerun.out()).contains("written");
		JsonNode rerunJson = JsonMapper.builder()
			.build()
			.readTree(reports.resolve("招远市/2019-07/招远市_2019-07.json").toFile());
		assertThat(rerunJson.get("kpis")).isEqualTo(this.json.get("kpis"));
		assertThat(rerunJson.get("byRegion")).isEqualTo(this.json.get("byRegion"));
		assertThat(rerunJson.get("dataQuality")).isEqualTo(this.json.get("dataQuality"));
	}

	@Test
	void anotherFolderAnotherScopeAndMonthWithDataAndOutOutsideTheRepository() throws IOException {
		// given: only the Sichuan delegation's ledger, in a folder of its own
		Path input = Files.createDirectories(this.work.resolve("sichuan"));
		Files.copy(SAMPLE_INPUT.resolve("sichuan-new-materials-2018.xlsx"),
				input.resolve("sichuan-new-materials-2018.xlsx"));
		Path data = this.work.resolve("sichuan-data");
		Path out = this.work.resolve("sichuan-reports");
		// when
		CliRun imported = cli("import", "--input", input.toString(), "--data", data.toString());
		CliRun report = cli("report", "--month", "2018-10", "--scope", "内江市", "--data", data.toString(), "--out",
				out.toString());
		// then
		assertThat(imported.status()).as(imported.err()).isZero();
		assertThat(report.status()).as(report.err()).isZero();
		Path json = out.resolve("内江市").resolve("2018-10").resolve("内江市_2018-10.json");
		JsonNode node = JsonMapper.builder().build().readTree(json.toFile());
		assertThat(node.get("scope").get("code").asString()).isEqualTo("511000");
		assertThat(node.get("kpis").get("events").get("month").asLong()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void englishReportWithTargetsHasNoChineseLabelWordsButPlaceNames() throws Exception {
		// given: 2019 targets for 招远市, as a targets sheet would store them
		try (Connection db = DriverManager
			.getConnection("jdbc:hsqldb:file:" + this.data.resolve("investpromo") + ";shutdown=true", "SA", "")) {
			db.createStatement().executeUpdate("DELETE FROM annual_target WHERE region_code = '370685'");
			for (String[] target : new String[][] { { "PROJECTS", "40" }, { "AMOUNT", "2000000" } }) {
				db.createStatement()
					.executeUpdate("INSERT INTO annual_target VALUES ('370685', 2019, '" + target[0] + "', " + target[1]
							+ ", 'targets.xlsx', '目标', 2, CURRENT_TIMESTAMP)");
			}
		}
		// when
		CliRun english = cli("report", "--month", "2019-07", "--scope", "招远市", "--lang", "en", "--data",
				this.data.toString(), "--out", this.reports.toString());
		// then
		assertThat(english.status()).as(english.err()).isZero();
		JsonNode json = JsonMapper.builder()
			.build()
			.readTree(this.reports.resolve("招远市").resolve("2019-07").resolve("招远市_2019-07_en.json").toFile());
		assertThat(json.get("kpis")).isEqualTo(this.json.get("kpis"));
		JsonNode targets = json.get("targets").get("items");
		assertThat(targets).hasSize(2);
		assertThat(targets.get(0).get("actualYtd").asLong())
			.isEqualTo(json.get("kpis").get("projects").get("ytd").asLong());
		assertThat(targets.get(1).get("actualYtd").asString())
			.isEqualTo(json.get("kpis").get("amountWan").get("ytd").asString());
		List<String> places = new ArrayList<>(List.of(json.get("scope").get("name").asString()));
		json.get("byRegion").forEach((row) -> places.add(row.get("name").asString()));
		json.get("landing").forEach((row) -> places.add(row.get("regionName").asString()));
		json.get("byInvestorOrigin")
			.forEach((row) -> places.add(row.get("code").asString().isEmpty() ? "" : row.get("name").asString()));
		places.sort(java.util.Comparator.comparingInt(String::length).reversed()); // 招远经济技术开发区
																					// before
																					// 招远市
		// and the names the ledgers give their events and projects, quoted as written
		json.get("eventFollowThrough").forEach((row) -> places.add(row.get("event").asString()));
		json.get("topProjects").forEach((row) -> places.add(row.get("name").asString()));
		// and the pipeline's projects and who answers for them (issue 21), quoted as
		// written
		json.get("pipeline").get("overdue").forEach((row) -> {
			places.add(row.get("name").asString());
			places.add(row.get("responsibleUnit").asString());
			places.add(row.get("responsible").asString());
		});
		places.sort(java.util.Comparator.comparingInt(String::length).reversed()); // 招远经济技术开发区
																					// before
																					// 招远市
		String narrative = json.get("narrative").asString();
		for (String place : places) {
			narrative = place.isEmpty() ? narrative : narrative.replace(place, "");
		}
		assertThat(narrative).doesNotContainPattern("\\p{IsHan}").contains("Against the 2019 targets");
		List<String> labels = new ArrayList<>();
		json.get("byIndustry").forEach((row) -> labels.add(row.get("name").asString()));
		json.get("byInvestorOrigin")
			.forEach((row) -> labels.add(row.get("code").asString().isEmpty() ? row.get("name").asString() : ""));
		json.get("fundsArrived").get("bySource").forEach((row) -> labels.add(row.get("name").asString()));
		json.get("eventsByType").forEach((row) -> labels.add(row.get("typeName").asString()));
		json.get("dataQuality").get("possibleDuplicates").forEach((row) -> labels.add(row.get("reason").asString()));
		// a reject's reason quotes the cell as written; the rest is English
		json.get("dataQuality")
			.get("rejects")
			.forEach((row) -> labels.add(row.get("reason").asString().replace(row.get("value").asString(), "")));
		assertThat(labels).isNotEmpty().allSatisfy((label) -> assertThat(label).doesNotContainPattern("\\p{IsHan}"));
		// and: places in pinyin with the Chinese in brackets, months and amounts as
		// English readers write them
		assertThat(json.get("scope").get("name").asString()).isEqualTo("Zhaoyuan (招远市)");
		assertThat(json.get("narrative").asString())
			.startsWith("1. Promotion events. In July 2019, Zhaoyuan (招远市) held 3 promotion events")
			.contains("with agreed investment of CNY 1.43 bn");
		try (PDDocument pdf = Loader
			.loadPDF(this.reports.resolve("招远市").resolve("2019-07").resolve("招远市_2019-07_en.pdf").toFile())) {
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			assertThat(text)
				.contains("Zhaoyuan (招远市): Investment Promotion Monthly Report", "July 2019",
						"Scope: Zhaoyuan (招远市) Period")
				// the title block names the scope without its code (issue 22)
				.doesNotContain("7/2019", "(100m CNY)", "370685");
		}
	}

	@Test
	void theWholeCountryReportNamesTheProvincesItsLedgersCoverAndNeverPrintsItsOwnCode() throws IOException {
		// when
		CliRun report = cli("report", "--month", "2019-07", "--scope", "全国", "--data", this.data.toString(), "--out",
				this.reports.toString());
		// then
		assertThat(report.status()).as(report.err()).isZero();
		try (PDDocument pdf = Loader
			.loadPDF(this.reports.resolve("全国").resolve("2019-07").resolve("全国_2019-07.pdf").toFile())) {
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
			assertThat(text).contains("全部台账汇总（覆盖山东省、四川省）").doesNotContain("000000");
		}
	}

	@Test
	void badUsageExitsWithTwo() {
		// when
		CliRun noMonth = cli("report", "--scope", "招远市", "--data", this.data.toString());
		CliRun badMonth = cli("report", "--month", "2019-13", "--data", this.data.toString());
		// then
		assertThat(noMonth.status()).isEqualTo(2);
		assertThat(badMonth.status()).isEqualTo(2);
		assertThat(cli("report", "--help").status()).isZero();
	}

	// --- helpers ---

	private Path reportFile(String extension) {
		return this.reports.resolve("招远市").resolve("2019-07").resolve("招远市_2019-07." + extension);
	}

	private static JsonNode find(JsonNode array, String field, String value) {
		for (JsonNode node : array) {
			if (node.get(field).asString().equals(value)) {
				return node;
			}
		}
		throw new AssertionError("no " + field + "=" + value + " in " + array);
	}

	private static long sum(JsonNode array, String field) {
		long sum = 0;
		for (JsonNode node : array) {
			sum += node.get(field).asLong();
		}
		return sum;
	}

	private static BigDecimal sumAmount(JsonNode array) {
		BigDecimal sum = BigDecimal.ZERO;
		for (JsonNode node : array) {
			sum = sum.add(new BigDecimal(node.get("amountWan").asString()));
		}
		return sum;
	}

	private static long sumCounts(List<Map<String, Object>> rows, String column) {
		long sum = 0;
		for (Map<String, Object> row : rows) {
			Object value = row.get(column);
			if (value instanceof Number number) {
				sum += number.longValue();
			}
			else if (value != null && !value.toString().replaceAll("\\D", "").isEmpty()) {
				sum += Long.parseLong(value.toString().replaceAll("\\D", "")); // "80人"
			}
		}
		return sum;
	}

	private static BigDecimal sumAmounts(List<Map<String, Object>> rows) {
		return rows.stream()
			.map((row) -> row.get("协议投资额"))
			.filter((value) -> value instanceof Number)
			.map((value) -> new BigDecimal(value.toString()))
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private static long numberRightOf(Sheet sheet, String label) {
		double value = numericRightOf(sheet, label);
		return Math.round(value);
	}

	private static double numericRightOf(Sheet sheet, String label) {
		for (Row row : sheet) {
			for (Cell cell : row) {
				if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().trim().equals(label)) {
					Cell next = row.getCell(cell.getColumnIndex() + 1);
					return next.getNumericCellValue();
				}
			}
		}
		throw new AssertionError("no cell labelled " + label + " on " + sheet.getSheetName());
	}

	/**
	 * A date cell, or the plain text forms a clerk types (2019/7/5, 2019年7月5日, 20190705).
	 */
	static LocalDate date(Object value) {
		if (value instanceof LocalDate date) {
			return date;
		}
		if (value == null) {
			return null;
		}
		java.util.regex.Matcher m = java.util.regex.Pattern
			.compile("^(\\d{4})\\D(\\d{1,2})\\D(\\d{1,2})\\D?$|^(\\d{4})(\\d{2})(\\d{2})$")
			.matcher(value.toString().trim());
		if (!m.matches()) {
			return null;
		}
		return (m.group(1) != null)
				? LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))
				: LocalDate.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
						Integer.parseInt(m.group(6)));
	}

	/**
	 * The sample workbook read with POI's user model: an oracle independent of the
	 * streaming importer.
	 */
	record Ledger(Workbook workbook) {

		static Ledger read(Path file) throws IOException {
			try (InputStream in = Files.newInputStream(file)) {
				return new Ledger(new XSSFWorkbook(in));
			}
		}

		/**
		 * Rows of a sheet whose date column falls in the month, as header → value
		 * (numbers, dates, text).
		 */
		List<Map<String, Object>> rows(String sheetName, String dateHeader, YearMonth month) {
			Sheet sheet = this.workbook.getSheet(sheetName);
			DataFormatter formatter = new DataFormatter();
			List<String> headers = null;
			List<Map<String, Object>> rows = new ArrayList<>();
			for (Row row : sheet) {
				List<Object> values = new ArrayList<>();
				for (int i = 0; i < row.getLastCellNum(); i++) {
					Cell cell = row.getCell(i);
					if (cell == null || cell.getCellType() == CellType.BLANK) {
						values.add(null);
					}
					else if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
						values.add(cell.getLocalDateTimeCellValue().toLocalDate());
					}
					else if (cell.getCellType() == CellType.NUMERIC) {
						values.add(BigDecimal.valueOf(cell.getNumericCellValue()));
					}
					else {
						values.add(formatter.formatCellValue(cell).trim());
					}
				}
				if (headers == null) {
					if (values.contains(dateHeader)) {
						headers = values.stream()
							.map((v) -> (v == null) ? "" : v.toString().replaceAll("[（(].*", ""))
							.toList();
					}
					continue;
				}
				Map<String, Object> record = new java.util.HashMap<>();
				for (int i = 0; i < headers.size() && i < values.size(); i++) {
					if (values.get(i) != null) {
						record.put(headers.get(i), values.get(i));
					}
				}
				LocalDate date = date(record.get(dateHeader));
				if (date != null && YearMonth.from(date).equals(month)) {
					rows.add(record);
				}
			}
			return rows;
		}

	}

}
