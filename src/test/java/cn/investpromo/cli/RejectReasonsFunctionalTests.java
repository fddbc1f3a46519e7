package cn.investpromo.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static cn.investpromo.cli.CliRun.cli;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A ledger with a bad date and an ambiguous region, imported once and reported in both
 * languages: each report lists the rejects with the reason in its own language (issue 4),
 * rows rejected before English reasons were stored in Chinese.
 */
class RejectReasonsFunctionalTests {

	private static final String CHINESE_DATE = "日期无法识别：2019年6月下旬";

	private static final String ENGLISH_DATE = "date not recognised: 2019年6月下旬";

	private static final String GULOU = "江苏省南京市鼓楼区、江苏省徐州市鼓楼区、福建省福州市鼓楼区、河南省开封市鼓楼区";

	@TempDir
	Path work;

	@Test
	void eachReportListsTheRejectReasonsInItsLanguage() throws Exception {
		// given
		Path input = Files.createDirectories(this.work.resolve("input"));
		writeEvents(input.resolve("招远市招商活动台账.xlsx"));
		String data = this.work.resolve("data").toString();
		String out = this.work.resolve("reports").toString();

		// when
		CliRun chinese = cli("run", "--month", "2019-07", "--scope", "招远市", "--input", input.toString(), "--data", data,
				"--out", out);
		CliRun english = cli("report", "--month", "2019-07", "--scope", "招远市", "--lang", "en", "--data", data, "--out",
				out);

		// then
		assertThat(chinese.status()).as(chinese.err()).isZero();
		assertThat(chinese.out()).contains("5 row(s) read, 3 accepted, 2 rejected");
		assertThat(english.status()).as(english.err()).isZero();
		assertThat(reasons(json("招远市_2019-07.json"))).containsExactly(CHINESE_DATE, "鼓楼区 有多个：" + GULOU);
		assertThat(reasons(json("招远市_2019-07_en.json"))).containsExactly(ENGLISH_DATE,
				"鼓楼区 names several regions: " + GULOU.replace("、", ", "));
		assertThat(workbookReason("招远市_2019-07.xlsx", "数据质量")).isEqualTo(CHINESE_DATE);
		assertThat(workbookReason("招远市_2019-07_en.xlsx", "Data quality")).isEqualTo(ENGLISH_DATE);
	}

	@Test
	void aRowRejectedBeforeEnglishReasonsWereStoredShowsItsChineseReason() throws Exception {
		// given: an import, then the English reason emptied as a database from before
		// migration V5 holds it
		Path input = Files.createDirectories(this.work.resolve("input"));
		writeEvents(input.resolve("招远市招商活动台账.xlsx"));
		String data = this.work.resolve("data").toString();
		assertThat(cli("import", "--input", input.toString(), "--data", data, "--out",
				this.work.resolve("reports").toString())
			.status()).isZero();
		try (Connection db = DriverManager
			.getConnection("jdbc:hsqldb:file:" + Path.of(data, "investpromo") + ";shutdown=true", "SA", "")) {
			db.createStatement()
				.executeUpdate("UPDATE ledger_reject SET reason_en = NULL WHERE cell_value LIKE '2019%'");
		}

		// when
		CliRun english = cli("report", "--month", "2019-07", "--scope", "招远市", "--lang", "en", "--data", data, "--out",
				this.work.resolve("reports").toString());

		// then
		assertThat(english.status()).as(english.err()).isZero();
		assertThat(reasons(json("招远市_2019-07_en.json"))).first().isEqualTo(CHINESE_DATE);
	}

	/**
	 * An events ledger of 招远市: three good rows, one with a date that names no day, one in
	 * an ambiguous 鼓楼区.
	 */
	private static void writeEvents(Path file) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = workbook.createSheet("招商活动");
			String[][] rows = { { "活动名称", "开始日期", "主办地区", "参会人数" }, { "深圳推介会", "2019-07-28", "招远市", "200" },
					{ "黄金产业座谈会", "2019-07-15", "招远市", "40" }, { "新材料对接会", "2019-07-20", "招远经济技术开发区", "60" },
					{ "上海座谈会", "2019年6月下旬", "招远市", "30" }, { "南方考察", "2019-07-10", "鼓楼区", "8" } };
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					row.createCell(c).setCellValue(rows[r][c]);
				}
			}
			workbook.write(out);
		}
	}

	private JsonNode json(String name) throws IOException {
		return JsonMapper.builder().build().readTree(reportFolder().resolve(name).toFile());
	}

	private static List<String> reasons(JsonNode json) {
		List<String> reasons = new ArrayList<>();
		json.get("dataQuality").get("rejects").forEach((reject) -> reasons.add(reject.get("reason").asString()));
		return reasons;
	}

	/**
	 * The reason column of the reject row whose value is the bad date, on the workbook's
	 * data-quality sheet.
	 */
	private String workbookReason(String name, String sheetName) throws IOException {
		try (InputStream in = Files.newInputStream(reportFolder().resolve(name));
				XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			Sheet sheet = workbook.getSheet(sheetName);
			assertThat(sheet).as(sheetName).isNotNull();
			for (Row row : sheet) {
				Cell value = row.getCell(4);
				if (value != null && value.getCellType() == CellType.STRING
						&& value.getStringCellValue().equals("2019年6月下旬")) {
					return row.getCell(5).getStringCellValue();
				}
			}
			throw new AssertionError("no reject row for 2019年6月下旬 on " + sheetName);
		}
	}

	private Path reportFolder() {
		return this.work.resolve("reports").resolve("招远市").resolve("2019-07");
	}

}
