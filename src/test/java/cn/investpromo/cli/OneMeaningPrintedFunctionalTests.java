package cn.investpromo.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
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
 * The sample ledgers' 招远市 reports of July 2019 (Chinese and English), Q3 2019 and 2019 as
 * a director reads them (issue 22, points 7 and 8): one meaning per colour and one name
 * per thing — 本级, the target, the English glossary — and print that fills its pages,
 * measured from the text positions pdfbox reads.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OneMeaningPrintedFunctionalTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Path reports;

	@BeforeAll
	void writeTheReports(@TempDir Path work) {
		this.reports = work.resolve("reports");
		String data = work.resolve("data").toString();
		String out = this.reports.toString();
		List<String[]> runs = List.of(
				new String[] { "run", "--month", "2019-07", "--scope", "招远市", "--input", "input" },
				new String[] { "report", "--month", "2019-07", "--scope", "招远市", "--lang", "en" },
				new String[] { "report", "--period", "2019-Q3", "--scope", "招远市" },
				new String[] { "report", "--period", "2019", "--scope", "招远市" });
		for (String[] run : runs) {
			List<String> args = new ArrayList<>(List.of(run));
			args.addAll(List.of("--data", data, "--out", out, "--no-deliver"));
			CliRun result = cli(args.toArray(String[]::new));
			assertThat(result.status()).as(result.err()).isZero();
		}
	}

	@Test
	void theEnglishReportSaysEveryAmountOneWayAndEveryGapNotReported() throws IOException {
		String text = text(pdf("2019-07", "招远市_2019-07_en.pdf")).replaceAll("\\s+", " ");
		// one amount form: CNY 1.43 bn, CNY 500 mn; a table's unit is in its header
		assertThat(text).contains("CNY 1.43 bn", "CNY 500 mn", "CNY 53.9 mn")
			.doesNotContainPattern("\\d CNY 100 million")
			.doesNotContainPattern("\\d billion")
			// a figure in millions other than the tables' unit, CNY 100 million
			.doesNotContainPattern("CNY (?!100 million[ )])\\d+(\\.\\d+)? million");
		// one word for a missing value, official terms, one name for the city's own level
		assertThat(text).contains("not reported", "Funds in place", "City level", "Rank")
			.doesNotContain("n/a", "not given", "without an amount", "own level", "Funds arrived", "funds arrived",
					"Landing", "Position", "Producing");
	}

	@Test
	void theCityItselfHasOneNameInEveryTableChartListAndSentence() throws IOException {
		for (String period : List.of("2019-07", "2019-Q3", "2019")) {
			String text = text(pdf(period, "招远市_" + period + ".pdf")).replaceAll("\\s", "");
			Matcher self = Pattern.compile("[\\p{IsHan}（]{0,4}本级").matcher(text);
			TreeSet<String> names = new TreeSet<>();
			while (self.find()) {
				String found = self.group();
				names.add(found.substring(Math.max(0, found.length() - 3)));
			}
			// 本级不参与排名 is the ranking rule, which names 本级 as a level
			names.remove("本级");
			assertThat(names).as(period).containsExactly("市本级");
			assertThat(text).as(period).doesNotContain("（本级）", "落户招远市");
		}
		JsonNode top = JSON.readTree(json("2019-07", "招远市_2019-07.json").toFile()).get("topProjects");
		List<String> regions = new ArrayList<>();
		top.forEach((project) -> regions.add(project.get("regionName").asString()));
		assertThat(regions).contains("市本级").doesNotContain("招远市");
	}

	@Test
	void theTargetTileNamesItsTargetAndItsLightIsALight() throws IOException {
		String first = page(pdf("2019-07", "招远市_2019-07.pdf"), 1).replaceAll("\\s", "");
		assertThat(first).contains("协议投资额目标", "42.9%", "●欠序时进度15.4个百分点", "目标120.00亿元",
				// the tile's second line wraps, and the text of the tiles beside it is
				// read between
				"时进度58.3%）", "▲▼为同比变化：红色表示上升，绿色表示下降");
		// the title block names the scope, never its code
		assertThat(first).contains("统计范围：招远市统计期").doesNotContain("370685");
		String english = page(pdf("2019-07", "招远市_2019-07_en.pdf"), 1).replaceAll("\\s+", " ");
		// seven tiles since issue 21: the funds tile sets its unit word under the figure
		assertThat(english).contains("Target: agreed", "CNY 1.43 bn", "CNY 53.9");
		JsonNode tiles = JSON.readTree(json("2019-07", "招远市_2019-07_en.json").toFile()).get("frontPage").get("tiles");
		// the target tile comes last, after the tiles of 到位资金 and 实际使用外资 (issue 21)
		JsonNode tile = tiles.get(tiles.size() - 1);
		assertThat(tile.get("label").asString()).isEqualTo("Target: agreed investment");
		assertThat(tile.get("detail").asString()).isEqualTo("target CNY 12.00 bn; time elapsed 58.3%");
	}

	@Test
	void theLargestProjectsTitleCountsItsRows() throws IOException {
		for (String period : List.of("2019-07", "2019-Q3")) {
			int rows = JSON.readTree(json(period, "招远市_" + period + ".json").toFile()).get("topProjects").size();
			String text = text(pdf(period, "招远市_" + period + ".pdf")).replaceAll("\\s", "");
			String title = (rows == 10) ? "投资额前十项目" : "投资额前" + rows + "项目";
			assertThat(text).as(period).contains(title);
			if (rows != 10) {
				assertThat(text).as(period).doesNotContain("前十");
			}
		}
	}

	@Test
	void theProjectListNamesTheEventAndGivesItsNotesRoom() throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(json("2019-07", "招远市_2019-07.xlsx").toFile())) {
			XSSFSheet projects = workbook.getSheet("项目清单");
			Row header = projects.getRow(1);
			int event = column(header, "签约活动");
			int notes = column(header, "备注");
			for (int r = 2; r <= projects.getLastRowNum(); r++) {
				Row row = projects.getRow(r);
				assertThat(row.getCell(event).getStringCellValue()).isEqualTo("招远市招商引资招才引智推介会（深圳）");
				// 备注 was 8 lines tall in a 10-unit column: now no row is more than five
				// lines
				assertThat(row.getHeightInPoints()).as("row " + r).isLessThanOrEqualTo(5 * 17f);
			}
			assertThat(projects.getColumnWidth(notes) / 256).isGreaterThanOrEqualTo(20);
			// printed: the header repeats, the page fits its width
			assertThat(projects.getRepeatingRows().getFirstRow()).isZero();
			assertThat(projects.getRepeatingRows().getLastRow()).isEqualTo(1);
			assertThat(projects.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
			assertThat(projects.getPrintSetup().getFitHeight()).isZero();
		}
	}

	@Test
	void aYearThatIsOverSaysWhetherItsTargetsWereMet() throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(json("2019", "招远市_2019.xlsx").toFile())) {
			List<String> schedule = new ArrayList<>();
			workbook.getSheet("目标完成").forEach((row) -> row.forEach((cell) -> schedule.add(cell.toString())));
			assertThat(schedule).contains("未完成").doesNotContain("欠进度");
		}
		String first = page(pdf("2019", "招远市_2019.pdf"), 1).replaceAll("\\s", "");
		assertThat(first).contains("距全年目标差");
	}

	@Test
	void noPageButTheLastIsLessThanAThirdFull() throws IOException {
		for (String[] report : List.of(new String[] { "2019-07", "招远市_2019-07.pdf" },
				new String[] { "2019-07", "招远市_2019-07_en.pdf" }, new String[] { "2019-Q3", "招远市_2019-Q3.pdf" },
				new String[] { "2019", "招远市_2019.pdf" })) {
			try (PDDocument pdf = Loader.loadPDF(pdf(report[0], report[1]).toFile())) {
				for (int page = 1; page < pdf.getNumberOfPages(); page++) {
					assertThat(fullness(pdf, page)).as(report[1] + " page " + page).isGreaterThan(1 / 3f);
				}
			}
		}
	}

	/**
	 * How far down the page its body text reaches, as a share of the room between the
	 * running header and the page number.
	 */
	private static float fullness(PDDocument pdf, int page) throws IOException {
		float height = pdf.getPage(page - 1).getMediaBox().getHeight();
		float[] lowest = { 0 };
		PDFTextStripper stripper = new PDFTextStripper() {

			@Override
			protected void processTextPosition(TextPosition text) {
				float y = text.getYDirAdj();
				// the page number stands in the bottom margin
				if (y < height * 0.93f) {
					lowest[0] = Math.max(lowest[0], y);
				}
			}

		};
		stripper.setStartPage(page);
		stripper.setEndPage(page);
		stripper.getText(pdf);
		float top = height * 0.06f;
		float bottom = height * 0.92f;
		return (lowest[0] - top) / (bottom - top);
	}

	private static int column(Row header, String name) {
		for (Cell cell : header) {
			if (cell.getStringCellValue().equals(name)) {
				return cell.getColumnIndex();
			}
		}
		throw new AssertionError("no column " + name);
	}

	private Path pdf(String period, String name) {
		return this.reports.resolve("招远市").resolve(period).resolve(name);
	}

	private Path json(String period, String name) {
		return pdf(period, name);
	}

	private static String text(Path pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			return new PDFTextStripper().getText(document);
		}
	}

	private static String page(Path pdf, int page) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setStartPage(page);
			stripper.setEndPage(page);
			stripper.setSortByPosition(true);
			return stripper.getText(document);
		}
	}

}
