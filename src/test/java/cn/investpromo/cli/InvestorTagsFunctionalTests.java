package cn.investpromo.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.investpromo.sample.SampleEnterprises;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static cn.investpromo.cli.CliRun.cli;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * Investor tags (SPEC §3.3, issue 21) through the real command line, on a ledger written
 * as clerks write them: a title row, 签约时间 / 签约企业 / 企业性质 for 签约日期 / 投资方 / 企业标签, amounts in
 * 亿元 in the header and in a cell, dates as text, tags as 财富世界500强 or A股上市 separated by ，
 * / or 、, and an enterprise sheet (企业名录) with 简称 and 年度 for 别名 and 年份, two lists of 行业龙头
 * a year apart and two bad rows. Every field of {@code investorTags} and
 * {@code top500Projects} is asserted, then the workbook's sheet and the PDF's section.
 */
class InvestorTagsFunctionalTests {

	@TempDir
	Path work;

	@Test
	void tagsOfTheColumnAndTheEnterpriseSheetReachEveryOutput() throws Exception {
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

		// then: two bad rows of the enterprise sheet rejected, the rest read
		assertThat(chinese.status()).as(chinese.err()).isZero();
		assertThat(english.status()).as(english.err()).isZero();
		JsonNode zh = json("招远市_2019-07.json");
		List<String> rejects = new ArrayList<>();
		zh.get("dataQuality")
			.get("rejects")
			.forEach((r) -> rejects.add(r.get("sheet").asString() + " " + r.get("row").asInt() + " "
					+ r.get("column").asString() + " " + r.get("reason").asString()));
		assertThat(rejects).containsExactly("企业名录 8 年度 年份应为四位年份，如 2019；不分年份的标签留空", "企业名录 9 标签 必填项为空");

		// then: by tag, SPEC §3.3's first in their order, then the bureau's own; 2018-01
		// to 2018-06 are before the ledger begins, so last year's year to date is unknown
		Map<String, JsonNode> byTag = new LinkedHashMap<>();
		zh.get("investorTags").forEach((t) -> byTag.put(t.get("tag").asString(), t));
		assertThat(byTag.keySet()).containsExactly("世界500强", "中国500强", "民营500强", "上市公司", "行业龙头", "总部", "研发中心",
				"省级重点企业");
		// 甲 is 世界500强 by the column and 中国500强 by the 2019 list, which does not reach
		// its 2018 signing
		assertCompare(byTag.get("世界500强").get("projects"), "1 0 0 1 null", "null null null");
		assertCompare(byTag.get("世界500强").get("amountWan"), "50000.00 0.00 0.00 50000.00 null", "null null null");
		assertCompare(byTag.get("中国500强").get("projects"), "1 0 0 1 null", "null null null");
		// 乙 by its alias 乙科技 in July and in June
		assertCompare(byTag.get("民营500强").get("projects"), "1 1 0 2 null", "0.0 null null");
		assertCompare(byTag.get("民营500强").get("amountWan"), "20000.00 3000.00 0.00 23000.00 null", "566.7 null null");
		assertCompare(byTag.get("上市公司").get("projects"), "1 0 0 1 null", "null null null");
		// 丁's 行业龙头 of the 2018 list tags its 2018-07 signing; the 2019 list no longer
		// names it, so its 2019-07 signing has no tag
		assertCompare(byTag.get("行业龙头").get("projects"), "0 0 1 0 null", "null -100.0 null");
		assertCompare(byTag.get("行业龙头").get("amountWan"), "0.00 0.00 8000.00 0.00 null", "null -100.0 null");
		assertCompare(byTag.get("总部").get("projects"), "1 0 0 1 null", "null null null");
		assertCompare(byTag.get("研发中心").get("projects"), "1 0 0 1 null", "null null null");
		// a 战略合作协议 sets no amount: counted, its amount not 未填
		assertCompare(byTag.get("省级重点企业").get("projects"), "1 0 0 1 null", "null null null");
		assertCompare(byTag.get("省级重点企业").get("amountWan"), "0.00 0.00 0.00 0.00 null", "null null null");
		assertThat(byTag.get("民营500强").get("amountWan").get("unreported").get("month").asInt()).isZero();
		assertThat(byTag.get("世界500强").get("name").asString()).isEqualTo("世界500强");
		assertThat(byTag.get("世界500强").get("top500").asBoolean()).isTrue();
		assertThat(byTag.get("上市公司").get("top500").asBoolean()).isFalse();
		// 甲 has two of the 三个500强 and counts once
		assertCompare(zh.get("top500Projects"), "2 1 0 3 null", "100.0 null null");

		// then: the period's tagged projects, largest first, the column's and the sheet's
		// tags together
		List<String> projects = new ArrayList<>();
		zh.get("investorTaggedProjects")
			.forEach((p) -> projects.add(p.get("name").asString() + "|" + p.get("investor").asString() + "|"
					+ p.get("regionName").asString() + "|" + p.get("signedDate").asString() + "|" + p.get("amountWan")
					+ "|" + p.get("tags") + "|" + p.get("top500").asBoolean()));
		assertThat(projects).containsExactly(
				"甲项目|示例甲集团有限公司|辛庄镇|2019-07-10|\"50000.00\"|[\"世界500强\",\"中国500强\",\"上市公司\"]|true",
				"乙项目|乙科技|市本级|2019-07-15|\"20000.00\"|[\"民营500强\",\"总部\",\"研发中心\"]|true",
				"己项目|己公司|辛庄镇|2019-07-25|null|[\"省级重点企业\"]|false");
		List<String> listed = new ArrayList<>();
		zh.get("projects").forEach((p) -> listed.add(p.get("name").asString() + " " + p.get("investorTags")));
		assertThat(listed).contains("甲项目 \"世界500强、上市公司\"", "乙项目 \"总部、研发中心\"", "丁项目 null");
		List<String> highlights = new ArrayList<>();
		zh.get("frontPage").get("highlights").forEach((h) -> highlights.add(h.get("text").asString()));
		assertThat(highlights).contains("本月签约三个500强企业项目2个：最大为甲项目（世界500强、中国500强），5.00亿元");

		// then: English names, the JSON's tags as stored
		JsonNode en = json("招远市_2019-07_en.json");
		List<String> englishTags = new ArrayList<>();
		en.get("investorTags")
			.forEach((t) -> englishTags.add(t.get("tag").asString() + "=" + t.get("name").asString()));
		assertThat(englishTags).containsExactly("世界500强=Fortune Global 500", "中国500强=China Top 500",
				"民营500强=China Private Top 500", "上市公司=Listed company", "行业龙头=Industry leader", "总部=Headquarters",
				"研发中心=R&D centre", "省级重点企业=省级重点企业");
		List<String> englishHighlights = new ArrayList<>();
		en.get("frontPage").get("highlights").forEach((h) -> englishHighlights.add(h.get("text").asString()));
		assertThat(englishHighlights)
			.contains("2 projects of Top 500 investors signed this month; the largest: 甲项目, CNY 500 mn");

		// then: the workbook's sheet and the PDF's section, in both languages
		List<String> sheet = sheetRows("招远市_2019-07.xlsx", "企业标签");
		assertThat(sheet).contains("世界500强|签约项目（个）|1|0|—|0|—|1|—|—", "|协议投资额（亿元）|5.00|0.00|—|0.00|—|5.00|—|—",
				"三个500强合计（一个项目只计一次）|签约项目（个）|2|1|+100.0%|0|—|3|—|—", "本月签约的标签企业项目",
				"甲项目|示例甲集团有限公司|辛庄镇|2019-07-10|5.00|世界500强、中国500强、上市公司", "己项目|己公司|辛庄镇|2019-07-25|未约定|省级重点企业");
		assertThat(sheetRows("招远市_2019-07_en.xlsx", "Investor tags")).contains(
				"Fortune Global 500|Projects signed|1|0|—|0|—|1|—|—",
				"乙项目|乙科技|City level|2019-07-15|2.00|China Private Top 500, Headquarters, R&D centre");
		String pdf = pdfText("招远市_2019-07.pdf");
		assertThat(pdf).contains("企业标签", "世界500强 · 签约项目（个）", "三个500强合计（一个项目只计一次）", "本月签约的标签企业项目", "本月签约三个500强企业项目2个");
		assertThat(pdfText("招远市_2019-07_en.pdf")).contains("Investor tags", "Fortune Global 500 · Projects signed");
	}

