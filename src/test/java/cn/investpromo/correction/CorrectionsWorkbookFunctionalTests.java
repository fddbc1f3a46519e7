package cn.investpromo.correction;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.investpromo.cli.CliRun;

import static cn.investpromo.cli.CliRun.cli;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A ledger with rejected rows comes back as a corrections workbook; fixing its red cells
 * and importing it in place of the ledger gives exactly the figures of a ledger that was
 * right from the start.
 */
class CorrectionsWorkbookFunctionalTests {

	private static final String LEDGER = "招远市签约项目2019.xlsx";

	private static final String BAD_DATE = "2019年7月下旬";

	private static final String BAD_AMOUNT = "三千万左右";

	private static final String AMBIGUOUS = "鼓楼区";

	@TempDir
	Path work;

	@Test
	void fixingTheRedCellsAndImportingInPlaceOfTheLedgerLeavesNoRejectAndTheFiguresOfACleanLedger() throws Exception {
		// given: the same ledger right from the start, imported and reported
		Path cleanInput = Files.createDirectories(this.work.resolve("clean"));
		writeLedger(cleanInput.resolve(LEDGER), false);
		CliRun clean = cli("run", "--month", "2019-07", "--scope", "招远市", "--input", cleanInput.toString(), "--data",
				this.work.resolve("clean-data").toString(), "--out", this.work.resolve("clean-reports").toString());
		assertThat(clean.status()).as(clean.err()).isZero();
		assertThat(clean.out()).contains(" 0 rejected");
		// and: the ledger with a bad date, an unreadable amount and an ambiguous region
		Path input = Files.createDirectories(this.work.resolve("input"));
		writeLedger(input.resolve(LEDGER), true);
		Path reports = this.work.resolve("reports");
		String data = this.work.resolve("data").toString();

		// when
		CliRun first = cli("run", "--month", "2019-07", "--scope", "招远市", "--input", input.toString(), "--data", data,
				"--out", reports.toString());

		// then: one corrections workbook, named on the console, marking the three
		// rejected rows
		Path corrections = reports.resolve("待修正").resolve("招远市签约项目2019-待修正.xlsx");
		assertThat(first.status()).as(first.err()).isZero();
		assertThat(first.out()).contains("7 row(s) read, 4 accepted, 3 rejected")
			.contains("待修正 / to correct: " + corrections.toAbsolutePath());
		try (Workbook workbook = open(corrections)) {
			Sheet sheet = workbook.getSheet("签约项目");
			// the sheet as read: title row, header row (with the added column), every row
			// at its own row number
			assertThat(text(sheet, 0, 0)).isEqualTo("2019年7月签约项目台账");
			assertThat(texts(sheet.getRow(1))).containsExactly("序号", "项目名称", "签约日期", "落地地区", "投资方", "所属产业", "协议投资额（万元）",
					"备注", "错误原因");
			assertThat(sheet.getLastRowNum()).isEqualTo(7);
			assertThat(text(sheet, 2, 8)).isEmpty();
			assertThat(red(sheet, 2, 2)).isFalse();
			assertRejected(sheet, 3, 2, BAD_DATE, "日期无法识别：" + BAD_DATE);
			assertRejected(sheet, 5, 6, BAD_AMOUNT, BAD_AMOUNT);
			assertRejected(sheet, 6, 3, AMBIGUOUS, "鼓楼区 有多个");
			// numbers stay numbers; columns as wide as their widest text, a Chinese
			// character two columns
			assertThat(sheet.getRow(2).getCell(6).getNumericCellValue()).isEqualTo(50000);
			assertThat(sheet.getColumnWidth(4)).as("深圳某电子有限公司").isEqualTo((9 * 2 + 2) * 256);
			assertThat(sheet.getColumnWidth(0)).as("序号, at least six").isEqualTo(6 * 256);
			// the events sheet and the instructions sheet come along, unmarked
			assertThat(text(workbook.getSheet("招商活动"), 1, 0)).isEqualTo("深圳推介会");
			assertThat(text(workbook.getSheet("填表说明"), 0, 0)).isEqualTo("金额单位为万元");
		}

		// when: the clerk fixes the red cells and puts the workbook in place of the
		// ledger, 错误原因 column and all
		try (Workbook workbook = open(corrections)) {
			Sheet sheet = workbook.getSheet("签约项目");
			fix(sheet, 3, 2, "2019-07-20");
			fix(sheet, 5, 6, 3000);
			fix(sheet, 6, 3, "招远市");
			try (OutputStream out = Files.newOutputStream(input.resolve(LEDGER))) {
				workbook.write(out);
			}
		}
		CliRun second = cli("run", "--month", "2019-07", "--scope", "招远市", "--input", input.toString(), "--data", data,
				"--out", reports.toString(), "--rerun");

		// then: no reject left, no corrections workbook left, and the figures of the
		// clean ledger exactly
		assertThat(second.status()).as(second.err()).isZero();
		assertThat(second.out()).as(json(reports).get("dataQuality").get("rejects").toString())
			.contains("7 row(s) read, 7 accepted, 0 rejected")
			.doesNotContain("待修正");
		assertThat(corrections).doesNotExist();
		JsonNode fixed = json(reports);
		JsonNode expected = json(this.work.resolve("clean-reports"));
		assertThat(fixed.get("dataQuality").get("rejects")).isEmpty();
		for (String part : List.of("kpis", "byRegion", "byIndustry", "projects", "events")) {
			assertThat(fixed.get(part)).as(part).isEqualTo(expected.get(part));
		}
		assertThat(fixed.get("kpis").get("projects").get("month").asLong()).isEqualTo(6);
	}

