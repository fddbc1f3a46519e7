package cn.investpromo.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static cn.investpromo.cli.CliRun.cli;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A month whose lists are longer than what a renderer measures (500 rows): 1,200 projects
 * and 600 rejected rows of one 招远市 ledger go whole, in order, into the workbook's list
 * sheets, the PDF's project list (its header on every page) and the JSON, although each
 * renderer reads them from the database as it writes them.
 */
class LongListingsFunctionalTests {

	private static final int PROJECTS = 1200;

	private static final int REJECTS = 600;

	/**
	 * The row (1-based among the projects) whose name is far longer than any of the first
	 * 500.
	 */
	private static final int LONG_NAME_ROW = 900;

	private static final String LONG_NAME = "长列表末尾的超长名称项目" + "配套基础设施及产业链延伸".repeat(4);

	@TempDir
	Path work;

	@Test
	void everyRowOfALongMonthIsListedInOrderInAllThreeOutputs() throws Exception {
		// given
		Path input = Files.createDirectories(this.work.resolve("input"));
		writeLedger(input.resolve("招远市招商台账2019.xlsx"));
		String out = this.work.resolve("reports").toString();

		// when
		CliRun run = cli("run", "--month", "2019-07", "--scope", "招远市", "--input", input.toString(), "--data",
				this.work.resolve("data").toString(), "--out", out);

		// then: JSON, largest first, those without an amount last
		assertThat(run.status()).as(run.err()).isZero();
		Path folder = this.work.resolve("reports").resolve("招远市").resolve("2019-07");
		JsonNode json = JsonMapper.builder().build().readTree(folder.resolve("招远市_2019-07.json").toFile());
		List<String> ids = new ArrayList<>();
		List<BigDecimal> amounts = new ArrayList<>();
		json.get("projects").forEach((p) -> {
			ids.add(p.get("id").asString());
			amounts.add(p.get("amountWan").isNull() ? null : new BigDecimal(p.get("amountWan").asString()));
		});
		assertThat(ids).hasSize(PROJECTS).doesNotHaveDuplicates();
		assertThat(amounts.subList(0, PROJECTS - PROJECTS / 50)).doesNotContainNull()
			.isSortedAccordingTo((a, b) -> b.compareTo(a));
		assertThat(amounts.subList(PROJECTS - PROJECTS / 50, PROJECTS)).containsOnlyNulls();
		assertThat(json.get("kpis").get("projects").get("month").asLong()).isEqualTo(PROJECTS);
		assertThat(json.get("dataQuality").get("rejects")).hasSize(REJECTS);
		assertThat(json.get("dataQuality").get("rejects").get(REJECTS - 1).get("row").asInt())
			.isEqualTo(PROJECTS + REJECTS + 1);

		// then: the workbook's list sheets, in the JSON's order, the long name kept whole
		try (InputStream in = Files.newInputStream(folder.resolve("招远市_2019-07.xlsx"));
				XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			Sheet projects = workbook.getSheet("项目清单");
			List<String> listed = new ArrayList<>();
			List<String> names = new ArrayList<>();
			for (int r = 2; r <= projects.getLastRowNum(); r++) {
				listed.add(projects.getRow(r).getCell(0).getStringCellValue());
				names.add(projects.getRow(r).getCell(1).getStringCellValue());
			}
			assertThat(listed).isEqualTo(ids);
			assertThat(names).contains(LONG_NAME);
			assertThat(projects.getRow(2 + names.indexOf(LONG_NAME)).getCell(1).getCellStyle().getWrapText()).isTrue();
			Sheet quality = workbook.getSheet("数据质量");
			long rejectRows = 0;
			for (Row row : quality) {
				if (row.getCell(4) != null && row.getCell(4).toString().equals("日期不详")) {
					rejectRows++;
				}
			}
			assertThat(rejectRows).isEqualTo(REJECTS);
			assertThat(workbook.getSheet("重点项目").getLastRowNum()).isEqualTo(1 + 1176 + 2);
		}

		// then: the PDF lists every project once, the list's header repeated on each of
		// its pages
		try (PDDocument pdf = Loader.loadPDF(folder.resolve("招远市_2019-07.pdf").toFile())) {
			PDFTextStripper stripper = new PDFTextStripper();
			String text = stripper.getText(pdf);
			// the list, the ten largest once more in 十大项目, and the fifty largest of the
			// 1,176 key projects (all
			// those with an amount are of 1 亿元 or more), which the workbook lists in
			// full; the largest is named
			// once more in the 本月要点 and once in the narrative
			assertThat(count(text, "长列表项目")).isEqualTo(PROJECTS - 1 + 10 + 50 + 2);
			assertThat(text.replaceAll("\\s+", "")).contains("共1,176个项目，此处列出协议投资额最大的50个");
			int listPages = 0;
			for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				String pageText = stripper.getText(pdf);
				// a list's page holds many projects; the front page and the narrative
				// name the largest alone
				if (count(pageText, "长列表项目") > 2) {
					listPages++;
					assertThat(pageText).as("page %d", page).contains("项目名称");
				}
			}
			assertThat(listPages).isGreaterThan(10);
		}
	}

	/**
	 * 1,200 projects signed in July 2019 by as many investors, with amounts falling by
	 * row, every 50th without one, row 900 with a long name; then 600 rows whose signing
	 * date cannot be read.
	 */
	private static void writeLedger(Path file) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = workbook.createSheet("签约项目");
			cells(sheet.createRow(0), "项目编号", "项目名称", "签约日期", "落地地区", "投资方", "所属产业", "协议投资额（万元）");
			for (int i = 1; i <= PROJECTS; i++) {
				String name = (i == LONG_NAME_ROW) ? LONG_NAME : "长列表项目" + i;
				String amount = (i % 50 == 0) ? "" : String.valueOf(200000 - i * 10);
				cells(sheet.createRow(i), "L%04d".formatted(i), name, "2019-07-%02d".formatted(1 + i % 28), "招远市",
						"投资方" + i, "电子信息", amount);
			}
			for (int i = 1; i <= REJECTS; i++) {
				cells(sheet.createRow(PROJECTS + i), "R%04d".formatted(i), "日期不明项目" + i, "日期不详", "招远市", "某公司", "电子信息",
						"1000");
			}
			workbook.write(out);
			workbook.dispose();
		}
	}

	private static void cells(Row row, String... values) {
		for (int c = 0; c < values.length; c++) {
			if (!values[c].isEmpty()) {
				row.createCell(c).setCellValue(values[c]);
			}
		}
	}

	private static int count(String text, String word) {
		int n = 0;
		for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
			n++;
		}
		return n;
	}

}