	/**
	 * The sample ledgers with the sample enterprise sheet (input/企业名录.xlsx, invented
	 * enterprises): the July 2019 report shows two 500强 signings of the 深圳 conference,
	 * one with two of the 三个500强, in all three outputs.
	 */
	@Test
	void theSampleJulyReportShowsTheTop500Signings() throws Exception {
		// given: the committed sheet is what its generator writes
		Path generated = SampleEnterprises.write(Files.createDirectories(this.work.resolve("generated")));
		assertThat(Files.readAllBytes(generated))
			.isEqualTo(Files.readAllBytes(Path.of("input", SampleEnterprises.FILE)));

		// when
		CliRun run = cli("run", "--month", "2019-07", "--scope", "招远市", "--input", "input", "--data",
				this.work.resolve("data").toString(), "--out", this.work.resolve("reports").toString());

		// then
		assertThat(run.status()).as(run.err()).isZero();
		JsonNode json = json("招远市_2019-07.json");
		assertCompare(json.get("top500Projects"), "2 0 0 2 0", "null null null");
		Map<String, String> month = new LinkedHashMap<>();
		json.get("investorTags")
			.forEach((t) -> month.put(t.get("tag").asString(),
					t.get("projects").get("month").asString() + " " + t.get("amountWan").get("month").asString()));
		assertThat(month).containsExactly(entry("世界500强", "1 50000.00"), entry("中国500强", "1 50000.00"),
				entry("民营500强", "1 10000.00"), entry("上市公司", "1 8000.00"), entry("行业龙头", "1 3000.00"),
				entry("总部", "1 10000.00"), entry("研发中心", "1 8000.00"), entry("省重点招引企业", "1 20000.00"));
		List<String> highlights = new ArrayList<>();
		json.get("frontPage").get("highlights").forEach((h) -> highlights.add(h.get("text").asString()));
		assertThat(highlights).contains("本月签约三个500强企业项目2个：最大为柔性集成电路项目（世界500强、中国500强），5.00亿元");
		assertThat(sheetRows("招远市_2019-07.xlsx", "企业标签")).contains("三个500强合计（一个项目只计一次）|签约项目（个）|2|0|—|0|—|2|0|—");
		assertThat(pdfText("招远市_2019-07.pdf")).contains("三个500强合计（一个项目只计一次）", "本月签约三个500强企业项目2个");
	}