	@Test
	void withEnglishTheCommentsAndReasonsAreEnglish() throws Exception {
		// given
		Path input = Files.createDirectories(this.work.resolve("input"));
		writeLedger(input.resolve(LEDGER), true);
		Path reports = this.work.resolve("reports");
		// when
		CliRun run = cli("run", "--month", "2019-07", "--scope", "招远市", "--lang", "en", "--input", input.toString(),
				"--data", this.work.resolve("data").toString(), "--out", reports.toString());
		// then
		assertThat(run.status()).as(run.err()).isZero();
		try (Workbook workbook = open(reports.resolve("待修正").resolve("招远市签约项目2019-待修正.xlsx"))) {
			Sheet sheet = workbook.getSheet("签约项目");
			assertThat(sheet.getRow(3).getCell(2).getCellComment().getString().getString())
				.isEqualTo("date not recognised: " + BAD_DATE);
			assertThat(text(sheet, 3, 8)).isEqualTo("date not recognised: " + BAD_DATE);
		}
	}

	@Test
	void theReasonColumnComesAfterTheWidestRowAsTheImportMeasuredIt() throws Exception {
		// given: a note typed past the last column of the header, in a row of its own
		// below the data
		Path input = Files.createDirectories(this.work.resolve("input"));
		Path ledger = input.resolve(LEDGER);
		writeLedger(ledger, true);
		try (Workbook workbook = open(ledger)) {
			workbook.getSheet("签约项目").getRow(4).createCell(11).setCellValue("见附件");
			try (OutputStream out = Files.newOutputStream(ledger)) {
				workbook.write(out);
			}
		}
		Path reports = this.work.resolve("reports");
		Path data = this.work.resolve("data");
		// when
		CliRun imported = cli("import", "--input", input.toString(), "--data", data.toString(), "--out",
				reports.toString());
		// then: the import recorded the sheet's widest row, and the reason column comes
		// after it
		assertThat(imported.status()).as(imported.err()).isZero();
		try (java.sql.Connection connection = java.sql.DriverManager.getConnection(
				"jdbc:hsqldb:file:" + data.resolve("investpromo") + ";ifexists=true;shutdown=true", "SA", "");
				java.sql.ResultSet widths = connection.createStatement()
					.executeQuery("SELECT sheet_name, widest_row FROM ledger_sheet WHERE header_row IS NOT NULL "
							+ "ORDER BY sheet_name")) {
			List<String> found = new ArrayList<>();
			while (widths.next()) {
				found.add(widths.getString(1) + " " + widths.getInt(2));
			}
			assertThat(found).containsExactly("招商活动 4", "签约项目 12");
		}
		try (Workbook workbook = open(reports.resolve("待修正").resolve("招远市签约项目2019-待修正.xlsx"))) {
			Sheet sheet = workbook.getSheet("签约项目");
			assertThat(text(sheet, 1, 12)).isEqualTo("错误原因");
			assertThat(text(sheet, 4, 11)).isEqualTo("见附件");
			assertThat(text(sheet, 3, 12)).isEqualTo("日期无法识别：" + BAD_DATE);
			assertRejected(sheet, 3, 2, BAD_DATE, "日期无法识别：" + BAD_DATE);
		}
	}

