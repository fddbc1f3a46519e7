package cn.investpromo.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import static cn.investpromo.cli.CliRun.cli;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9, point 9, on the sample ledgers: the English 招远市 2019-07 report names places in
 * pinyin with the Chinese in brackets, says months and amounts as an English reader does,
 * and its title breaks after the place name rather than in the middle of a phrase.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EnglishReportFunctionalTests {

	private static final Path SAMPLE_INPUT = Path.of("input");

	private Path folder;

	private List<String> pdfLines;

	@BeforeAll
	void runOnSampleLedgers(@TempDir Path work) throws IOException {
		Path reports = work.resolve("reports");
		CliRun run = cli("run", "--month", "2019-07", "--scope", "招远市", "--input", SAMPLE_INPUT.toString(), "--data",
				work.resolve("data").toString(), "--out", reports.toString(), "--no-deliver", "--lang", "en");
		assertThat(run.status()).as(run.err()).isZero();
		this.folder = reports.resolve("招远市").resolve("2019-07");
		try (PDDocument pdf = Loader.loadPDF(this.folder.resolve("招远市_2019-07_en.pdf").toFile())) {
			this.pdfLines = Stream.of(new PDFTextStripper().getText(pdf).split("\\R"))
				.map((line) -> line.strip().replaceAll("\\s+", " "))
				.toList();
		}
	}

	@Test
	void titleBreaksAfterThePlaceName() {
		// then: the first page opens with the place, then the kind of report, then the
		// month
		assertThat(this.pdfLines.subList(0, 3)).containsExactly("Zhaoyuan (招远市)", "Investment Promotion Monthly Report",
				"July 2019");
		// the running header keeps the title on one line
		assertThat(this.pdfLines).contains("Zhaoyuan (招远市): Investment Promotion Monthly Report · July 2019");
	}

	@Test
	void placesAreInPinyinAndAmountsInMillionsAndBillions() throws IOException {
		String text = String.join("\n", this.pdfLines);
		assertThat(text)
			.contains("Linglong (玲珑镇)", "Xiadian (夏甸镇)", "City level", "Guangdong (广东省)", "CNY 100 mn or more",
					"CNY 500 mn or more", "CNY 1 bn or more")
			.doesNotContain("At least", "(100m CNY)", "7/2019", "（本级）", "亿元以上");
		List<String> cells = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(
				Files.newInputStream(this.folder.resolve("招远市_2019-07_en.xlsx")))) {
			workbook.forEach((sheet) -> sheet.forEach((row) -> row.forEach((cell) -> cells.add(text(cell)))));
		}
		assertThat(cells).contains("Linglong (玲珑镇)", "City level", "CNY 100 mn or more", "CNY 2 bn or more")
			.doesNotContain("市本级", "own level", "1亿元以上");
	}

	private static String text(Cell cell) {
		return (cell.getCellType() == CellType.STRING) ? cell.getStringCellValue() : "";
	}

}
