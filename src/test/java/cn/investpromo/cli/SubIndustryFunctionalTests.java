package cn.investpromo.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
 * The second level of the industry taxonomy through the real command line: a small 招远市
 * ledger with an industries sheet that adds sub-industries with 上级产业 is imported and
 * reported in both languages; the JSON lists each project's sub-industry and the
 * workbook's sub-industry sheet adds up to the first-level figures.
 */
class SubIndustryFunctionalTests {

	@TempDir
	Path work;

	@Test
	void projectsCarryTheirSubIndustryIntoEveryOutput() throws Exception {
		// given
		Path input = Files.createDirectories(this.work.resolve("input"));
		writeLedger(input.resolve("招远市招商台账2019.xlsx"));
		String data = this.work.resolve("data").toString();
		String out = this.work.resolve("reports").toString();

		// when
		CliRun chinese = cli("run", "--month", "2019-07", "--scope", "招远市", "--input", input.toString(), "--data", data,
				"--out", out);
		CliRun english = cli("report", "--month", "2019-07", "--scope", "招远市", "--lang", "en", "--data", data, "--out",
				out);

		// then: stored
		assertThat(chinese.status()).as(chinese.err()).isZero();
		assertThat(english.status()).as(english.err()).isZero();
		assertThat(storedSubCodes(data)).containsExactly("P1 NGIT NGIT.IC", "P2 NGIT null", "P3 FOOD FOOD.SEA",
				"P4 FOOD FOOD.粉丝", "P5 数字文创 数字文创.数字藏品", "P6 JEW JEW.MIN", "P7 OTH null");

		// then: the JSON's project list
		JsonNode zh = json("招远市_2019-07.json");
		Map<String, JsonNode> projects = new LinkedHashMap<>();
		zh.get("projects").forEach((p) -> projects.put(p.get("id").asString(), p));
		assertThat(projects).hasSize(7);
		assertThat(projects.get("P1").get("industryCode").asString()).isEqualTo("NGIT");
		assertThat(projects.get("P1").get("subIndustry").get("code").asString()).isEqualTo("NGIT.IC");
		assertThat(projects.get("P1").get("subIndustry").get("name").asString()).isEqualTo("集成电路");
		assertThat(projects.get("P3").get("subIndustry").get("name").asString()).isEqualTo("海洋食品");
		assertThat(projects.get("P4").get("subIndustry").get("name").asString()).isEqualTo("粉丝");
		assertThat(projects.get("P5").get("industryName").asString()).isEqualTo("数字文创");
		assertThat(projects.get("P5").get("subIndustry").get("name").asString()).isEqualTo("数字藏品");
		assertThat(projects.get("P2").get("subIndustry").isNull()).isTrue();
		assertThat(projects.get("P7").get("subIndustry").isNull()).isTrue();
		JsonNode en = json("招远市_2019-07_en.json");
		List<String> englishNames = new ArrayList<>();
		en.get("projects").forEach((p) -> englishNames.add(p.get("id").asString() + " " + p.get("subIndustry")));
		assertThat(englishNames).contains("P1 {\"code\":\"NGIT.IC\",\"name\":\"Integrated circuits\"}", "P2 null");

		// then: byIndustry stays first level, and the sub-industry rows of each industry
		// add up to it
		List<String> firstLevel = new ArrayList<>();
		zh.get("byIndustry")
			.forEach((i) -> firstLevel
				.add(i.get("code").asString() + " " + i.get("projects").asInt() + " " + i.get("amountWan").asString()));
		assertThat(firstLevel).containsExactly("NGIT 2 180000.00", "FOOD 2 25000.00", "JEW 1 8000.00", "OTH 1 2000.00",
				"数字文创 1 1000.00");
		Map<String, long[]> sums = new LinkedHashMap<>();
		Map<String, BigDecimal> amounts = new LinkedHashMap<>();
		zh.get("bySubIndustry").forEach((s) -> {
			sums.computeIfAbsent(s.get("industryCode").asString(), (k) -> new long[1])[0] += s.get("projects").asLong();
			amounts.merge(s.get("industryCode").asString(), new BigDecimal(s.get("amountWan").asString()),
					BigDecimal::add);
		});
		zh.get("byIndustry").forEach((i) -> {
			String code = i.get("code").asString();
			assertThat(sums.get(code)[0]).as(code).isEqualTo(i.get("projects").asLong());
			assertThat(amounts.get(code)).as(code).isEqualByComparingTo(i.get("amountWan").asString());
		});

		// then: the workbook's sheet, in each language
		List<String> chineseRows = subIndustrySheet("招远市_2019-07.xlsx", "分细分产业");
		assertThat(chineseRows).containsExactly("新一代信息技术|集成电路|NGIT.IC|1|15.00", "新一代信息技术|未细分||1|3.00",
				"新一代信息技术 小计||NGIT|2|18.00", "食品加工与现代农业|海洋食品|FOOD.SEA|1|2.00", "食品加工与现代农业|粉丝|FOOD.粉丝|1|0.50",
				"食品加工与现代农业 小计||FOOD|2|2.50", "黄金珠宝|黄金开采与冶炼|JEW.MIN|1|0.80", "黄金珠宝 小计||JEW|1|0.80", "其他|未细分||1|0.20",
				"其他 小计||OTH|1|0.20", "数字文创|数字藏品|数字文创.数字藏品|1|0.10", "数字文创 小计||数字文创|1|0.10", "合计|||7|21.60");
		assertThat(firstLevelSheet("招远市_2019-07.xlsx", "分产业")).containsExactly("新一代信息技术|2|18.00", "食品加工与现代农业|2|2.50",
				"黄金珠宝|1|0.80", "其他|1|0.20", "数字文创|1|0.10");
		assertThat(subIndustrySheet("招远市_2019-07_en.xlsx", "By sub-industry")).startsWith(
				"Next-generation IT|Integrated circuits|NGIT.IC|1|15.00", "Next-generation IT|Not subdivided||1|3.00",
				"Next-generation IT subtotal||NGIT|2|18.00", "Food & agriculture|Marine food|FOOD.SEA|1|2.00");
		// the list runs from the largest amount down: 15.00, 3.00, 2.00, 0.80, 0.50,
		// 0.20, 0.10 (亿元)
		assertThat(projectListSubIndustries("招远市_2019-07.xlsx", "项目清单")).containsExactly("细分产业", "集成电路", "", "海洋食品",
				"黄金开采与冶炼", "粉丝", "", "数字藏品");
	}

