package cn.investpromo.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.jdbc.JdbcTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC §2.6 bad files through the real import job: each gives one line naming the file
 * and the cause, the good file beside it is imported, the run fails, nothing stored
 * earlier is lost or doubled, and a fixed rerun completes.
 */
@SpringBootTest(
		properties = { "spring.datasource.url=jdbc:hsqldb:mem:badfiles;shutdown=false", "investpromo.default-region=",
				"investpromo.max-columns=50", "investpromo.max-rows-per-sheet=1000", "investpromo.max-file-size-mb=1" })
class BadLedgerFilesFunctionalTests extends ImportJobTestSupport {

	private static final List<String> GOOD_ROW = List.of("P-1", "金银珠宝加工项目", "2019-07-28", "夏甸镇", "梅朵珠宝", "黄金深加工",
			"15000");

	@Test
	void aTruncatedXlsx() throws Exception {
		Path whole = this.input.resolve("whole.tmp");
		writeProjects(whole, List.of(GOOD_ROW));
		byte[] bytes = Files.readAllBytes(whole);
		Files.delete(whole);
		Files.write(this.input.resolve("z-bad.xlsx"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
		assertOneLine("z-bad.xlsx：文件已损坏");
	}

	@Test
	void anEncryptedXlsx() throws Exception {
		POIFSFileSystem fs = new POIFSFileSystem();
		Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
		encryptor.confirmPassword("secret");
		try (XSSFWorkbook workbook = projects(new XSSFWorkbook(), List.of(GOOD_ROW));
				OutputStream out = encryptor.getDataStream(fs)) {
			workbook.write(out);
		}
		try (OutputStream out = Files.newOutputStream(this.input.resolve("z-bad.xlsx"))) {
			fs.writeFilesystem(out);
		}
		assertOneLine("z-bad.xlsx：文件已加密，请去掉密码后再导入");
	}

	@Test
	void anEncryptedXls() throws Exception {
		try (HSSFWorkbook workbook = projects(new HSSFWorkbook(), List.of(GOOD_ROW))) {
			Biff8EncryptionKey.setCurrentUserPassword("secret");
			try (OutputStream out = Files.newOutputStream(this.input.resolve("z-bad.xls"))) {
				workbook.write(out);
			}
			finally {
				Biff8EncryptionKey.setCurrentUserPassword(null);
			}
		}
		assertOneLine("z-bad.xls：文件已加密，请去掉密码后再导入");
	}

	@Test
	void aPdfRenamedXlsx() throws Exception {
		Files.writeString(this.input.resolve("z-bad.xlsx"), "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n");
		assertOneLine("z-bad.xlsx：不是电子表格：文件内容是 PDF 文档");
	}

	@Test
	void aTextFileRenamedXlsx() throws Exception {
		Files.writeString(this.input.resolve("z-bad.xlsx"), "项目名称,签约日期\n某项目,2019-07-28\n");
		assertOneLine("z-bad.xlsx：不是电子表格：内容既不是 .xlsx 也不是 .xls（可能只是改了扩展名）");
	}

	@Test
	void anEmptyFile() throws Exception {
		Files.createFile(this.input.resolve("z-bad.xlsx"));
		assertOneLine("z-bad.xlsx：文件为空（0 字节）");
	}

	@Test
	void aZipBomb() throws Exception {
		// a real workbook whose sheet XML inflates 1000 times: 50 MB of spaces inside the
		// root element
		Path plain = this.input.resolve("plain.tmp");
		writeProjects(plain, List.of(GOOD_ROW));
		rewriteSheet(plain, this.input.resolve("z-bad.xlsx"), (out) -> {
			out.write(sheetXml("", "").replace("<sheetData>", "")
				.replace("</sheetData>", "")
				.replace("</worksheet>", "")
				.getBytes(StandardCharsets.UTF_8));
			byte[] spaces = new byte[1 << 20];
			java.util.Arrays.fill(spaces, (byte) ' ');
			for (int i = 0; i < 50; i++) {
				out.write(spaces);
			}
			out.write("<sheetData/></worksheet>".getBytes(StandardCharsets.UTF_8));
		});
		Files.delete(plain);
		assertOneLine("z-bad.xlsx：工作表 签约项目：疑似压缩炸弹（zip bomb）：解压后的数据量与压缩比异常，已拒绝读取");
	}

	@Test
	void xmlWithAnExternalEntityIsRefusedAndNothingOfTheEntityIsRead() throws Exception {
		Path plain = this.input.resolve("plain.tmp");
		writeProjects(plain, List.of(GOOD_ROW));
		rewriteSheet(plain, this.input.resolve("z-bad.xlsx"), (out) -> out
			.write(sheetXml("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>", """
					<row r="1"><c r="A1" t="inlineStr"><is><t>项目名称</t></is></c>\
					<c r="B1" t="inlineStr"><is><t>签约日期</t></is></c></row>\
					<row r="2"><c r="A2" t="inlineStr"><is><t>&e;</t></is></c>\
					<c r="B2" t="inlineStr"><is><t>2019-07-28</t></is></c></row>""").getBytes(StandardCharsets.UTF_8)));
		Files.delete(plain);
		assertOneLine("z-bad.xlsx：工作表 签约项目：XML 含 DTD 或外部实体声明，出于安全原因拒绝读取");
		assertThat(this.jdbc.queryForList("SELECT name FROM signed_project", String.class))
			.noneMatch((name) -> name.contains("root:"));
		assertThat(JdbcTestUtils.countRowsInTableWhere(this.jdbc, "ledger_reject", "cell_value LIKE '%root:%'"))
			.isZero();
	}

	@Test
	void strayValuesInColumnXfdAreIgnoredAndTheRowsImported() throws Exception {
		// given: an .xlsx and a CSV with a value in their 16,384th column (XFD), in the
		// header row and in a data row, and an .xls with one in its last column (IV);
		// the limit is 50 columns
		try (XSSFWorkbook workbook = projects(new XSSFWorkbook(), List.of(row("P-X1")))) {
			workbook.getSheetAt(0).getRow(2).createCell(16_383).setCellValue("备注");
			workbook.getSheetAt(0).getRow(3).createCell(16_383).setCellValue("见附件");
			try (OutputStream out = Files.newOutputStream(this.input.resolve("a-wide.xlsx"))) {
				workbook.write(out);
			}
		}
		try (HSSFWorkbook workbook = projects(new HSSFWorkbook(), List.of(row("P-L1")))) {
			workbook.getSheetAt(0).getRow(2).createCell(255).setCellValue("备注");
			workbook.getSheetAt(0).getRow(3).createCell(255).setCellValue("见附件");
			try (OutputStream out = Files.newOutputStream(this.input.resolve("b-wide.xls"))) {
				workbook.write(out);
			}
		}
		String padding = ",".repeat(16_384 - PROJECT_HEADERS.size());
		Files.writeString(this.input.resolve("c-wide.csv"), String.join(",", PROJECT_HEADERS) + padding + "备注\n"
				+ String.join(",", row("P-C1")) + padding + "见附件\n", StandardCharsets.UTF_8);
		// when
		Launch execution = launch();
		// then: every row imported, nothing refused
		assertThat(execution.problems()).isEmpty();
		assertThat(execution.status()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.jdbc.queryForList("SELECT project_key FROM signed_project ORDER BY project_key", String.class))
			.containsExactly("ID|P-C1", "ID|P-L1", "ID|P-X1");
		assertThat(this.jdbc.queryForList("SELECT amount_wan FROM signed_project", java.math.BigDecimal.class))
			.allSatisfy((amount) -> assertThat(amount).isEqualByComparingTo("15000"));
		assertThat(JdbcTestUtils.countRowsInTable(this.jdbc, "ledger_reject")).isZero();
	}

	private static List<String> row(String key) {
		List<String> row = new java.util.ArrayList<>(GOOD_ROW);
		row.set(0, key);
		return row;
	}

	@Test
	void anAbsurdlyLongSheet() throws Exception {
		StringBuilder csv = new StringBuilder(String.join(",", PROJECT_HEADERS)).append('\n');
		for (int i = 0; i < 1200; i++) {
			csv.append("P-").append(i).append(",项目").append(i).append(",2019-07-28,夏甸镇,某公司,珠宝,1\n");
		}
		Files.writeString(this.input.resolve("z-bad.csv"), csv);
		assertOneLine("z-bad.csv：工作表 z-bad 超过 1000 行的上限（investpromo.max-rows-per-sheet），已拒绝");
	}

	@Test
	void anOversizedFile() throws Exception {
		Files.writeString(this.input.resolve("z-bad.csv"), "项目名称,签约日期\n" + "x,2019-07-28\n".repeat(100_000));
		assertOneLine("z-bad.csv：文件大小 1.2 MB 超过上限 1 MB（investpromo.max-file-size-mb），已拒绝");
	}

	@Test
	void aBinaryFileNamedCsv() throws Exception {
		Files.write(this.input.resolve("z-bad.csv"), new byte[] { 'a', 0, 'b', 0, 1, 2, 3 });
		assertOneLine("z-bad.csv：不是文本 CSV 文件");
	}

	@Test
	void nothingStoredEarlierIsLostOrDoubledAndAFixedRerunCompletes() throws Exception {
		// given: a first import stored the good ledger
		writeProjects(this.input.resolve("a-good.xlsx"), List.of(GOOD_ROW));
		assertThat(launch().status()).isEqualTo(BatchStatus.COMPLETED);
		// when: a second ledger arrives broken, then fixed
		Path bad = this.input.resolve("z-late.xlsx");
		Files.writeString(bad, "garbage");
		Launch broken = launch();
		long projectsAfterBroken = JdbcTestUtils.countRowsInTable(this.jdbc, "signed_project");
		List<String> afterBroken = this.jdbc.queryForList("SELECT project_key FROM signed_project", String.class);
		Files.delete(bad);
		writeProjects(bad, List.of(List.of("P-2", "柔性电路项目", "2019-07-29", "招远经济技术开发区", "某电子", "柔性电路", "5000")));
		Launch fixed = launch();
		// then
		assertThat(broken.status()).isEqualTo(BatchStatus.FAILED);
		assertThat(projectsAfterBroken).isEqualTo(1);
		assertThat(afterBroken).containsExactly("ID|P-1");
		assertThat(fixed.status()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.jdbc.queryForList("SELECT project_key FROM signed_project ORDER BY project_key", String.class))
			.containsExactly("ID|P-1", "ID|P-2");
		assertThat(JdbcTestUtils.countRowsInTableWhere(this.jdbc, "ledger_sheet", "kind = 'unreadable'")).isZero();
	}

	/**
	 * Runs the job on a good ledger and the bad file already in the folder, and checks
	 * the SPEC §2.6 promises.
	 */
	private void assertOneLine(String expectedStart) throws Exception {
		writeProjects(this.input.resolve("a-good.xlsx"), List.of(GOOD_ROW));
		Launch execution = launch();
		assertThat(execution.status()).isEqualTo(BatchStatus.FAILED);
		assertThat(execution.problems()).singleElement().satisfies((line) -> {
			assertThat(line).startsWith(expectedStart).doesNotContain("\n").doesNotContain("Exception");
		});
		assertThat(this.jdbc.queryForList("SELECT project_key FROM signed_project", String.class))
			.containsExactly("ID|P-1");
		assertThat(this.jdbc.queryForObject("SELECT message FROM ledger_sheet WHERE kind = 'unreadable'", String.class))
			.isEqualTo(execution.problems().get(0).substring(expectedStart.indexOf('：') + 1));
	}

	private static String sheetXml(String doctype, String rows) {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + doctype
				+ "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" + rows
				+ "</sheetData></worksheet>";
	}

	interface SheetWriter {

		void write(OutputStream out) throws IOException;

	}

	/**
	 * Copies a workbook, replacing the first sheet's XML: how crafted XML gets into a
	 * real .xlsx.
	 */
	private static void rewriteSheet(Path from, Path to, SheetWriter sheet) throws IOException {
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(from));
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				out.putNextEntry(new ZipEntry(entry.getName()));
				if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
					sheet.write(out);
				}
				else {
					((InputStream) in).transferTo(out);
				}
				out.closeEntry();
			}
		}
	}

}
