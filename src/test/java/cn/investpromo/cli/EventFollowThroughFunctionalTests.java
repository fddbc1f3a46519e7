package cn.investpromo.cli;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static cn.investpromo.cli.CliRun.cli;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The follow-through of events (issue 9) in all three outputs of the 招远市 2019-07 report,
 * in Chinese and English, on the sample ledgers: the 2019-07-28 深圳推介会 with its 12
 * projects, and every other event of August 2018 to July 2019 at which projects were
 * signed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventFollowThroughFunctionalTests {

	private static final Path SAMPLE_INPUT = Path.of("input");

	private static final String SHENZHEN = "招远市招商引资招才引智推介会（深圳）";

	/**
	 * The events of 2018-08-01 to 2019-07-31 and their signed projects as of 2019-07-31,
	 * counted by hand from the two 招远市 ledgers in input/ (read with openpyxl): 关联活动 by id
	 * or by name (of the three 重点项目集中签约仪式 a project of 2018-10-01 named by name belongs
	 * to that day's); the 2018 ledger's amounts in 亿元, 500万美元 at the default 7.0;
	 * ZY-P-2018-10-03 produces from 2019-09-11, so at the end of July it is building.
	 */
	private static final List<Expected> EXPECTED = List.of(
			new Expected(SHENZHEN, "2019-07-28", 12, "143000.00", 3, 0, 0, 0, null, 12, "0.0", null, null),
			new Expected("招远经济技术开发区（深圳）招商推介会", "2019-06-20", 1, "8500.00", 0, 0, 0, 0, null, 1, "0.0", null, null),
			new Expected("招远市（粤港澳大湾区）招商引资推介会", "2019-05-22", 1, "7300.00", 0, 0, 0, 0, "2300.00", 0, "0.0", null,
					"31.5"),
			new Expected("招远市重点项目集中签约仪式", "2019-01-07", 1, "8000.00", 0, 0, 0, 1, null, 1, null, null, null),
			new Expected("招远市海洋食品产业招商推介会（粤港澳大湾区）", "2018-12-23", 1, "20000.00", 0, 0, 0, 1, null, 1, null, null, null),
			new Expected("招远市重点项目集中签约仪式", "2018-11-21", 1, "11000.00", 0, 1, 0, 0, null, 1, "100.0", "0.0", null),
			new Expected("招远—德国产业合作洽谈会", "2018-10-04", 1, "3500.00", 0, 1, 0, 0, null, 1, "100.0", "0.0", null),
			// 到位率 over 1 of 3 projects reporting funds says nothing: withheld (issue 22)
			new Expected("招远市重点项目集中签约仪式", "2018-10-01", 3, "34700.00", 1, 1, 0, 1, "3000.00", 2, "50.0", "0.0", null),
			new Expected("招远市文化旅游产业招商推介会（深圳）", "2018-09-02", 1, null, 1, 0, 0, 0, null, 1, "0.0", null, null),
			new Expected("张星镇重点项目集中签约仪式", "2018-08-08", 1, "900.00", 0, 0, 0, 1, null, 1, null, null, null));

	/**
	 * All of them: 3 started of 23 − 4 terminated; 5300 of 12000 万元 where both amount and
	 * funds are given, but only 2 of the 23 report funds, so no 到位率 (issue 22).
	 */
	private static final Expected TOTAL = new Expected("", null, 23, "236900.00", 5, 3, 0, 4, "5300.00", 21, "15.8",
			"0.0", null);

	private Path folder;

	private JsonNode zh;

	private JsonNode en;

	@BeforeAll
	void runOnSampleLedgers(@TempDir Path work) throws IOException {
		Path data = work.resolve("data");
		Path reports = work.resolve("reports");
		CliRun run = cli("run", "--month", "2019-07", "--scope", "招远市", "--input", SAMPLE_INPUT.toString(), "--data",
				data.toString(), "--out", reports.toString(), "--no-deliver");
		assertThat(run.status()).as(run.err()).isZero();
		CliRun english = cli("report", "--month", "2019-07", "--scope", "招远市", "--lang", "en", "--data",
				data.toString(), "--out", reports.toString(), "--no-deliver");
		assertThat(english.status()).as(english.err()).isZero();
		this.folder = reports.resolve("招远市").resolve("2019-07");
		JsonMapper mapper = JsonMapper.builder().build();
		this.zh = mapper.readTree(this.folder.resolve("招远市_2019-07.json").toFile());
		this.en = mapper.readTree(this.folder.resolve("招远市_2019-07_en.json").toFile());
	}

	@Test
	void jsonFollowsEveryEventOfTheLast12MonthsLatestFirst() {
		// then
		JsonNode events = this.zh.get("eventFollowThrough");
		assertThat(events).hasSize(EXPECTED.size());
		for (int i = 0; i < EXPECTED.size(); i++) {
			EXPECTED.get(i).assertJson(events.get(i), true);
		}
		TOTAL.assertJson(this.zh.get("eventFollowThroughTotal"), false);
		// one computation: the English report has the same figures
		assertThat(this.en.get("eventFollowThrough")).isEqualTo(events);
	}

	@Test
	void theShenzhenConferenceHasTheTwelveProjectsTheLedgerSignedThere() throws IOException {
		// given: the 2019 ledger read with POI's user model, independently of the
		// importer
		EndToEndTests.Ledger ledger;
		try (InputStream in = Files.newInputStream(SAMPLE_INPUT.resolve("招远市招商台账2019.xlsx"))) {
			ledger = new EndToEndTests.Ledger(new XSSFWorkbook(in));
		}
		YearMonth july = YearMonth.of(2019, 7);
		Object id = ledger.rows("招商活动", "开始日期", july)
			.stream()
			.filter((row) -> SHENZHEN.equals(row.get("活动名称")))
			.map((row) -> row.get("活动编号"))
			.findFirst()
			.orElseThrow();
		List<Map<String, Object>> signed = ledger.rows("签约项目", "签约日期", july)
			.stream()
			.filter((row) -> id.equals(row.get("关联活动")))
			.toList();
		BigDecimal amount = signed.stream()
			.map((row) -> (BigDecimal) row.get("协议投资额"))
			.filter(java.util.Objects::nonNull)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		// then
		JsonNode shenzhen = this.zh.get("eventFollowThrough").get(0);
		assertThat(shenzhen.get("event").asString()).isEqualTo(SHENZHEN);
		assertThat(shenzhen.get("date").asString()).isEqualTo("2019-07-28");
		assertThat(shenzhen.get("projects").asLong()).isEqualTo(12).isEqualTo(signed.size());
		assertThat(new BigDecimal(shenzhen.get("amountWan").asString())).isEqualByComparingTo(amount)
			.isEqualByComparingTo("143000");
		// the three without an amount are 战略合作协议, which set none: not 未填 (issue 22)
		assertThat(shenzhen.get("projectsUnagreed").asLong())
			.isEqualTo(signed.stream().filter((row) -> row.get("协议投资额") == null).count())
			.isEqualTo(3);
		assertThat(shenzhen.get("projectsWithoutAmount").asLong()).isZero();
		// none reports funds: unknown, not zero
		assertThat(shenzhen.get("fundsArrivedWan").isNull()).isTrue();
		assertThat(shenzhen.get("fundsRatePercent").isNull()).isTrue();
	}

	@Test
	void workbookSheetHoldsTheSameFiguresInBothLanguages() throws Exception {
		for (String[] language : new String[][] { { "招远市_2019-07.xlsx", "活动成效", "合计" },
				{ "招远市_2019-07_en.xlsx", "Event follow-through", "Total" } }) {
			// when
			try (XSSFWorkbook workbook = new XSSFWorkbook(this.folder.resolve(language[0]).toFile())) {
				Sheet sheet = workbook.getSheet(language[1]);
				// then: the title, the header, a row per event latest first, the total
				assertThat(sheet).as(language[1]).isNotNull();
				for (int i = 0; i < EXPECTED.size(); i++) {
					EXPECTED.get(i).assertRow(sheet.getRow(2 + i));
				}
				Row total = sheet.getRow(2 + EXPECTED.size());
				assertThat(total.getCell(0).getStringCellValue()).isEqualTo(language[2]);
				TOTAL.assertRow(total);
				assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
			}
		}
	}

	@Test
	void pdfTableShowsEveryEventWithItsFiguresAndTheTotal() throws IOException {
		// when
		String zh = flat(pdfText("招远市_2019-07.pdf"));
		String en = flat(pdfText("招远市_2019-07_en.pdf"));
		// then
		assertThat(zh).contains(flat("活动成效（近12个月签约活动）"));
		for (Expected row : EXPECTED) {
			assertThat(zh).contains(row.pdfLine("未填", "{0}个未填", "未约定", "{0}个未约定"));
		}
		assertThat(zh).contains(flat("合计") + TOTAL.pdfLine("未填", "{0}个未填", "未约定", "{0}个未约定"));
		assertThat(zh).doesNotContain("3个未填");
		assertThat(en).contains(flat("Event follow-through (events of the last 12 months)"),
				"2019-07-281214.303noneset000notreported0.0%——");
		assertThat(en)
			.contains(flat("Total") + TOTAL.pdfLine("not reported", "{0} not reported", "none set", "{0} none set"));
	}

	private String pdfText(String file) throws IOException {
		try (PDDocument pdf = Loader.loadPDF(this.folder.resolve(file).toFile())) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			return stripper.getText(pdf);
		}
	}

	private static String flat(String text) {
		return text.replaceAll("\\s", "");
	}

	/**
	 * One row of the follow-through as counted by hand; amounts in 万元, null where no
	 * project reports one.
	 */
	private record Expected(String event, @Nullable String date, long projects, @Nullable String amountWan,
			long unagreed, long started, long inProduction, long terminated, @Nullable String fundsWan,
			long withoutFunds, @Nullable String startRate, @Nullable String productionRate,
			@Nullable String fundsRate) {

		void assertJson(JsonNode node, boolean named) {
			if (named) {
				assertThat(node.get("event").asString()).isEqualTo(this.event);
				assertThat(node.get("date").asString()).isEqualTo(this.date);
			}
			String what = this.event + " " + this.date;
			assertThat(node.get("projects").asLong()).as(what).isEqualTo(this.projects);
			assertThat(text(node.get("amountWan"))).as(what).isEqualTo(this.amountWan);
			// every project of the sample without an amount is a 战略合作协议 or 框架协议: none
			// is 未填 (issue 22)
			assertThat(node.get("projectsWithoutAmount").asLong()).as(what).isZero();
			assertThat(node.get("projectsUnagreed").asLong()).as(what).isEqualTo(this.unagreed);
			assertThat(node.get("started").asLong()).as(what).isEqualTo(this.started);
			assertThat(node.get("inProduction").asLong()).as(what).isEqualTo(this.inProduction);
			assertThat(node.get("terminated").asLong()).as(what).isEqualTo(this.terminated);
			assertThat(text(node.get("fundsArrivedWan"))).as(what).isEqualTo(this.fundsWan);
			assertThat(node.get("projectsWithoutFunds").asLong()).as(what).isEqualTo(this.withoutFunds);
			assertThat(text(node.get("startRatePercent"))).as(what).isEqualTo(this.startRate);
			assertThat(text(node.get("productionRatePercent"))).as(what).isEqualTo(this.productionRate);
			assertThat(text(node.get("fundsRatePercent"))).as(what).isEqualTo(this.fundsRate);
		}

		/**
		 * The columns of the 活动成效 sheet: amounts in 亿元, blank when unknown; rates as
		 * fractions or "—".
		 */
		void assertRow(Row row) {
			String what = this.event + " " + this.date;
			if (this.date != null) {
				assertThat(row.getCell(0).getStringCellValue()).isEqualTo(this.event);
				assertThat(row.getCell(1).getLocalDateTimeCellValue().toLocalDate())
					.isEqualTo(LocalDate.parse(this.date));
			}
			assertThat(row.getCell(2).getNumericCellValue()).as(what).isEqualTo(this.projects);
			assertThat(yi(row.getCell(3))).as(what).isEqualTo(yi(this.amountWan));
			assertThat(row.getCell(4).getNumericCellValue()).as(what).isEqualTo(this.started);
			assertThat(row.getCell(5).getNumericCellValue()).as(what).isEqualTo(this.inProduction);
			assertThat(row.getCell(6).getNumericCellValue()).as(what).isEqualTo(this.terminated);
			assertThat(yi(row.getCell(7))).as(what).isEqualTo(yi(this.fundsWan));
			assertThat(rate(row.getCell(8))).as(what).isEqualTo(this.startRate);
			assertThat(rate(row.getCell(9))).as(what).isEqualTo(this.productionRate);
			assertThat(rate(row.getCell(10))).as(what).isEqualTo(this.fundsRate);
			assertThat(row.getCell(11).getNumericCellValue()).as(what).isZero();
			assertThat(row.getCell(12).getNumericCellValue()).as(what).isEqualTo(this.unagreed);
			assertThat(row.getCell(13).getNumericCellValue()).as(what).isEqualTo(this.withoutFunds);
		}

		/**
		 * The row as the PDF's text reads without white space: a figure some projects
		 * lack says how many below.
		 */
		String pdfLine(String unknown, String notReported, String unagreed, String unagreedCount) {
			List<String> cells = new ArrayList<>();
			if (this.date != null) {
				cells.add(this.event);
				cells.add(this.date);
			}
			cells.add(String.valueOf(this.projects));
			cells.add(amount(this.amountWan, this.unagreed, unagreed, unagreedCount));
			cells.add(String.valueOf(this.started));
			cells.add(String.valueOf(this.inProduction));
			cells.add(String.valueOf(this.terminated));
			cells.add(amount(this.fundsWan, this.withoutFunds, unknown, notReported));
			for (String rate : new String[] { this.startRate, this.productionRate, this.fundsRate }) {
				cells.add((rate != null) ? rate + "%" : "—");
			}
			return flat(String.join("", cells));
		}

		private static String amount(@Nullable String wan, long without, String unknown, String notReported) {
			if (wan == null) {
				return unknown;
			}
			String yi = new BigDecimal(wan).movePointLeft(4).setScale(2, RoundingMode.HALF_UP).toPlainString();
			return (without > 0) ? yi + notReported.replace("{0}", String.valueOf(without)) : yi;
		}

		private static @Nullable String text(JsonNode node) {
			return node.isNull() ? null : node.asString();
		}

		private static @Nullable BigDecimal yi(@Nullable String wan) {
			return (wan != null) ? new BigDecimal(wan).movePointLeft(4).stripTrailingZeros() : null;
		}

		private static @Nullable BigDecimal yi(Cell cell) {
			return (cell == null || cell.getCellType() == CellType.BLANK) ? null
					: BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros();
		}

		private static @Nullable String rate(Cell cell) {
			if (cell.getCellType() == CellType.STRING) {
				assertThat(cell.getStringCellValue()).isEqualTo("—");
				return null;
			}
			return BigDecimal.valueOf(cell.getNumericCellValue() * 100)
				.setScale(1, RoundingMode.HALF_UP)
				.toPlainString();
		}

	}

}
