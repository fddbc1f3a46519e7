package cn.investpromo.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
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
 * The funds section (SPEC §2.7, §5.2, issue 21) from a funds ledger kept with a clerk's
 * habits (a title row, an alias header with a unit, months as text in four forms and as a
 * date cell, an amount with its own currency, blank and written sources, an unknown
 * project, a bad month): every field of the JSON's {@code funds}, and the same figures in
 * the workbook and the PDF.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FundsReportFunctionalTests {

	private Path reports;

	private JsonNode funds;

	private CliRun run;

	@BeforeAll
	void importAndReport(@TempDir Path work) throws IOException {
		Path input = Files.createDirectories(work.resolve("input"));
		projects(input.resolve("招远市签约项目台账.xlsx"));
		arrivals(input.resolve("招远市到位资金台账.xlsx"));
		this.reports = work.resolve("reports");
		this.run = cli("run", "--month", "2019-07", "--scope", "招远市", "--input", input.toString(), "--data",
				work.resolve("data").toString(), "--out", this.reports.toString());
		this.funds = JsonMapper.builder().build().readTree(report("json").toFile()).get("funds");
	}

	@Test
	void theArrivalsOfThePeriodAreComparedAsTheHeadlineFiguresAre() {
		assertThat(this.run.status()).as(this.run.err()).isZero();
		assertThat(this.run.out()).contains("1 rejected");
		JsonNode arrived = this.funds.get("arrivedWan");
		assertThat(arrived.get("month").asString()).isEqualTo("760.00");
		assertThat(arrived.get("previousMonth").asString()).isEqualTo("500.00");
		assertThat(arrived.get("sameMonthLastYear").asString()).isEqualTo("300.00");
		assertThat(arrived.get("ytd").asString()).isEqualTo("1360.00");
		// the funds ledger begins in July 2018: January–July 2018 is not covered, unknown
		assertThat(arrived.get("ytdLastYear").isNull()).isTrue();
		assertThat(arrived.get("changePercent").get("monthOnMonth").asString()).isEqualTo("52.0");
		assertThat(arrived.get("changePercent").get("yearOnYear").asString()).isEqualTo("153.3");
		assertThat(arrived.get("changePercent").get("ytd").isNull()).isTrue();
		assertThat(this.funds.get("basis").asString()).isEqualTo("fundsLedger");
		assertThat(this.funds.get("coveredFrom").asString()).isEqualTo("2018-07");
		assertThat(this.funds.get("targetWan").asString()).isEqualTo("12000.00");
	}

	@Test
	void everySourceIsComparedTheDerivedOnesAndTheWrittenOne() {
		// 省外: P-1 derived from 深圳市 (300), the unknown project's written 省外 (40), and in
		// May P-2's written 省外, which wins over its derived 市内
		assertThat(sources("month")).containsExactly("省外=340.00", "市外省内=100.00", "市内=200.00", "境外=70.00", "未知=50.00");
		assertThat(sources("previousMonth")).containsExactly("省外=500.00", "市外省内=0.00", "市内=0.00", "境外=0.00", "未知=0.00");
		assertThat(sources("sameMonthLastYear")).containsExactly("省外=300.00", "市外省内=0.00", "市内=0.00", "境外=0.00",
				"未知=0.00");
		assertThat(sources("ytd")).containsExactly("省外=940.00", "市外省内=100.00", "市内=200.00", "境外=70.00", "未知=50.00");
		assertThat(this.funds.get("bySource").get(0).get("sourceCode").asString()).isEqualTo("OUT_OF_PROVINCE");
	}

	@Test
	void regionsProjectsMonthsAndTheUnlinkedArrival() {
		List<String> regions = new ArrayList<>();
		this.funds.get("byRegion")
			.forEach((r) -> regions.add(r.get("name").asString() + "=" + r.get("arrivedWan").asString()));
		assertThat(regions).containsExactly("夏甸镇=300.00", "招远经济技术开发区=200.00", "玲珑镇=140.00", "金岭镇=70.00", "辛庄镇=50.00");
		assertThat(this.funds.get("byRegion"))
			.allSatisfy((r) -> assertThat(r.get("code").asString()).startsWith("370685"));
		assertThat(this.funds.get("unlinkedArrivals").asLong()).isEqualTo(1);
		List<String> top = new ArrayList<>();
		this.funds.get("topProjects")
			.forEach((p) -> top.add(p.get("rank").asLong() + " " + p.get("name").asString() + " "
					+ p.get("arrivedWan").asString() + " " + p.get("arrivals").asLong()));
		assertThat(top).containsExactly("1 金银珠宝加工项目 300.00 1", "2 柔性集成电路项目 200.00 1", "3 海洋食品加工项目 100.00 1",
				"4 港资物流项目 70.00 1", "5 新材料项目 50.00 1");
		JsonNode july = this.funds.get("byMonth").get(6);
		assertThat(this.funds.get("byMonth")).hasSize(7);
		assertThat(july.get("month").asString()).isEqualTo("2019-07");
		assertThat(july.get("arrivedWan").asString()).isEqualTo("760.00");
		assertThat(july.get("cumulativeWan").asString()).isEqualTo("1360.00");
		assertThat(july.get("scheduleWan").asString()).isEqualTo("7000.00");
		JsonNode unlinked = this.funds.get("unlinked").get(0);
		assertThat(unlinked.get("name").asString()).isEqualTo("不存在的项目");
		assertThat(unlinked.get("date").asString()).isEqualTo("2019-07");
		assertThat(unlinked.get("amountWan").asString()).isEqualTo("40.00");
		assertThat(unlinked.get("row").asLong()).isEqualTo(11);
		JsonNode disagreement = this.funds.get("disagreements").get(0);
		assertThat(this.funds.get("disagreements")).hasSize(1);
		assertThat(disagreement.get("name").asString()).isEqualTo("金银珠宝加工项目");
		assertThat(disagreement.get("ledgerWan").asString()).isEqualTo("900.00");
		assertThat(disagreement.get("arrivalsWan").asString()).isEqualTo("1100.00");
		assertThat(disagreement.get("differenceWan").asString()).isEqualTo("-200.00");
	}

	@Test
	void theTargetTheTileAndTheNarrativeUseTheArrivals() throws IOException {
		JsonNode root = JsonMapper.builder().build().readTree(report("json").toFile());
		JsonNode target = null;
		for (JsonNode item : root.get("targets").get("items")) {
			if (item.get("indicator").asString().equals("fundsArrivedWan")) {
				target = item;
			}
		}
		assertThat(target).isNotNull();
		assertThat(target.get("actualYtd").asString()).isEqualTo("1360.00");
		assertThat(target.get("completionPercent").asString()).isEqualTo("11.3");
		JsonNode tile = null;
		for (JsonNode t : root.get("frontPage").get("tiles")) {
			if (t.get("key").asString().equals("fundsArrivedWan")) {
				tile = t;
			}
		}
		assertThat(tile).isNotNull();
		assertThat(tile.get("valueText").asString()).isEqualTo("0.08");
		assertThat(tile.get("value").asString()).isEqualTo("760.00");
		assertThat(tile.get("change").asString()).isEqualTo("153.3");
		assertThat(root.get("narrative").asString()).contains("本月实际到位资金0.08亿元（同比增长153.3%），1—7月累计到位0.14亿元（上年同期无台账数据）")
			.contains("另有1笔到位资金未关联到签约项目");
	}

	@Test
	void theWorkbookAndThePdfShowTheSameFigures() throws IOException {
		try (InputStream in = Files.newInputStream(report("xlsx")); Workbook workbook = new XSSFWorkbook(in)) {
			Sheet sheet = workbook.getSheet("到位资金");
			assertThat(sheet).isNotNull();
			DataFormatter formatter = new DataFormatter();
			List<String> lines = new ArrayList<>();
			for (Row row : sheet) {
				StringBuilder line = new StringBuilder();
				row.forEach((cell) -> line.append(formatter.formatCellValue(cell)).append('|'));
				lines.add(line.toString());
			}
			assertThat(lines).anySatisfy((l) -> assertThat(l).startsWith("到位资金合计|0.08|0.05|"));
			assertThat(lines).anySatisfy((l) -> assertThat(l).startsWith("夏甸镇|0.03|"));
			assertThat(lines).anySatisfy((l) -> assertThat(l).startsWith("不存在的项目|玲珑镇|2019-07|"));
		}
		try (PDDocument pdf = Loader.loadPDF(report("pdf").toFile())) {
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("到位资金合计").contains("本年逐月到位资金与目标序时进度").contains("不存在的项目");
			assertThat(pdf.getDocumentCatalog().getDocumentOutline().toString()).isNotNull();
		}
	}

	private List<String> sources(String period) {
		List<String> rows = new ArrayList<>();
		this.funds.get("bySource")
			.forEach((s) -> rows.add(s.get("source").asString() + "=" + s.get("arrivedWan").get(period).asString()));
		return rows;
	}

	private Path report(String extension) {
		return this.reports.resolve("招远市").resolve("2019-07").resolve("招远市_2019-07." + extension);
	}

	/** Five projects, one of each origin, and a 到位资金 target of 1.2亿元 for 2019. */
	private static void projects(Path file) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("签约项目");
			row(sheet, 0, "项目编号", "项目名称", "签约日期", "落地地区", "投资方", "投资方所在地", "所属产业", "协议投资额（万元）", "到位资金（万元）");
			row(sheet, 1, "P-1", "金银珠宝加工项目", "2018-03-01", "夏甸镇", "深圳市梅朵珠宝有限公司", "深圳市", "黄金深加工", "15000", "900");
			row(sheet, 2, "P-2", "柔性集成电路项目", "2019-03-02", "招远经济技术开发区", "烟台某电子有限公司", "烟台市", "集成电路", "5000", "");
			row(sheet, 3, "", "海洋食品加工项目", "2019-04-01", "玲珑镇", "济南某食品有限公司", "济南市", "海洋食品", "3000", "");
			row(sheet, 4, "", "新材料项目", "2019-05-01", "辛庄镇", "某新材料公司", "", "新材料", "2000", "");
			row(sheet, 5, "P-5", "港资物流项目", "2019-05-02", "金岭镇", "香港某物流有限公司", "香港", "现代物流", "8000", "");
			Sheet targets = workbook.createSheet("年度目标");
			row(targets, 0, "地区", "年度", "指标", "目标值");
			row(targets, 1, "招远市", "2019", "到位资金", "1.2亿元");
			write(workbook, file);
		}
	}

	/** The funds ledger as a clerk keeps it: see the class comment. */
	private static void arrivals(Path file) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("到位资金");
			row(sheet, 0, "招远市到位资金台账");
			row(sheet, 2, "序号", "项目编号", "项目名称", "落地地区", "到位时间", "到位资金（亿元）", "币种", "来源", "备注");
			row(sheet, 3, "1", "P-1", "金银珠宝加工项目", "", "2018年7月", "0.03");
			row(sheet, 4, "2", "P-1", "金银珠宝加工项目", "", "2019.6", "0.05");
			row(sheet, 5, "3", "P-1", "金银珠宝加工项目", "", "2019-07", "0.03");
			row(sheet, 6, "4", "", "柔性集成电路项目", "招远经济技术开发区", null, "0.02");
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
			sheet.getRow(6).createCell(4).setCellValue(LocalDate.of(2019, 7, 15));
			sheet.getRow(6).getCell(4).setCellStyle(date);
			row(sheet, 7, "5", "", "海洋食品加工项目", "", "2019年7月", "0.01");
			row(sheet, 8, "6", "", "新材料项目", "辛庄镇", "2019/7", "0.005");
			row(sheet, 9, "7", "P-5", "港资物流项目", "", "201907", "10万美元");
			row(sheet, 10, "8", "", "不存在的项目", "玲珑镇", "2019-07", "0.004", "", "省外");
			row(sheet, 11, "9", "P-2", "柔性集成电路项目", "", "2019-05", "0.01", "人民币", "省外", "上海母公司出资");
			row(sheet, 12, "10", "P-1", "金银珠宝加工项目", "", "2019-13", "0.01");
			write(workbook, file);
		}
	}

	private static void row(Sheet sheet, int index, String... cells) {
		Row row = sheet.createRow(index);
		for (int i = 0; i < cells.length; i++) {
			if (cells[i] != null && !cells[i].isEmpty()) {
				row.createCell(i).setCellValue(cells[i]);
			}
		}
	}

	private static void write(Workbook workbook, Path file) throws IOException {
		try (OutputStream out = Files.newOutputStream(file)) {
			workbook.write(out);
		}
	}

}
