package cn.investpromo.cli;

import java.io.IOException;
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
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static cn.investpromo.cli.CliRun.cli;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pipeline ledger (SPEC §2.8) as a clerk keeps it, through the command line: a title
 * row, alias headers, a unit in a header, stage synonyms, text dates and months, an
 * amount with its own unit and one not yet known, a row contacted after the period, an
 * unknown stage; beside a signed-projects ledger whose July signings convert two of its
 * projects (by id, and by name and region) and sign a third before it was late. Every
 * field of the July report's {@code pipeline} is what a clerk counts by hand.
 */
class PipelineFunctionalTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static final List<String> HEADERS = List.of("编号", "项目名称", "意向企业", "来源地", "落地地区", "产业", "计划投资额（亿元）", "项目阶段", "接洽日期",
			"计划签约时间", "跟进日期", "跟进单位", "跟进人", "进展情况");

	/** The July pipeline: overdue and unfollowed days count to 2019-07-31. */
	private static final String EXPECTED = """
			{"asOf": "2019-07-31", "staleDays": 30,
			 "byStage": [
			  {"stage": "初步接洽", "stageName": "初步接洽", "projects": 1, "expectedAmountWan": "120000.00", "projectsWithoutAmount": 0},
			  {"stage": "洽谈中", "stageName": "洽谈中", "projects": 2, "expectedAmountWan": "60000.00", "projectsWithoutAmount": 1},
			  {"stage": "拟签约", "stageName": "拟签约", "projects": 3, "expectedAmountWan": "63000.00", "projectsWithoutAmount": 0},
			  {"stage": "已签约", "stageName": "已签约", "projects": 1, "expectedAmountWan": "5000.00", "projectsWithoutAmount": 0},
			  {"stage": "已中止", "stageName": "已中止", "projects": 1, "expectedAmountWan": "40000.00", "projectsWithoutAmount": 0}],
			 "projects": 8, "newLeads": 1, "converted": 2,
			 "overdue": [
			  {"name": "海洋牧场项目", "regionCode": "370685101", "regionName": "辛庄镇", "stage": "洽谈中", "stageName": "洽谈中",
			   "expectedSigning": "2019-05-31", "daysOverdue": 61, "responsibleUnit": "辛庄镇人民政府", "responsible": "孙建国"},
			  {"name": "新型建材项目", "regionCode": "370685105", "regionName": "玲珑镇", "stage": "拟签约", "stageName": "拟签约",
			   "expectedSigning": "2019-06-15", "daysOverdue": 46, "responsibleUnit": "玲珑镇人民政府", "responsible": "刘海燕"}],
			 "stale": [
			  {"name": "新型建材项目", "regionCode": "370685105", "regionName": "玲珑镇", "lastFollowUp": "2019-06-20", "daysSince": 41,
			   "stage": "拟签约", "stageName": "拟签约", "responsibleUnit": "玲珑镇人民政府", "responsible": "刘海燕"},
			  {"name": "康养小镇项目", "regionCode": "370685005", "regionName": "大秦家街道", "lastFollowUp": "2019-06-25", "daysSince": 36,
			   "stage": "初步接洽", "stageName": "初步接洽", "responsibleUnit": "大秦家街道办事处", "responsible": "陈晓东"}]}
			""";

	@TempDir
	Path work;

	@Test
	void aClerksPipelineLedgerIsReportedExactly() throws IOException {
		// given
		Path input = ledgers(pipelineRows());

		// when
		CliRun run = run(input, "--month", "2019-07");

		// then
		assertThat(run.status()).as(run.err()).isZero();
		JsonNode report = json("2019-07");
		assertThat(report.get("pipeline")).isEqualTo(JSON.readTree(EXPECTED));
		assertThat(report.get("frontPage").get("highlights").findValuesAsString("text"))
			.contains("在谈项目逾期未签约2个，最长逾期61天（海洋牧场项目）");
		assertThat(report.get("narrative").asString()).contains("四、在谈项目。截至7月31日，在谈项目库共有项目8个，预计投资28.80亿元")
			.contains("逾期未签约项目2个，逾期最长的是海洋牧场项目（逾期61天，责任单位辛庄镇人民政府、责任人孙建国）；2个项目超过30天未跟进。");
	}

	@Test
	void theEnglishReportSaysThePipelineInEnglish() throws IOException {
		// given
		Path input = ledgers(pipelineRows());

		// when
		CliRun run = run(input, "--month", "2019-07", "--lang", "en");

		// then: §5.1's stage stays the Chinese word, its name is English
		assertThat(run.status()).as(run.err()).isZero();
		JsonNode report = JSON.readTree(
				this.work.resolve("reports").resolve("招远市").resolve("2019-07").resolve("招远市_2019-07_en.json").toFile());
		JsonNode pipeline = report.get("pipeline");
		assertThat(pipeline.get("byStage").findValuesAsString("stage")).containsExactly("初步接洽", "洽谈中", "拟签约", "已签约",
				"已中止");
		assertThat(pipeline.get("byStage").findValuesAsString("stageName")).containsExactly("Initial contact",
				"Negotiating", "About to sign", "Signed", "Dropped");
		assertThat(report.get("frontPage").get("highlights").findValuesAsString("text"))
			.contains("2 pipeline projects overdue, the longest by 61 days (海洋牧场项目)");
		assertThat(report.get("narrative").asString())
			.contains("4. Projects under negotiation. As of 31 July, the "
					+ "pipeline held 8 projects with expected investment of ")
			.contains(
					"2 projects are overdue, the longest 海洋牧场项目 (61 days; responsible unit 辛庄镇人民政府, responsible 孙建国)");
	}

	@Test
	void anUnknownStageIsRejectedWithTheStagesThereAre() throws IOException {
		// given
		Path input = ledgers(pipelineRows());

		// when
		CliRun run = run(input, "--month", "2019-07");

		// then
		JsonNode rejects = json("2019-07").get("dataQuality").get("rejects");
		assertThat(rejects).hasSize(1);
		JsonNode reject = rejects.get(0);
		assertThat(reject.get("file").asString()).isEqualTo("招远市在谈项目台账.xlsx");
		assertThat(reject.get("row").asInt()).isEqualTo(13);
		assertThat(reject.get("column").asString()).isEqualTo("项目阶段");
		assertThat(reject.get("value").asString()).isEqualTo("谈判破裂");
		assertThat(reject.get("reason").asString()).contains("初步接洽、洽谈中、拟签约、已签约、已中止");
		assertThat(run.out()).contains("2 file(s), 13 row(s) read, 12 accepted, 1 rejected")
			.contains("招远市在谈项目台账-待修正.xlsx");
	}

	@Test
	void staleDaysAreConfigured() throws IOException {
		// given: 41 and 36 days since the last follow-up
		Path input = ledgers(pipelineRows());
		System.setProperty("investpromo.report.pipeline-stale-days", "40");
		CliRun run;
		try {
			// when
			run = run(input, "--month", "2019-07");
		}
		finally {
			System.clearProperty("investpromo.report.pipeline-stale-days");
		}

		// then
		assertThat(run.status()).as(run.err()).isZero();
		JsonNode pipeline = json("2019-07").get("pipeline");
		assertThat(pipeline.get("staleDays").asInt()).isEqualTo(40);
		assertThat(pipeline.get("stale").findValuesAsString("name")).containsExactly("新型建材项目");
		assertThat(pipeline.get("stale").get(0).get("daysSince").asInt()).isEqualTo(41);
	}

	@Test
	void aLaterImportOfTheFileReplacesWhatItSaidBefore() throws IOException {
		// given: July reported, then the file without 海洋牧场项目 and with 新型建材项目 signed
		Path input = ledgers(pipelineRows());
		assertThat(run(input, "--month", "2019-07").status()).isZero();
		List<List<Object>> later = new ArrayList<>(pipelineRows());
		later.removeIf((row) -> "ZY-4".equals(row.get(0)));
		later.replaceAll((row) -> "ZY-5".equals(row.get(0)) ? with(row, 7, "已签约") : row);
		writePipeline(input.resolve("招远市在谈项目台账.xlsx"), later);

		// when
		CliRun run = run(input, "--month", "2019-07", "--rerun");

		// then
		assertThat(run.status()).as(run.err()).isZero();
		JsonNode pipeline = json("2019-07").get("pipeline");
		assertThat(pipeline.get("projects").asInt()).isEqualTo(7);
		assertThat(pipeline.get("byStage").findValues("projects")).extracting(JsonNode::asInt)
			.containsExactly(1, 1, 2, 2, 1);
		assertThat(pipeline.get("overdue")).isEmpty();
		assertThat(pipeline.get("stale").findValuesAsString("name")).containsExactly("康养小镇项目");
	}

	@Test
	void aProjectFirstContactedAfterThePeriodIsNotInItsPipeline() throws IOException {
		// given
		Path input = ledgers(pipelineRows());

		// when: June, and August when 电商产业园项目 was first contacted
		CliRun june = run(input, "--month", "2019-06");
		CliRun august = run(input, "--month", "2019-08");

		// then: in June 医药项目 (first contact 2019-07-08) is not there yet; the
		// conversions of July are not June's
		assertThat(june.status()).as(june.err()).isZero();
		assertThat(august.status()).as(august.err()).isZero();
		JsonNode inJune = json("2019-06").get("pipeline");
		assertThat(inJune.get("asOf").asString()).isEqualTo("2019-06-30");
		assertThat(inJune.get("projects").asInt()).isEqualTo(7);
		assertThat(inJune.get("newLeads").asInt()).isZero();
		assertThat(inJune.get("converted").asInt()).isZero();
		assertThat(inJune.get("overdue").findValuesAsString("name")).containsExactly("海洋牧场项目", "新型建材项目");
		assertThat(inJune.get("overdue").findValues("daysOverdue")).extracting(JsonNode::asInt).containsExactly(30, 15);
		JsonNode inAugust = json("2019-08").get("pipeline");
		assertThat(inAugust.get("projects").asInt()).isEqualTo(9);
		assertThat(inAugust.get("newLeads").asInt()).isEqualTo(1);
	}

	@Test
	void theSampleReportShowsThePipelineInAllThreeOutputs() throws IOException {
		// when
		CliRun run = run(Path.of("input"), "--month", "2019-07");

		// then
		assertThat(run.status()).as(run.err()).isZero();
		JsonNode pipeline = json("2019-07").get("pipeline");
		assertThat(pipeline.get("byStage").findValues("projects")).extracting(JsonNode::asInt)
			.containsExactly(2, 2, 2, 2, 1);
		assertThat(pipeline.get("newLeads").asInt()).isEqualTo(1);
		assertThat(pipeline.get("converted").asInt()).isEqualTo(2);
		assertThat(pipeline.get("overdue").findValuesAsString("name")).containsExactly("高端海洋牧场综合体项目", "黄金尾矿制备新型建材项目",
				"智能矿山装备制造项目");
		assertThat(pipeline.get("overdue").findValues("daysOverdue")).extracting(JsonNode::asInt)
			.containsExactly(61, 46, 11);
		assertThat(pipeline.get("stale").findValuesAsString("name")).containsExactly("温泉文旅康养小镇项目");
		assertThat(pipeline.get("stale").get(0).get("daysSince").asInt()).isEqualTo(72);
		Path folder = this.work.resolve("reports").resolve("招远市").resolve("2019-07");
		assertWorkbook(folder.resolve("招远市_2019-07.xlsx"));
		String pdf = pdfText(folder.resolve("招远市_2019-07.pdf"));
		assertThat(pdf).contains("在谈项目逾期未签约3个，最长逾期61天（高端海洋牧场综合体项目）", "逾期未签约项目（督办）", "长期未跟进项目", "五、在谈项目。");
		assertThat(pdf.replaceAll("\\s+", " ")).contains("高端海洋牧场综合体项目 辛庄镇 洽谈中 2019-05-31 61 辛庄镇人民政府 孙建国");
	}

	private static void assertWorkbook(Path file) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
			Sheet sheet = workbook.getSheet("在谈项目");
			assertThat(sheet).isNotNull();
			List<String> overdue = new ArrayList<>();
			for (Row row : sheet) {
				CellStyle style = (row.getCell(0) != null) ? row.getCell(0).getCellStyle() : null;
				boolean red = style != null && style.getFillForegroundColorColor() instanceof XSSFColor fill
						&& "FFFFC7CE".equals(fill.getARGBHex());
				if (red) {
					overdue
						.add(row.getCell(0).getStringCellValue() + " " + (long) row.getCell(11).getNumericCellValue());
				}
			}
			assertThat(overdue).containsExactlyInAnyOrder("高端海洋牧场综合体项目 61", "黄金尾矿制备新型建材项目 46", "智能矿山装备制造项目 11");
		}
	}

	private static String pdfText(Path file) throws IOException {
		try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
			return new PDFTextStripper().getText(pdf);
		}
	}

	private CliRun run(Path input, String... period) {
		List<String> args = new ArrayList<>(List.of("run", "--scope", "招远市", "--input", input.toString(), "--data",
				this.work.resolve("data").toString(), "--out", this.work.resolve("reports").toString()));
		args.addAll(List.of(period));
		return cli(args.toArray(String[]::new));
	}

	private JsonNode json(String month) throws IOException {
		return JSON.readTree(
				this.work.resolve("reports").resolve("招远市").resolve(month).resolve("招远市_" + month + ".json").toFile());
	}

	/**
	 * The signed-projects ledger and the pipeline ledger of 招远市 in a folder of their own.
	 */
	private Path ledgers(List<List<Object>> pipeline) throws IOException {
		Path input = Files.createDirectories(this.work.resolve("input"));
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			sheet(workbook.createSheet("签约项目"), "招远市2019年签约项目台账",
					List.of("项目编号", "项目名称", "签约日期", "落地地区", "投资方", "所属产业", "协议投资额（万元）"),
					List.of(List.of("ZY-1", "海参加工项目", LocalDate.of(2019, 7, 12), "辛庄镇", "大连海宝食品有限公司", "海产品深加工", 5000),
							List.of("ZY-2", "港口物流园项目", LocalDate.of(2019, 7, 20), "招远经济技术开发区", "烟台港航物流有限公司", "物流",
									8000),
							List.of("ZY-3", "老项目", LocalDate.of(2019, 5, 10), "玲珑镇", "某建材公司", "新材料", 20000)));
			write(workbook, input.resolve("招远市签约项目台账2019.xlsx"));
		}
		writePipeline(input.resolve("招远市在谈项目台账.xlsx"), pipeline);
		return input;
	}

	/**
	 * The clerk's rows: ids, stages as written (synonyms), dates as Excel dates or text,
	 * amounts in the header's 亿元 or with their own unit.
	 */
	static List<List<Object>> pipelineRows() {
		return List.of(
				row("ZY-1", "海参加工项目", "大连海宝食品有限公司", "大连市", "辛庄镇", "海产品深加工", 0.5, "已签约", "2019-03-01",
						LocalDate.of(2019, 7, 12), "2019-07-12", "辛庄镇人民政府", "孙建国", "已签约"),
				// signed under its name: the 港口物流园项目 of the signed ledger, no id here
				row("", "港口物流园项目", "烟台港航物流有限公司", "烟台市", "招远经济技术开发区", "物流", "8000万", "待签约", "2019/4/2", "2019年7月",
						"2019-07-20", "招远经济技术开发区管委会", "王志强", ""),
				row("ZY-3", "老项目", "某建材公司", "", "玲珑镇", "新材料", 2, "拟签约", "2019-01-05", "2019-05", "2019-05-10",
						"玲珑镇人民政府", "刘海燕", "台账未及时更新"),
				row("ZY-4", "海洋牧场项目", "青岛蓝海渔业发展有限公司", "青岛市", "辛庄镇", "海洋食品", 6, "在谈", "2019.1.15", "2019年5月",
						LocalDate.of(2019, 7, 18), "辛庄镇人民政府", "孙建国", "用海手续办理中"),
				row("ZY-5", "新型建材项目", "山东鲁砾新材料有限公司", "济南市", "玲珑镇", "新材料", 3.5, "拟签约", "2019-02-20", "2019-06-15",
						"2019年6月20日", "玲珑镇人民政府", "刘海燕", ""),
				row("ZY-6", "康养小镇项目", "北京华康文旅集团有限公司", "北京市", "大秦家街道", "文化旅游", 12, "意向", "2019-04-02", "2019年12月",
						"2019-06-25", "大秦家街道办事处", "陈晓东", ""),
				row("ZY-7", "光伏项目", "江苏明晖新能源有限公司", "苏州市", "玲珑镇", "光伏", 4, "放弃", "2018-11-08", "2019-04-30",
						"2019-03-01", "玲珑镇人民政府", "赵明", "终止洽谈"),
				row("ZY-8", "医药项目", "浙江华睿药业有限公司", "台州市", "招远经济技术开发区", "生物医药", "待定", "洽谈中", "2019-07-08", "2019-10-31",
						"2019-07-22", "招远市商务局", "李娜", ""),
				row("ZY-9", "电商产业园项目", "深圳前海跨境通供应链有限公司", "深圳市", "招远经济技术开发区", "物流", 2, "初步接洽", "2019-08-12", "2020年3月",
						"2019-08-20", "招远市商务局", "周敏", ""),
				row("ZY-10", "谈判破裂项目", "某公司", "", "辛庄镇", "", 1, "谈判破裂", "2019-02-01", "2019-09-30", "2019-07-01",
						"辛庄镇人民政府", "孙建国", ""));
	}

	private static List<Object> row(Object... cells) {
		return List.of(cells);
	}

	private static List<Object> with(List<Object> row, int index, Object value) {
		List<Object> changed = new ArrayList<>(row);
		changed.set(index, value);
		return changed;
	}

	static void writePipeline(Path file, List<List<Object>> rows) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			sheet(workbook.createSheet("储备库"), "招远市在谈项目台账（2019年7月）", HEADERS, rows);
			write(workbook, file);
		}
	}

	/** A title row, a blank row, the header in row 3, the rows below it. */
	private static void sheet(Sheet sheet, String title, List<String> headers, List<? extends List<?>> rows) {
		sheet.createRow(0).createCell(0).setCellValue(title);
		Row header = sheet.createRow(2);
		for (int c = 0; c < headers.size(); c++) {
			header.createCell(c).setCellValue(headers.get(c));
		}
		CellStyle date = sheet.getWorkbook().createCellStyle();
		date.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("yyyy-mm-dd"));
		for (int r = 0; r < rows.size(); r++) {
			Row row = sheet.createRow(3 + r);
			List<?> cells = rows.get(r);
			for (int c = 0; c < cells.size(); c++) {
				Object value = cells.get(c);
				if (value instanceof LocalDate day) {
					row.createCell(c).setCellValue(day);
					row.getCell(c).setCellStyle(date);
				}
				else if (value instanceof Number number) {
					row.createCell(c).setCellValue(number.doubleValue());
				}
				else if (!value.toString().isEmpty()) {
					row.createCell(c).setCellValue(value.toString());
				}
			}
		}
	}

	private static void write(XSSFWorkbook workbook, Path file) throws IOException {
		try (OutputStream out = Files.newOutputStream(file)) {
			workbook.write(out);
		}
	}

}
