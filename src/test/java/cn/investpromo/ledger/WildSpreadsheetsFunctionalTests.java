package cn.investpromo.ledger;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real-world spreadsheet shapes (issue 12), each built small here: what is valid is read,
 * what is not is named for what it is in one line, and a line that cannot be read costs
 * that row only.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:hsqldb:mem:wildspreadsheets;shutdown=false",
		"investpromo.default-region=", "investpromo.max-columns=500" })
class WildSpreadsheetsFunctionalTests extends ImportJobTestSupport {

	private static final List<String> ROW_1 = List.of("P-1", "金银珠宝加工项目", "2019-07-28", "夏甸镇", "梅朵珠宝", "黄金深加工", "15000");

	private static final List<String> ROW_2 = List.of("P-2", "柔性电路项目", "2019-07-29", "招远经济技术开发区", "某电子", "柔性电路",
			"5000");

	@Test
	void aStyledEmptyCellAtColumnXfdDoesNotRefuseTheLedger() throws Exception {
		// given: formatting that runs to the last column Excel has, as whole formatted
		// rows leave it
		try (XSSFWorkbook workbook = projects(new XSSFWorkbook(), List.of(ROW_1, ROW_2))) {
			CellStyle style = workbook.createCellStyle();
			style.setWrapText(true);
			Sheet sheet = workbook.getSheetAt(0);
			sheet.getRow(0).createCell(16_383).setCellStyle(style);
			sheet.getRow(3).createCell(16_383).setCellStyle(style);
			write(workbook, this.input.resolve("格式到XFD.xlsx"));
		}
		// when
		Launch launch = launch();
		// then
		assertThat(launch.status()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(projectKeys()).containsExactly("ID|P-1", "ID|P-2");
	}

	@Test
	void aWideSheetThatIsNotALedgerDoesNotRefuseTheFile() throws Exception {
		// given: 600 columns with values in a notes sheet, beside the ledger
		try (XSSFWorkbook workbook = projects(new XSSFWorkbook(), List.of(ROW_1))) {
			Row row = workbook.createSheet("说明").createRow(0);
			for (int i = 0; i < 600; i++) {
				row.createCell(i).setCellValue("注" + i);
			}
			write(workbook, this.input.resolve("宽说明页.xlsx"));
		}
		// when
		Launch launch = launch();
		// then
		assertThat(launch.status()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(projectKeys()).containsExactly("ID|P-1");
	}

	@Test
	void aStrictOpenXmlLedgerImportsItsRows() throws Exception {
		// given: the ledger as Excel's "Strict Open XML Spreadsheet" writes it, with a
		// date typed as an Excel date
		Path transitional = this.input.resolve("transitional.tmp");
		try (XSSFWorkbook workbook = projects(new XSSFWorkbook(), List.of(ROW_1))) {
			Row row = workbook.getSheetAt(0).createRow(4);
			List<String> cells = ROW_2;
			for (int i = 0; i < cells.size(); i++) {
				row.createCell(i).setCellValue(cells.get(i));
			}
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("yyyy/m/d"));
			row.getCell(2).setCellValue(LocalDate.of(2019, 7, 29));
			row.getCell(2).setCellStyle(date);
			write(workbook, transitional);
		}
		Path strict = this.input.resolve("严格格式.xlsx");
		toStrict(transitional, strict);
		Files.delete(transitional);
		assertThat(new String(entry(strict, "xl/workbook.xml"), StandardCharsets.UTF_8))
			.contains("http://purl.oclc.org/ooxml/spreadsheetml/main")
			.doesNotContain("schemas.openxmlformats.org");
		// when
		Launch launch = launch();
		// then
		assertThat(launch.status()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.jdbc.queryForList("SELECT project_key, signed_date FROM signed_project ORDER BY project_key"))
			.extracting((row) -> row.get("PROJECT_KEY") + " " + row.get("SIGNED_DATE"))
			.containsExactly("ID|P-1 2019-07-28", "ID|P-2 2019-07-29");
	}

	@Test
	void xmlPartsWithAUtf8ByteOrderMarkRead() throws Exception {
		// given: every XML part starting with a UTF-8 byte-order mark, as some writers
		// save them
		Path plain = this.input.resolve("plain.tmp");
		writeProjects(plain, List.of(ROW_1));
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(plain));
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(this.input.resolve("带BOM.xlsx")))) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				out.putNextEntry(new ZipEntry(entry.getName()));
				out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
				((InputStream) in).transferTo(out);
				out.closeEntry();
			}
		}
		Files.delete(plain);
		// when
		Launch launch = launch();
		// then
		assertThat(launch.status()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(projectKeys()).containsExactly("ID|P-1");
	}

	@Test
	void anXlsmLedgerImportsLikeAnXlsx() throws Exception {
		// given
		try (XSSFWorkbook workbook = projects(new XSSFWorkbook(XSSFWorkbookType.XLSM), List.of(ROW_1))) {
			write(workbook, this.input.resolve("带宏台账.xlsm"));
		}
		// when
		Launch launch = launch();
		// then
		assertThat(launch.status()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(projectKeys()).containsExactly("ID|P-1");
	}

	@Test
	void anXlsWhoseWorkbookStreamIsNamedBookInCapitalsImports() throws Exception {
		// given: a BIFF8 workbook whose stream a report writer named BOOK
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (HSSFWorkbook workbook = projects(new HSSFWorkbook(), List.of(ROW_1))) {
			workbook.write(bytes);
		}
		try (POIFSFileSystem fs = new POIFSFileSystem(new java.io.ByteArrayInputStream(bytes.toByteArray()));
				OutputStream out = Files.newOutputStream(this.input.resolve("报表导出.xls"))) {
			assertThat(fs.getRoot().getEntry("Workbook").renameTo("BOOK")).isTrue();
			fs.writeFilesystem(out);
		}
		// when
		Launch launch = launch();
		// then
		assertThat(launch.status()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(projectKeys()).containsExactly("ID|P-1");
	}

	@Test
	void malformedXlsRecordsRejectTheRowsTheyTouchAndTheRestImports() throws Exception {
		// given: P-1's amount record carries 4 bytes more than it holds (as some writers
		// leave them), P-2's name
		// points past the shared strings, P-3's investor record cannot be parsed; P-4 is
		// intact
		List<String> row3 = List.of("P-3", "新材料项目", "2019-07-30", "夏甸镇", "某材料", "新材料", "3000");
		List<String> row4 = List.of("P-4", "物流园项目", "2019-07-31", "夏甸镇", "某物流", "物流", "2000");
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (HSSFWorkbook workbook = projects(new HSSFWorkbook(), List.of(ROW_1, ROW_2, row3, row4))) {
			workbook.write(bytes);
		}
		Path file = this.input.resolve("坏记录.xls");
		rewriteWorkbookStream(bytes.toByteArray(), file, (sid, data) -> {
			if (sid != LABEL_SST || data.length != 10) {
				return null;
			}
			int row = (data[0] & 0xFF) | (data[1] & 0xFF) << 8;
			int column = (data[2] & 0xFF) | (data[3] & 0xFF) << 8;
			if (row == 3 && column == 6) {
				return record(sid, java.util.Arrays.copyOf(data, 14)); // 4 trailing bytes
			}
			if (row == 4 && column == 1) {
				byte[] pastTheTable = data.clone();
				pastTheTable[6] = (byte) 0xFF;
				pastTheTable[7] = (byte) 0xFF;
				return record(sid, pastTheTable);
			}
			if (row == 5 && column == 4) {
				byte[] label = data.clone(); // a LABEL claiming 200 characters in a
												// 10-byte record
				label[6] = (byte) 200;
				label[7] = 0;
				label[8] = 0;
				return record(LABEL, label);
			}
			return null;
		});
		// when
		Launch launch = launch();
		// then
		assertThat(launch.status()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(projectKeys()).containsExactly("ID|P-1", "ID|P-4");
		assertThat(this.jdbc.queryForObject("SELECT amount_wan FROM signed_project WHERE name = '金银珠宝加工项目'",
				java.math.BigDecimal.class))
			.isEqualByComparingTo("15000");
		assertThat(this.jdbc.queryForList(
				"SELECT file_name, sheet_name, row_number, reason FROM ledger_reject" + " ORDER BY row_number"))
			.extracting((row) -> row.get("FILE_NAME") + " " + row.get("SHEET_NAME") + " " + row.get("ROW_NUMBER") + " "
					+ row.get("REASON"))
			.containsExactly("坏记录.xls 签约项目 5 文件已损坏：此行 B 列的文字不在工作簿的共享字符串表中，此行无法读取",
					"坏记录.xls 签约项目 6 文件已损坏：此行 E 列的单元格记录无法读取，此行无法读取");
	}

	@Test
	void anXlsWhoseLastRecordRunsPastTheStreamKeepsTheRowsBeforeIt() throws Exception {
		// given: the final EOF of the sheet claims more bytes than the stream has
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (HSSFWorkbook workbook = projects(new HSSFWorkbook(), List.of(ROW_1, ROW_2))) {
			workbook.write(bytes);
		}
		rewriteWorkbookStream(bytes.toByteArray(), this.input.resolve("截断.xls"), (sid, data) -> null, (stream) -> {
			// the last record is the sheet's EOF (sid 0x0A, length 0): make it claim 40
			// bytes
			assertThat(java.util.Arrays.copyOfRange(stream, stream.length - 4, stream.length)).containsExactly(0x0A, 0,
					0, 0);
			stream[stream.length - 2] = 40;
			return stream;
		});
		// when
		Launch launch = launch();
		// then
		assertThat(launch.status()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(projectKeys()).containsExactly("ID|P-1", "ID|P-2");
	}

	@Test
	void aWorkbookWithoutALedgerSheetFailsTheRunNamingItsSheets() throws Exception {
		// given
		writeProjects(this.input.resolve("a-good.xlsx"), List.of(ROW_1));
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			row(workbook.createSheet("说明"), 0, "本表为填报说明");
			row(workbook.createSheet("附表"), 0, "序号", "名称");
			write(workbook, this.input.resolve("z-说明.xlsx"));
		}
		// when
		Launch launch = launch();
		// then
		assertThat(launch.status()).isEqualTo(BatchStatus.FAILED);
		assertThat(launch.problems())
			.containsExactly("z-说明.xlsx：没有可识别的台账工作表（已检查工作表：说明、附表） / no ledger sheet (sheets checked: 说明, 附表)");
		assertThat(projectKeys()).containsExactly("ID|P-1");
	}

	@Test
	void aCsvLineWithAnUnbalancedQuoteIsRejectedAndTheRestIsImported() throws Exception {
		// given: row 3 opens a quote it never closes, row 4 has a quote out of place
		Files.writeString(this.input.resolve("引号.csv"),
				String.join(",", PROJECT_HEADERS) + "\n" + String.join(",", ROW_1) + "\n"
						+ "P-9,\"坏引号项目,2019-07-28,夏甸镇,某公司,珠宝,1\n" + "P-8,\"坏\"引号,2019-07-28,夏甸镇,某公司,珠宝,1\n"
						+ String.join(",", ROW_2) + "\n" + "P-3,\"多行\n备注项目\",2019-07-30,夏甸镇,某公司,珠宝,1\n");
		// when
		Launch launch = launch();
		// then
		assertThat(launch.status()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(projectKeys()).containsExactly("ID|P-1", "ID|P-2", "ID|P-3");
		assertThat(this.jdbc.queryForList("SELECT row_number, reason FROM ledger_reject ORDER BY row_number"))
			.extracting((row) -> row.get("ROW_NUMBER") + " " + row.get("REASON"))
			.containsExactly("3 引号不成对：此行开始的引号没有闭合，此行无法读取", "4 CSV 格式错误：引号位置不对，此行无法读取");
	}

	@Test
	void aCsvWhoseLinesMixUtf8AndGb18030IsReadLineByLine() throws Exception {
		// given: a UTF-8 file to which a GBK program appended a line
		ByteArrayOutputStream csv = new ByteArrayOutputStream();
		csv.writeBytes((String.join(",", PROJECT_HEADERS) + "\n" + String.join(",", ROW_1) + "\n")
			.getBytes(StandardCharsets.UTF_8));
		csv.writeBytes((String.join(",", ROW_2) + "\n").getBytes(Charset.forName("GB18030")));
		Files.write(this.input.resolve("混合编码.csv"), csv.toByteArray());
		// when
		Launch launch = launch();
		// then
		assertThat(launch.status()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.jdbc.queryForList("SELECT name FROM signed_project ORDER BY project_key", String.class))
			.containsExactly("金银珠宝加工项目", "柔性电路项目");
	}

	@Test
	void aWorkbookOfMoreThan1000PartsIsNamedAsSuch() throws Exception {
		// given
		Path plain = this.input.resolve("plain.tmp");
		writeProjects(plain, List.of(ROW_1));
		Map<String, byte[]> extra = new java.util.LinkedHashMap<>();
		for (int i = 0; i < 1001; i++) {
			extra.put("xl/media/image" + i + ".bin", new byte[] { 1 });
		}
		addEntries(plain, this.input.resolve("z-bad.xlsx"), extra);
		Files.delete(plain);
		// when
		Launch launch = launch();
		// then
		assertThat(launch.problems()).containsExactly("z-bad.xlsx：压缩包中的部件超过 1000 个（读取的安全上限），已拒绝读取 / "
				+ "the workbook's zip holds more than 1000 parts (the safety limit for reading)");
	}

	@Test
	void aStrayDsStoreInTheZipIsNamed() throws Exception {
		// given
		Path plain = this.input.resolve("plain.tmp");
		writeProjects(plain, List.of(ROW_1));
		addEntries(plain, this.input.resolve("z-bad.xlsx"), Map.of("xl/.DS_Store", new byte[] { 0, 0, 0, 1 }));
		Files.delete(plain);
		// when
		Launch launch = launch();
		// then
		assertThat(launch.problems()).singleElement()
			.asString()
			.startsWith("z-bad.xlsx：压缩包中有不属于工作簿的文件 /xl/.DS_Store（没有登记内容类型，多为在 Mac 上重新压缩所致）")
			.doesNotContain("压缩包不完整");
	}

	@Test
	void anExcel2WorksheetIsNamedForWhatItIs() throws Exception {
		// given: the BOF record of an Excel 2.x worksheet (record 0x0009, 4 bytes), then
		// its EOF
		Files.write(this.input.resolve("z-old.xls"),
				new byte[] { 0x09, 0x00, 0x04, 0x00, 0x02, 0x00, 0x10, 0x00, 0x0A, 0x00, 0x00, 0x00 });
		// when
		Launch launch = launch();
		// then
		assertThat(launch.problems()).containsExactly(
				"z-old.xls：Excel 2.x 格式无法读取，请在 Excel 中另存为 .xlsx / an Excel 2.x file cannot be read: open it in Excel and save it as .xlsx");
	}

	@Test
	void aRowTheDatabaseRefusesIsRejectedAndTheRestOfItsChunkIsStored() throws Exception {
		// given: an amount of 10²⁰ 万元, more digits than the amount column holds
		// (DECIMAL(24,6))
		writeProjects(this.input.resolve("巨额.xlsx"), List.of(ROW_1,
				List.of("P-9", "天文数字项目", "2019-07-28", "夏甸镇", "某公司", "黄金深加工", "1" + "0".repeat(20)), ROW_2));
		// when
		Launch launch = launch();
		// then
		assertThat(launch.status()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(projectKeys()).containsExactly("ID|P-1", "ID|P-2");
		assertThat(this.jdbc.queryForList("SELECT row_number, cell_value, reason FROM ledger_reject"))
			.extracting((row) -> row.get("ROW_NUMBER") + " " + row.get("CELL_VALUE") + " " + row.get("REASON"))
			.containsExactly("5 天文数字项目 数据库拒绝保存此行，已跳过；原因见日志");
		assertThat(this.jdbc.queryForObject("SELECT rows_read || '/' || rows_accepted || '/' || rows_rejected "
				+ "FROM ledger_sheet WHERE file_name = '巨额.xlsx'", String.class))
			.isEqualTo("3/2/1");
	}

	private List<String> projectKeys() {
		return this.jdbc.queryForList("SELECT project_key FROM signed_project ORDER BY project_key", String.class);
	}

	/**
	 * Rewrites a workbook's XML in the Strict Open XML namespaces, as Excel's "Strict"
	 * format saves it.
	 */
	private static void toStrict(Path from, Path to) throws IOException {
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(from));
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8)
					.replace("http://schemas.openxmlformats.org/spreadsheetml/2006/main",
							"http://purl.oclc.org/ooxml/spreadsheetml/main")
					.replace("http://schemas.openxmlformats.org/officeDocument/2006/relationships",
							"http://purl.oclc.org/ooxml/officeDocument/relationships");
				out.putNextEntry(new ZipEntry(entry.getName()));
				out.write(xml.getBytes(StandardCharsets.UTF_8));
				out.closeEntry();
			}
		}
	}

	private static byte[] entry(Path zip, String name) throws IOException {
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				if (entry.getName().equals(name)) {
					return in.readAllBytes();
				}
			}
		}
		throw new IOException(name + " not in " + zip);
	}

	/** Copies a workbook and adds entries to its zip. */
	private static void addEntries(Path from, Path to, Map<String, byte[]> extra) throws IOException {
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(from));
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				out.putNextEntry(new ZipEntry(entry.getName()));
				((InputStream) in).transferTo(out);
				out.closeEntry();
			}
			for (Map.Entry<String, byte[]> added : extra.entrySet()) {
				out.putNextEntry(new ZipEntry(added.getKey()));
				out.write(added.getValue());
				out.closeEntry();
			}
		}
	}

	private static final int LABEL_SST = 0xFD;

	private static final int LABEL = 0x204;

	/** Gives a record's new bytes (header and data), or null to keep it as it is. */
	private interface RecordEdit {

		byte[] edit(int sid, byte[] data);

	}

	private static byte[] record(int sid, byte[] data) {
		byte[] record = new byte[data.length + 4];
		record[0] = (byte) sid;
		record[1] = (byte) (sid >> 8);
		record[2] = (byte) data.length;
		record[3] = (byte) (data.length >> 8);
		System.arraycopy(data, 0, record, 4, data.length);
		return record;
	}

	private static void rewriteWorkbookStream(byte[] xls, Path to, RecordEdit edit) throws IOException {
		rewriteWorkbookStream(xls, to, edit, (stream) -> stream);
	}

	/**
	 * Rewrites the records of the BIFF8 Workbook stream one by one, then the whole
	 * stream, through POIFS.
	 */
	private static void rewriteWorkbookStream(byte[] xls, Path to, RecordEdit edit,
			java.util.function.UnaryOperator<byte[]> whole) throws IOException {
		try (POIFSFileSystem fs = new POIFSFileSystem(new java.io.ByteArrayInputStream(xls));
				OutputStream out = Files.newOutputStream(to)) {
			byte[] stream;
			try (InputStream in = fs.getRoot().createDocumentInputStream("Workbook")) {
				stream = in.readAllBytes();
			}
			ByteArrayOutputStream rewritten = new ByteArrayOutputStream();
			for (int at = 0; at + 4 <= stream.length;) {
				int sid = (stream[at] & 0xFF) | (stream[at + 1] & 0xFF) << 8;
				int length = (stream[at + 2] & 0xFF) | (stream[at + 3] & 0xFF) << 8;
				byte[] data = java.util.Arrays.copyOfRange(stream, at + 4, at + 4 + length);
				byte[] edited = edit.edit(sid, data);
				rewritten.writeBytes((edited != null) ? edited : record(sid, data));
				at += 4 + length;
			}
			fs.getRoot().getEntry("Workbook").delete();
			fs.getRoot()
				.createDocument("Workbook", new java.io.ByteArrayInputStream(whole.apply(rewritten.toByteArray())));
			fs.writeFilesystem(out);
		}
	}

}