	@Test
	void aCsvLedgerGetsAnXlsxCorrectionsWorkbook() throws Exception {
		// given: a GB18030 CSV ledger, as Chinese Excel saves one, with an unreadable
		// amount
		Path input = Files.createDirectories(this.work.resolve("input"));
		Files.write(input.resolve("招远市签约项目.csv"),
				("项目名称,签约日期,落地地区,投资方,所属产业,协议投资额（万元）\r\n" + "柔性电路板项目,2019-07-28,招远市,深圳某电子有限公司,柔性电路,50000\r\n"
						+ "海洋食品项目,2019-07-10,招远市,烟台某食品公司,食品," + BAD_AMOUNT + "\r\n")
					.getBytes(java.nio.charset.Charset.forName("GB18030")));
		Path reports = this.work.resolve("reports");
		// when
		CliRun imported = cli("import", "--input", input.toString(), "--data", this.work.resolve("data").toString(),
				"--out", reports.toString());
		// then
		assertThat(imported.status()).as(imported.err()).isZero();
		Path corrections = reports.resolve("待修正").resolve("招远市签约项目-待修正.xlsx");
		assertThat(imported.out()).contains("2 row(s) read, 1 accepted, 1 rejected").contains(corrections.toString());
		try (Workbook workbook = open(corrections)) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(texts(sheet.getRow(0))).containsExactly("项目名称", "签约日期", "落地地区", "投资方", "所属产业", "协议投资额（万元）",
					"错误原因");
			assertThat(text(sheet, 1, 5)).isEqualTo("50000");
			assertRejected(sheet, 2, 5, BAD_AMOUNT, BAD_AMOUNT);
		}
	}

	/**
	 * A cell typed over, as Excel or WPS saves it. The cell is made anew: POI's
	 * setCellValue on a streamed workbook's inline-string cell would keep the old inline
	 * text beside the new value, which no spreadsheet program does.
	 */
	private static void fix(Sheet sheet, int row, int column, Object value) {
		Row r = sheet.getRow(row);
		CellStyle style = r.getCell(column).getCellStyle();
		r.removeCell(r.getCell(column));
		Cell cell = r.createCell(column);
		cell.setCellStyle(style);
		if (value instanceof Number number) {
			cell.setCellValue(number.doubleValue());
		}
		else {
			cell.setCellValue(value.toString());
		}
	}

	private static void assertRejected(Sheet sheet, int row, int column, String value, String reason) {
		assertThat(text(sheet, row, column)).isEqualTo(value);
		assertThat(red(sheet, row, column)).as("row %d column %d red", row + 1, column + 1).isTrue();
		assertThat(sheet.getRow(row).getCell(column).getCellComment().getString().getString()).contains(reason);
		assertThat(text(sheet, row, sheet.getRow(row).getLastCellNum() - 1)).contains(reason);
	}

	private static boolean red(Sheet sheet, int row, int column) {
		CellStyle style = sheet.getRow(row).getCell(column).getCellStyle();
		if (style.getFillPattern() != FillPatternType.SOLID_FOREGROUND) {
			return false;
		}
		byte[] rgb = ((XSSFCellStyle) style).getFillForegroundXSSFColor().getRGB();
		return (rgb[0] & 0xFF) == 0xFF && (rgb[1] & 0xFF) < 0xA0 && (rgb[2] & 0xFF) < 0xA0;
	}

	private static String text(Sheet sheet, int row, int column) {
		Row r = sheet.getRow(row);
		Cell cell = (r != null) ? r.getCell(column) : null;
		return (cell != null) ? new DataFormatter().formatCellValue(cell) : "";
	}

	private static List<String> texts(Row row) {
		List<String> texts = new ArrayList<>();
		row.forEach((cell) -> texts.add(new DataFormatter().formatCellValue(cell)));
		return texts;
	}

	private static Workbook open(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return new XSSFWorkbook(in);
		}
	}

	private static JsonNode json(Path reports) {
		return JsonMapper.builder()
			.build()
			.readTree(reports.resolve("招远市").resolve("2019-07").resolve("招远市_2019-07.json").toFile());
	}

	/**
	 * 招远市's July projects, with an Excel date, text dates and amounts; {@code bad} spoils
	 * three of them.
	 */
	private static void writeLedger(Path file, boolean bad) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			Sheet notes = workbook.createSheet("填表说明");
			notes.createRow(0).createCell(0).setCellValue("金额单位为万元");
			Sheet sheet = workbook.createSheet("签约项目");
			sheet.createRow(0).createCell(0).setCellValue("2019年7月签约项目台账");
			Object[][] rows = { { "序号", "项目名称", "签约日期", "落地地区", "投资方", "所属产业", "协议投资额（万元）", "备注" },
					{ 1, "柔性电路板项目", LocalDate.of(2019, 7, 28), "招远市", "深圳某电子有限公司", "柔性电路", 50000, "" },
					{ 2, "黄金深加工项目", bad ? BAD_DATE : "2019-07-20", "夏甸镇", "山东某黄金集团", "黄金深加工", 30000, "" },
					{ 3, "新材料产业园", "2019/7/5", "招远经济技术开发区", "上海某材料公司", "新材料", 120000, "一期" },
					{ 4, "海洋食品项目", "2019-07-10", "招远市", "烟台某食品公司", "食品", bad ? BAD_AMOUNT : 3000, "" },
					{ 5, "智能制造项目", "2019-07-12", bad ? AMBIGUOUS : "招远市", "苏州某装备公司", "智能制造", 8000, "" },
					{ 6, "文旅综合体", "2019年7月30日", "招远市", "北京某文旅集团", "文旅", 20000, "" } };
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(r + 1);
				for (int c = 0; c < rows[r].length; c++) {
					Object value = rows[r][c];
					Cell cell = row.createCell(c);
					if (value instanceof Number number) {
						cell.setCellValue(number.doubleValue());
					}
					else if (value instanceof LocalDate day) {
						cell.setCellValue(day);
						cell.setCellStyle(date);
					}
					else {
						cell.setCellValue(value.toString());
					}
				}
			}
			Sheet events = workbook.createSheet("招商活动");
			String[][] eventRows = { { "活动名称", "开始日期", "主办地区", "参会人数" }, { "深圳推介会", "2019-07-28", "招远市", "200" } };
			for (int r = 0; r < eventRows.length; r++) {
				Row row = events.createRow(r);
				for (int c = 0; c < eventRows[r].length; c++) {
					row.createCell(c).setCellValue(eventRows[r][c]);
				}
			}
			workbook.write(out);
		}
	}

}
