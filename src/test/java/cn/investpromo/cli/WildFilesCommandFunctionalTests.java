package cn.investpromo.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

import static cn.investpromo.cli.CliRun.cli;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real-world files through the command line (issue 12): a workbook that is not a ledger
 * fails the run with one line, the log file holds the same lines as the console, and a
 * ledger with cells as long as Excel allows is stored whole and reported.
 */
class WildFilesCommandFunctionalTests {

	@TempDir
	Path work;

	@Test
	void aWorkbookWithoutALedgerSheetExitsWith1AndTheLogFileHoldsItsLineAndTheOutcome() throws Exception {
		// given
		Path input = Files.createDirectories(this.work.resolve("input"));
		Path data = this.work.resolve("data");
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			workbook.createSheet("功能清单").createRow(0).createCell(0).setCellValue("模块");
			write(workbook, input.resolve("功能清单.xlsx"));
		}
		// when
		CliRun run = cli("import", "--input", input.toString(), "--data", data.toString());
		// then
		String line = "错误 / error: 功能清单.xlsx：没有可识别的台账工作表（已检查工作表：功能清单） / no ledger sheet (sheets checked: 功能清单)";
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.err().lines()).containsExactly(line);
		assertThat(run.out()).contains(
				"import FAILED: 1 file(s), 0 row(s) read, 0 accepted, 0 rejected, 1 file(s) without a ledger sheet");
		String log = Files.readString(data.resolve("logs/investpromo.log"), StandardCharsets.UTF_8);
		assertThat(log).contains(line).contains("import FAILED: 1 file(s), 0 row(s) read");
	}

	@Test
	void cellsAsLongAsExcelAllowsAreStoredWholeAndTheReportIsWritten() throws Exception {
		// given: a 招远市 ledger whose 项目名称 and 备注 hold 32,767 characters, the most an Excel
		// cell holds
		Path input = Files.createDirectories(this.work.resolve("input"));
		Path data = this.work.resolve("data");
		Path reports = this.work.resolve("reports");
		// varied text, as real notes are: a run of one character would compress like a
		// zip bomb
		String longName = "超长项目名称" + chinese(32_767 - 6, 1);
		String longNote = chinese(32_767, 2);
		assertThat(longName).hasSize(32_767);
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("签约项目");
			row(sheet, 0, "项目编号", "项目名称", "签约日期", "落地地区", "投资方", "所属产业", "协议投资额（万元）", "备注");
			row(sheet, 1, "P-1", longName, "2019-07-28", "夏甸镇", "梅朵珠宝", "黄金深加工", "15000", longNote);
			row(sheet, 2, "P-2", "柔性电路项目", "2019-07-29", "招远经济技术开发区", "某电子", "柔性电路", "5000", "");
			write(workbook, input.resolve("招远市签约项目2019.xlsx"));
		}
		// when
		CliRun run = cli("run", "--month", "2019-07", "--scope", "招远市", "--input", input.toString(), "--data",
				data.toString(), "--out", reports.toString());
		// then: both rows stored, the long texts whole
		assertThat(run.status()).as(run.err()).isZero();
		assertThat(run.out()).contains("import completed: 1 file(s), 2 row(s) read, 2 accepted, 0 rejected");
		List<String> stored = storedNames(data);
		assertThat(stored).hasSize(2).contains("柔性电路项目");
		assertThat(stored).anySatisfy((name) -> assertThat(name).isEqualTo(longName));
		// and the workbook and the PDF are written, no cell over Excel's limit
		Path folder = reports.resolve("招远市").resolve("2019-07");
		try (InputStream in = Files.newInputStream(folder.resolve("招远市_2019-07.xlsx"));
				XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			boolean found = false;
			for (Sheet sheet : workbook) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
							String text = cell.getStringCellValue();
							assertThat(text.length()).isLessThanOrEqualTo(32_767);
							found |= text.startsWith("超长项目名称");
						}
					}
				}
			}
			assertThat(found).as("the long project is listed in the workbook").isTrue();
		}
		try (PDDocument pdf = Loader.loadPDF(folder.resolve("招远市_2019-07.pdf").toFile())) {
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s", "");
			assertThat(text).contains("柔性电路项目").contains("超长项目名称");
		}
	}

	/** Characters drawn from the common CJK block, the same for the same seed. */
	private static String chinese(int length, long seed) {
		java.util.Random random = new java.util.Random(seed);
		StringBuilder text = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			text.append((char) (0x4E00 + random.nextInt(0x5000)));
		}
		return text.toString();
	}

	private static List<String> storedNames(Path data) {
		SingleConnectionDataSource dataSource = new SingleConnectionDataSource(
				"jdbc:hsqldb:file:" + data.resolve("investpromo") + ";shutdown=true", "SA", "", true);
		try {
			return new JdbcTemplate(dataSource).queryForList("SELECT name FROM signed_project", String.class);
		}
		finally {
			dataSource.destroy();
		}
	}

	private static void row(Sheet sheet, int index, String... cells) {
		Row row = sheet.createRow(index);
		for (int i = 0; i < cells.length; i++) {
			row.createCell(i).setCellValue(cells[i]);
		}
	}

	private static void write(XSSFWorkbook workbook, Path file) throws IOException {
		try (OutputStream out = Files.newOutputStream(file)) {
			workbook.write(out);
		}
	}

}