	/**
	 * 招远市 projects of July 2019 and an industries sheet: a sub-industry under FOOD, an
	 * own industry and its own.
	 */
	private static void writeLedger(Path file) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			rows(workbook.createSheet("签约项目"),
					new String[][] { { "项目编号", "项目名称", "签约日期", "落地地区", "投资方", "所属产业", "协议投资额（万元）" },
							{ "P1", "高精度柔性集成电路项目", "2019-07-28", "招远市", "深圳某电子公司", "柔性集成电路", "150000" },
							{ "P2", "电子信息产业园", "2019-07-28", "招远市", "某科技公司", "电子信息", "30000" },
							{ "P3", "海参精深加工项目", "2019-07-12", "招远市", "某海洋食品公司", "海参精深加工", "20000" },
							{ "P4", "龙口粉丝生产线", "2019-07-15", "招远市", "某粉丝公司", "龙口粉丝", "5000" },
							{ "P5", "数字藏品平台", "2019-07-18", "招远市", "某文创公司", "数字藏品", "1000" },
							{ "P6", "金矿开采技改项目", "2019-07-20", "招远市", "某矿业公司", "黄金开采", "8000" },
							{ "P7", "综合服务中心", "2019-07-22", "招远市", "某公司", "综合", "2000" } });
			rows(workbook.createSheet("产业"), new String[][] { { "产业", "关键词", "上级产业" }, { "粉丝", "龙口粉丝", "食品加工与现代农业" },
					{ "数字文创", "元宇宙", null }, { "数字藏品", "数字藏品", "数字文创" } });
			workbook.write(out);
		}
	}

	private static void rows(Sheet sheet, String[][] rows) {
		for (int r = 0; r < rows.length; r++) {
			Row row = sheet.createRow(r);
			for (int c = 0; c < rows[r].length; c++) {
				if (rows[r][c] != null) {
					row.createCell(c).setCellValue(rows[r][c]);
				}
			}
		}
	}

	private static List<String> storedSubCodes(String data) throws Exception {
		List<String> rows = new ArrayList<>();
		try (Connection db = DriverManager
			.getConnection("jdbc:hsqldb:file:" + Path.of(data, "investpromo") + ";shutdown=true", "SA", "");
				ResultSet rs = db.createStatement()
					.executeQuery(
							"SELECT project_id, industry_code, industry_sub_code FROM signed_project ORDER BY project_id")) {
			while (rs.next()) {
				rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
			}
		}
		return rows;
	}

	/**
	 * The rows under the header of the sub-industry sheet:
	 * industry|sub-industry|code|projects|amount in 亿元.
	 */
	private List<String> subIndustrySheet(String name, String sheetName) throws IOException {
		List<String> rows = new ArrayList<>();
		try (InputStream in = Files.newInputStream(reportFolder().resolve(name));
				XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			Sheet sheet = workbook.getSheet(sheetName);
			assertThat(sheet).as(sheetName).isNotNull();
			for (int r = 2; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row == null || text(row.getCell(4)).isEmpty()) {
					break; // the notes below the table, if any
				}
				rows.add(text(row.getCell(0)) + "|" + text(row.getCell(1)) + "|" + text(row.getCell(2)) + "|"
						+ text(row.getCell(3)) + "|" + text(row.getCell(4)));
				// subtotals and the total stand out as the totals of every other sheet do
				boolean bold = workbook.getFontAt(row.getCell(3).getCellStyle().getFontIndex()).getBold();
				assertThat(bold).as(rows.get(rows.size() - 1)).isEqualTo(text(row.getCell(1)).isEmpty());
			}
		}
		return rows;
	}

	/**
	 * The first-level rows of the 分产业 sheet, without its totals: industry|projects|amount
	 * in 亿元.
	 */
	private List<String> firstLevelSheet(String name, String sheetName) throws IOException {
		List<String> rows = new ArrayList<>();
		try (InputStream in = Files.newInputStream(reportFolder().resolve(name));
				XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			Sheet sheet = workbook.getSheet(sheetName);
			for (int r = 2; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row == null || text(row.getCell(1)).isEmpty()) {
					break; // the totals row has no code
				}
				rows.add(text(row.getCell(0)) + "|" + text(row.getCell(2)) + "|" + text(row.getCell(3)));
			}
		}
		return rows;
	}

	/**
	 * The sub-industry column of the project list, its header first; it stands beside the
	 * industry column.
	 */
	private List<String> projectListSubIndustries(String name, String sheetName) throws IOException {
		List<String> values = new ArrayList<>();
		try (InputStream in = Files.newInputStream(reportFolder().resolve(name));
				XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			Sheet sheet = workbook.getSheet(sheetName);
			assertThat(text(sheet.getRow(1).getCell(7))).isEqualTo("产业");
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				values.add(text(sheet.getRow(r).getCell(8)));
			}
		}
		return values;
	}

	private static String text(Cell cell) {
		if (cell == null || cell.getCellType() == CellType.BLANK) {
			return "";
		}
		if (cell.getCellType() == CellType.NUMERIC) {
			double value = cell.getNumericCellValue();
			return (value == Math.rint(value) && !cell.getCellStyle().getDataFormatString().contains("0.00"))
					? String.valueOf((long) value) : String.format("%.2f", value);
		}
		return cell.getStringCellValue();
	}

	private JsonNode json(String name) throws IOException {
		return JsonMapper.builder().build().readTree(reportFolder().resolve(name).toFile());
	}

	private Path reportFolder() {
		return this.work.resolve("reports").resolve("招远市").resolve("2019-07");
	}

}