	/**
	 * "month previousMonth sameMonthLastYear ytd ytdLastYear" and "monthOnMonth
	 * yearOnYear ytd" changes, null where unknown.
	 */
	private static void assertCompare(JsonNode node, String figures, String changes) {
		List<String> values = new ArrayList<>();
		for (String key : List.of("month", "previousMonth", "sameMonthLastYear", "ytd", "ytdLastYear")) {
			values.add(node.get(key).isNull() ? "null" : node.get(key).asString());
		}
		assertThat(String.join(" ", values)).isEqualTo(figures);
		List<String> percents = new ArrayList<>();
		for (String key : List.of("monthOnMonth", "yearOnYear", "ytd")) {
			JsonNode change = node.get("changePercent").get(key);
			percents.add(change.isNull() ? "null" : change.asString());
		}
		assertThat(String.join(" ", percents)).isEqualTo(changes);
	}

	/**
	 * 招远市 projects of 2018-07 to 2019-07 with the 企业标签 column (as 企业性质) and an enterprise
	 * sheet.
	 */
	private static void writeLedger(Path file) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			CellStyle dateStyle = workbook.createCellStyle();
			dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
			Sheet projects = workbook.createSheet("签约项目");
			projects.createRow(0).createCell(0).setCellValue("招远市签约项目台账（2018—2019年）");
			rows(projects, 2,
					new Object[][] { { "项目名称", "签约时间", "所属地区", "签约企业", "行业", "协议类型", "投资额（亿元）", "企业性质" },
							{ "丙项目", "2018年7月20日", "辛庄镇", "示例甲集团有限公司", "海参精深加工", null, 1, null },
							{ "戊项目", LocalDate.of(2018, 7, 5), "辛庄镇", "示例丁集团有限公司", "黄金首饰", null, 0.8, "" },
							{ "庚项目", "2019/6/12", "招远市", "乙科技", "健康食品", null, 0.3, null },
							{ "甲项目", "2019年7月10日", "辛庄镇", "示例甲集团有限公司 ", "集成电路", null, 5, "财富世界500强，A股上市" },
							{ "乙项目", "2019-07-15", "招远市", "乙科技", "新材料", null, "2亿元", "总部/研发中心" },
							{ "丁项目", LocalDate.of(2019, 7, 20), "辛庄镇", "示例丁集团有限公司", "黄金首饰", null, 1.2, null },
							{ "己项目", "2019.7.25", "辛庄镇", "己公司", "物流", "战略合作", null, "省级重点企业" } },
					dateStyle);
			Sheet enterprises = workbook.createSheet("企业名录");
			enterprises.createRow(0).createCell(0).setCellValue("重点企业名录");
			rows(enterprises, 1, new Object[][] { { "序号", "企业名称", "简称", "标签", "年度", "备注" },
					{ 1, "示例甲集团有限公司", "甲集团", "中国企业500强", "2019年", null },
					{ 2, "示例乙控股集团有限公司", "乙科技、乙控股", "中国民营企业500强", 2019, null },
					{ 3, "示例丁集团有限公司", null, "龙头企业", 2018, null }, { 4, "示例戊集团有限公司", null, "行业龙头", "2019", null },
					{ 5, "示例庚集团有限公司", null, "总部", null, "不分年份" }, { 6, "示例坏年份有限公司", null, "央企", "二〇一九", null },
					{ 7, "示例无标签有限公司", null, null, 2019, null } }, dateStyle);
			workbook.write(out);
		}
	}

	private static void rows(Sheet sheet, int first, Object[][] rows, CellStyle dateStyle) {
		for (int r = 0; r < rows.length; r++) {
			Row row = sheet.createRow(first + r);
			for (int c = 0; c < rows[r].length; c++) {
				Object value = rows[r][c];
				if (value instanceof String text) {
					row.createCell(c).setCellValue(text);
				}
				else if (value instanceof Number number) {
					row.createCell(c).setCellValue(number.doubleValue());
				}
				else if (value instanceof LocalDate date) {
					Cell cell = row.createCell(c);
					cell.setCellValue(date);
					cell.setCellStyle(dateStyle);
				}
			}
		}
	}

	/**
	 * Every row of the sheet as its cells' shown texts joined by |, trailing blanks cut.
	 */
	private List<String> sheetRows(String name, String sheetName) throws IOException {
		List<String> rows = new ArrayList<>();
		DataFormatter formatter = new DataFormatter();
		try (InputStream in = Files.newInputStream(reportFolder().resolve(name));
				XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			Sheet sheet = workbook.getSheet(sheetName);
			assertThat(sheet).as(sheetName).isNotNull();
			for (Row row : sheet) {
				List<String> cells = new ArrayList<>();
				for (int c = 0; c < row.getLastCellNum(); c++) {
					Cell cell = row.getCell(c);
					cells.add((cell != null) ? formatter.formatCellValue(cell).replace(" 亿元", "").strip() : "");
				}
				rows.add(String.join("|", cells).replaceAll("\\|+$", ""));
			}
		}
		return rows;
	}

	private String pdfText(String name) throws IOException {
		try (PDDocument pdf = Loader.loadPDF(reportFolder().resolve(name).toFile())) {
			return new PDFTextStripper().getText(pdf);
		}
	}

	private JsonNode json(String name) throws IOException {
		return JsonMapper.builder().build().readTree(reportFolder().resolve(name).toFile());
	}

	private Path reportFolder() {
		return this.work.resolve("reports").resolve("招远市").resolve("2019-07");
	}

}
