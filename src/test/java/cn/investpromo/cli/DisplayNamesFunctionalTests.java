package cn.investpromo.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static cn.investpromo.cli.CliRun.cli;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names keep the ledger's full-width Chinese punctuation from the .xlsx through the
 * database to the JSON and the workbook, while identity (keys, user-region codes,
 * duplicate detection) uses the normal form: the same rows written with ASCII brackets
 * are the same records.
 */
class DisplayNamesFunctionalTests {

	private static final String LEDGER = "招远市招商台账2019.xlsx";

	private static final String INVESTOR = "柔性集成电路项目投资方（报道未载明）";

	@TempDir
	Path work;

	@Test
	void fullWidthBracketsReachTheJsonAndTheWorkbookAsWritten() throws IOException {
		// given
		Path input = Files.createDirectories(this.work.resolve("input"));
		writeLedger(input.resolve(LEDGER), false);

		// when
		CliRun run = cli("run", "--month", "2019-07", "--scope", "招远市", "--input", input.toString(), "--data", data(),
				"--out", reports());

		// then
		assertThat(run.status()).as(run.err()).isZero();
		JsonNode json = json();
		assertThat(json.get("kpis").get("projects").get("month").asLong()).isEqualTo(3);
		JsonNode top = json.get("topProjects");
		assertThat(top.get(0).get("name").asString()).isEqualTo("柔性集成电路项目（一期）");
		assertThat(top.get(0).get("investor").asString()).isEqualTo(INVESTOR);
		assertThat(top.get(1).get("regionName").asString()).isEqualTo("罗峰园区（一期）");
		assertThat(names(json.get("byRegion"))).contains("招远市", "罗峰园区（一期）").doesNotContain("罗峰园区(一期)");
		JsonNode quality = json.get("dataQuality");
		// one unmatched industry although written once with full-width and once with
		// ASCII brackets
		assertThat(quality.get("unmatchedIndustries")).hasSize(1);
		assertThat(quality.get("unmatchedIndustries").get(0).asString()).isEqualTo("园区配套（综合）");
		// 某新材料有限公司（香港） and 某新材料有限公司(香港) are one investor: rows 2 and 3 look like one
		// project
		assertThat(quality.get("possibleDuplicates")).hasSize(1);
		assertThat(quality.get("possibleDuplicates").get(0).get("first").asString()).startsWith("新材料产业园项目（2019-07-28，");
		try (Workbook workbook = workbook()) {
			assertThat(texts(workbook.getSheet("分地区"))).contains("市本级", "罗峰园区（一期）")
				.noneMatch((text) -> text.contains("("));
			assertThat(texts(workbook.getSheet("项目清单"))).contains("柔性集成电路项目（一期）", INVESTOR,
					"签约主体：招远市（本级）；投资额为示意值（synthetic）", "深圳某新材料有限公司（香港）");
			assertThat(texts(workbook.getSheet("活动清单"))).contains("招远市招商引资推介会（深圳）", "广东省深圳市（五洲宾馆）");
			assertThat(texts(workbook.getSheet("前十项目"))).contains(INVESTOR, "市本级");
		}
	}

	@Test
	void theSameRowsWithAsciiBracketsAreTheSameRecords() throws Exception {
		// given: imported with full-width brackets
		Path input = Files.createDirectories(this.work.resolve("input"));
		writeLedger(input.resolve(LEDGER), false);
		assertThat(cli("import", "--input", input.toString(), "--data", data()).status()).isZero();
		Map<String, String> before = projects();

		// when: the clerk saves the ledger again with ASCII brackets everywhere, regions
		// sheet included
		writeLedger(input.resolve(LEDGER), true);
		CliRun again = cli("run", "--month", "2019-07", "--scope", "招远市", "--input", input.toString(), "--data", data(),
				"--out", reports());

		// then: the same keys and region codes, the rows updated in place to the ledger's
		// new text, counted once
		assertThat(again.status()).as(again.err()).isZero();
		Map<String, String> after = projects();
		assertThat(after.keySet()).hasSize(3).isEqualTo(before.keySet());
		assertThat(before.values()).contains("柔性集成电路项目（一期） " + INVESTOR);
		assertThat(after.values()).contains("柔性集成电路项目(一期) 柔性集成电路项目投资方(报道未载明)");
		assertThat(query("SELECT code || ' ' || name FROM user_region")).containsExactly(regionCode() + " 罗峰园区(一期)");
		JsonNode json = json();
		assertThat(json.get("kpis").get("projects").get("month").asLong()).isEqualTo(3);
		assertThat(json.get("kpis").get("amountWan").get("month").asString()).isEqualTo("100000.00");
		assertThat(names(json.get("byRegion"))).contains("罗峰园区(一期)").doesNotContain("罗峰园区（一期）");
		assertThat(json.get("dataQuality").get("possibleDuplicates")).hasSize(1);
	}

