package cn.investpromo.ledger.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.investpromo.ledger.LedgerWorkbook;
import cn.investpromo.ledger.LedgerWorkbook.LedgerSheet;
import cn.investpromo.ledger.LedgerWorkbooks;
import cn.investpromo.ledger.ReadAheadWorkbook;
import cn.investpromo.ledger.RawRow;
import cn.investpromo.ledger.ReadLimits;
import cn.investpromo.ledger.UnreadableFileException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class XlsLedgerWorkbookTests {

	@TempDir
	Path dir;

	@Test
	void readsLegacyXlsSheetsWithRowNumbersDatesNumbersTextAndFormulaResults() throws IOException {
		// given
		Path file = this.dir.resolve("台账.xls");
		try (HSSFWorkbook workbook = new HSSFWorkbook()) {
			CellStyle dateStyle = workbook.createCellStyle();
			dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
			Sheet events = workbook.createSheet("招商活动");
			events.createRow(0).createCell(0).setCellValue("招远市2019年招商活动台账");
			events.addMergedRegion(new CellRangeAddress(0, 0, 0, 4));
			Row header = events.createRow(2);
			String[] headers = { "活动名称", "开始日期", "参会人数", "内部备注", "备注" };
			for (int i = 0; i < headers.length; i++) {
				header.createCell(i).setCellValue(headers[i]);
			}
			Row data = events.createRow(3);
			data.createCell(0).setCellValue("深圳推介会");
			data.createCell(1).setCellValue(LocalDate.of(2019, 7, 28));
			data.getCell(1).setCellStyle(dateStyle);
			data.createCell(2).setCellValue(200);
			data.createCell(3).setCellValue("不应读出");
			data.createCell(4).setCellFormula("\"现场签约\"&\"12个\"");
			Row sum = events.createRow(5); // row 5 (index 4) left empty
			sum.createCell(0).setCellValue("合计");
			sum.createCell(2).setCellFormula("SUM(C4:C4)*1.5");
			events.setColumnHidden(3, true);
			Sheet projects = workbook.createSheet("签约项目");
			Row projectRow = projects.createRow(0);
			projectRow.createCell(0).setCellValue("项目名称");
			projectRow.createCell(1).setCellValue("5000"); // a number stored as text
			projectRow.createCell(2).setCellValue(12345678.9);
			projectRow.createCell(3).setCellValue(true);
			workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		// when
		List<String> names = new ArrayList<>();
		List<List<RawRow>> sheets = new ArrayList<>();
		try (LedgerWorkbook workbook = LedgerWorkbooks.open(file)) {
			LedgerSheet sheet;
			while ((sheet = workbook.nextSheet()) != null) {
				names.add(sheet.name());
				List<RawRow> rows = new ArrayList<>();
				RawRow row;
				while ((row = sheet.nextRow()) != null) {
					rows.add(row);
				}
				sheets.add(rows);
			}
		}
		// then
		assertThat(workbook(file)).isEqualTo(XlsLedgerWorkbook.class);
		assertThat(names).containsExactly("招商活动", "签约项目");
		List<RawRow> events = sheets.get(0);
		assertThat(events).extracting(RawRow::number).containsExactly(1, 3, 4, 6);
		assertThat(events.get(0).cells()).containsExactly("招远市2019年招商活动台账");
		assertThat(events.get(1).cells()).containsExactly("活动名称", "开始日期", "参会人数", "", "备注");
		assertThat(events.get(2).cells()).containsExactly("深圳推介会", "2019-07-28", "200", "", "现场签约12个");
		assertThat(events.get(3).cells()).containsExactly("合计", "", "300");
		assertThat(sheets.get(1).get(0).cells()).containsExactly("项目名称", "5000", "12345678.9", "TRUE");
	}

	@Test
	void readsTheFirstSheetOnlyWhenTheCallerMovesOnEarly() throws IOException {
		// given: the reader moves to the next sheet after the header search, leaving rows
		// unread
		Path file = this.dir.resolve("两表.xls");
		try (HSSFWorkbook workbook = new HSSFWorkbook()) {
			Sheet first = workbook.createSheet("说明");
			for (int i = 0; i < 50; i++) {
				first.createRow(i).createCell(0).setCellValue("说明第" + (i + 1) + "行");
			}
			workbook.createSheet("数据").createRow(9).createCell(2).setCellValue(42);
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		// when
		RawRow firstOfSecond;
		try (LedgerWorkbook workbook = LedgerWorkbooks.open(file)) {
			workbook.nextSheet().nextRow();
			LedgerSheet second = workbook.nextSheet();
			firstOfSecond = second.nextRow();
			assertThat(second.name()).isEqualTo("数据");
			assertThat(second.nextRow()).isNull();
			assertThat(workbook.nextSheet()).isNull();
		}
		// then
		assertThat(firstOfSecond.number()).isEqualTo(10);
		assertThat(firstOfSecond.cells()).containsExactly("", "", "42");
	}

	@Test
	void refusesAnEncryptedXlsInOneLine() throws IOException {
		// given
		Path file = this.dir.resolve("加密.xls");
		try (HSSFWorkbook workbook = new HSSFWorkbook()) {
			workbook.createSheet("签约项目").createRow(0).createCell(0).setCellValue("项目名称");
			Biff8EncryptionKey.setCurrentUserPassword("secret");
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
			finally {
				Biff8EncryptionKey.setCurrentUserPassword(null);
			}
		}
		// when / then
		assertThatThrownBy(() -> readAll(file)).isInstanceOf(UnreadableFileException.class)
			.hasMessage("文件已加密，请去掉密码后再导入 / the file is encrypted: remove its password");
	}

	@Test
	void columnsPastTheLimitAreIgnoredNotARefusal() throws IOException {
		// given: a row with a value in each of the 255 columns .xls has, the last one
		// stray
		Path file = this.dir.resolve("宽表.xls");
		try (HSSFWorkbook workbook = new HSSFWorkbook()) {
			Row row = workbook.createSheet("宽").createRow(0);
			for (int i = 0; i < 255; i++) {
				row.createCell(i).setCellValue(i);
			}
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		// when: read with a limit of 100 columns, and with Excel's own
		RawRow limited;
		try (LedgerWorkbook workbook = LedgerWorkbooks.open(file, new ReadLimits(100, 1000, 1 << 20))) {
			limited = workbook.nextSheet().nextRow();
		}
		RawRow whole;
		try (LedgerWorkbook workbook = LedgerWorkbooks.open(file)) {
			whole = workbook.nextSheet().nextRow();
		}
		// then: the first 100 columns are read and the rest never held; the row passes
		// the limits
		assertThat(limited.width()).isEqualTo(100);
		assertThat(limited.cell(99)).isEqualTo("99");
		assertThat(whole.width()).isEqualTo(255);
		new ReadLimits(100, 1000, 1 << 20).check("宽", limited);
	}

	private static Class<?> workbook(Path file) throws IOException {
		try (LedgerWorkbook workbook = LedgerWorkbooks.open(file)) {
			return ((ReadAheadWorkbook) workbook).reader().getClass();
		}
	}

	private static void readAll(Path file) throws IOException {
		try (LedgerWorkbook workbook = LedgerWorkbooks.open(file)) {
			LedgerSheet sheet;
			while ((sheet = workbook.nextSheet()) != null) {
				while (sheet.nextRow() != null) {
					// drain
				}
			}
		}
	}

}
