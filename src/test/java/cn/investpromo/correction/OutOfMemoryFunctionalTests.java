package cn.investpromo.correction;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.investpromo.InvestpromoApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An import that runs out of memory says so in one line, exits 1, and keeps what earlier
 * imports stored.
 */
class OutOfMemoryFunctionalTests {

	/** Shared strings the reader must hold: some 150 MB of them on the heap. */
	private static final int SHARED_STRINGS = 3_000_000;

	@TempDir
	Path work;

	@Test
	void runningOutOfMemoryIsOneLineAndTheRowsStoredStayStored() throws Exception {
		// given: a ledger imported and stored
		Path input = Files.createDirectories(this.work.resolve("input"));
		Path data = this.work.resolve("data");
		Path reports = this.work.resolve("reports");
		ManyRejectsLedger.write(input.resolve("a-招远市签约项目2019.xlsx"), 10);
		SmallHeapJvm.Result first = importIn("256m", input, data, reports);
		assertThat(first.status()).as(first.err()).isEqualTo(0);
		assertThat(storedProjects(data)).isEqualTo(5);
		// and: a second ledger whose shared strings do not fit in a 128 MB heap
		writeHugeSharedStrings(input.resolve("z-大表.xlsx"));
		// when
		SmallHeapJvm.Result second = importIn("128m", input, data, reports);
		// then: one line on standard error, exit 1, no stack trace
		assertThat(second.status()).as(second.out() + second.err()).isEqualTo(1);
		assertThat(second.err().lines().filter((line) -> !line.isBlank())).as(second.err())
			.singleElement()
			.asString()
			.startsWith("错误 / error: 内存不足")
			.contains("out of memory");
		assertThat(second.out() + second.err()).doesNotContain("Exception in thread").doesNotContain("\tat ");
		// and: the rows stored before are still there
		assertThat(storedProjects(data)).isEqualTo(5);
	}

	private SmallHeapJvm.Result importIn(String heap, Path input, Path data, Path reports)
			throws IOException, InterruptedException {
		return SmallHeapJvm.run(heap, this.work.resolve("child"), InvestpromoApplication.class, "import", "--input",
				input.toString(), "--data", data.toString(), "--out", reports.toString());
	}

	private static int storedProjects(Path data) throws Exception {
		try (Connection connection = DriverManager.getConnection(
				"jdbc:hsqldb:file:" + data.resolve("investpromo") + ";ifexists=true;shutdown=true", "SA", "");
				ResultSet count = connection.createStatement().executeQuery("SELECT COUNT(*) FROM signed_project")) {
			count.next();
			return count.getInt(1);
		}
	}

	/** A valid .xlsx, written part by part, with a shared-strings table of millions. */
	private static void writeHugeSharedStrings(Path file) throws IOException {
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			part(zip, "[Content_Types].xml", """
					<?xml version="1.0" encoding="UTF-8"?>
					<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
					<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
					<Default Extension="xml" ContentType="application/xml"/>\
					<Override PartName="/xl/workbook.xml" \
					ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
					<Override PartName="/xl/worksheets/sheet1.xml" \
					ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
					<Override PartName="/xl/sharedStrings.xml" \
					ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>\
					</Types>""");
			part(zip, "_rels/.rels", """
					<?xml version="1.0" encoding="UTF-8"?>
					<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
					<Relationship Id="rId1" Target="xl/workbook.xml" Type="http://schemas.openxmlformats.org/\
					officeDocument/2006/relationships/officeDocument"/></Relationships>""");
			part(zip, "xl/workbook.xml", """
					<?xml version="1.0" encoding="UTF-8"?>
					<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
					xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
					<sheets><sheet name="签约项目" sheetId="1" r:id="rId1"/></sheets></workbook>""");
			part(zip, "xl/_rels/workbook.xml.rels", """
					<?xml version="1.0" encoding="UTF-8"?>
					<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
					<Relationship Id="rId1" Target="worksheets/sheet1.xml" Type="http://schemas.openxmlformats.org/\
					officeDocument/2006/relationships/worksheet"/>\
					<Relationship Id="rId2" Target="sharedStrings.xml" Type="http://schemas.openxmlformats.org/\
					officeDocument/2006/relationships/sharedStrings"/></Relationships>""");
			part(zip, "xl/worksheets/sheet1.xml", """
					<?xml version="1.0" encoding="UTF-8"?>
					<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>\
					<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>\
					</sheetData></worksheet>""");
			zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
			StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
					+ "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
					+ "<si><t>项目名称</t></si><si><t>签约日期</t></si>");
			for (int i = 0; i < SHARED_STRINGS; i++) {
				xml.append("<si><t>s").append(i).append("</t></si>");
				if (xml.length() > 1 << 16) {
					zip.write(xml.toString().getBytes(StandardCharsets.UTF_8));
					xml.setLength(0);
				}
			}
			xml.append("</sst>");
			zip.write(xml.toString().getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
	}

	private static void part(ZipOutputStream zip, String name, String text) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		OutputStream out = zip;
		out.write(text.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

}