	// --- helpers ---

	/**
	 * A 招远市 ledger: a park defined in a regions sheet, three July projects and one event.
	 */
	private static void writeLedger(Path file, boolean ascii) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet regions = workbook.createSheet("地区");
			row(regions, 0, ascii, "地区名称", "上级地区", "类型");
			row(regions, 1, ascii, "罗峰园区（一期）", "招远市", "园区");
			Sheet projects = workbook.createSheet("签约项目");
			row(projects, 0, ascii, "2019年7月签约项目台账");
			row(projects, 2, ascii, "项目名称", "签约日期", "落地地区", "投资方", "所属产业", "协议投资额（万元）", "备注");
			row(projects, 3, ascii, "柔性集成电路项目（一期）", "2019-07-28", "招远市", INVESTOR, "电子信息", "50000",
					"签约主体：招远市（本级）；投资额为示意值（synthetic）");
			row(projects, 4, ascii, "新材料产业园项目", "2019-07-28", "罗峰园区（一期）", "深圳某新材料有限公司（香港）", "园区配套（综合）", "30000", null);
			// the same investor written with ASCII brackets: a possible duplicate, and
			// the same unmatched industry
			row(projects, 5, false, "新材料产业园二期项目", "2019-07-30", "罗峰园区(一期)", "深圳某新材料有限公司(香港)", "园区配套(综合)", "20000",
					null);
			Sheet events = workbook.createSheet("招商活动");
			row(events, 0, ascii, "活动名称", "开始日期", "主办地区", "举办地点", "参会人数");
			row(events, 1, ascii, "招远市招商引资推介会（深圳）", "2019-07-28", "招远市", "广东省深圳市（五洲宾馆）", "200");
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
	}

	/**
	 * A row of text cells, with ASCII brackets in place of full-width ones when asked.
	 */
	private static void row(Sheet sheet, int index, boolean ascii, String... cells) {
		Row row = sheet.createRow(index);
		for (int i = 0; i < cells.length; i++) {
			if (cells[i] != null) {
				String text = ascii ? cells[i].replace('（', '(').replace('）', ')') : cells[i];
				row.createCell(i).setCellValue(text);
			}
		}
	}

	private String data() {
		return this.work.resolve("data").toString();
	}

	private String reports() {
		return this.work.resolve("reports").toString();
	}

	private JsonNode json() {
		return JsonMapper.builder()
			.build()
			.readTree(this.work.resolve("reports/招远市/2019-07/招远市_2019-07.json").toFile());
	}

	private Workbook workbook() throws IOException {
		try (InputStream in = Files.newInputStream(this.work.resolve("reports/招远市/2019-07/招远市_2019-07.xlsx"))) {
			return new XSSFWorkbook(in);
		}
	}

	private static List<String> names(JsonNode rows) {
		List<String> names = new ArrayList<>();
		rows.forEach((row) -> names.add(row.get("name").asString()));
		return names;
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

	/** The stored projects: key → "name investor". */
	private Map<String, String> projects() throws SQLException {
		Map<String, String> projects = new LinkedHashMap<>();
		for (String row : query("SELECT project_key || '\t' || name || ' ' || investor FROM signed_project")) {
			projects.put(row.substring(0, row.indexOf('\t')), row.substring(row.indexOf('\t') + 1));
		}
		return projects;
	}

	private static String regionCode() {
		return cn.investpromo.ledger.ReferenceRows.userCode("罗峰园区(一期)");
	}

	private List<String> query(String sql) throws SQLException {
		try (Connection db = DriverManager
			.getConnection("jdbc:hsqldb:file:" + this.work.resolve("data/investpromo") + ";shutdown=true", "SA", "");
				ResultSet rs = db.createStatement().executeQuery(sql)) {
			List<String> values = new ArrayList<>();
			while (rs.next()) {
				values.add(rs.getString(1));
			}
			return values;
		}
	}

}
