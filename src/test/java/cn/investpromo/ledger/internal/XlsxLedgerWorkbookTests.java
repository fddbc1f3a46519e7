package cn.investpromo.ledger.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.investpromo.ledger.LedgerWorkbook.LedgerSheet;
import cn.investpromo.ledger.RawRow;
import cn.investpromo.ledger.UnreadableFileException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class XlsxLedgerWorkbookTests {

	@TempDir
	Path dir;

	@Test
	void readsSheetsInOrderWithRowNumbersDatesNumbersAndFormulaResults() throws IOException {
		// given
		Path file = this.dir.resolve("ledger.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			CellStyle dateStyle = workbook.createCellStyle();
			dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
			Sheet first = workbook.createSheet("招商活动");
			first.createRow(0).createCell(0).setCellValue("2019年招商活动台账");
			Row header = first.createRow(2); // row 2 (index 1) left empty
			header.createCell(0).setCellValue("活动名称");
			header.createCell(1).setCellValue("开始日期");
			header.createCell(3).setCellValue("参会人数");
			Row data = first.createRow(3);
			data.createCell(0).setCellValue("深圳推介会");
			data.createCell(1).setCellValue(LocalDate.of(2019, 7, 28));
			data.getCell(1).setCellStyle(dateStyle);
			data.createCell(3).setCellValue(200);
			Row sum = first.createRow(4);
			sum.createCell(0).setCellValue("合计");
			sum.createCell(3).setCellFormula("SUM(D4:D4)");
			workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
			Row decimals = first.createRow(6);
			decimals.createCell(2).setCellValue(0.1 + 0.2);
			workbook.createSheet("签约项目").createRow(0).createCell(0).setCellValue("项目名称");
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		// when
		List<String> names = new ArrayList<>();
		List<RawRow> rows = new ArrayList<>();
		try (XlsxLedgerWorkbook workbook = XlsxLedgerWorkbook.open(file)) {
			LedgerSheet sheet;
			while ((sheet = workbook.nextSheet()) != null) {
				names.add(sheet.name());
				RawRow row;
				while ((row = sheet.nextRow()) != null) {
					if (sheet.name().equals("招商活动")) {
						rows.add(row);
					}
				}
			}
		}
		// then
		assertThat(names).containsExactly("招商活动", "签约项目");
		assertThat(rows).extracting(RawRow::number).containsExactly(1, 3, 4, 5, 7);
		assertThat(rows.get(1).cells()).containsExactly("活动名称", "开始日期", "", "参会人数");
		assertThat(rows.get(2).cells()).containsExactly("深圳推介会", "2019-07-28", "", "200");
		assertThat(rows.get(3).cell(3)).isEqualTo("200");
		assertThat(rows.get(4).cell(2)).isEqualTo("0.3");
	}

	@Test
	void aFileThatIsNotAWorkbookIsUnreadableWithOnePlainReason() throws IOException {
		// given
		Path file = Files.writeString(this.dir.resolve("fake.xlsx"), "this is not a spreadsheet");
		// when / then
		assertThatThrownBy(() -> XlsxLedgerWorkbook.open(file)).isInstanceOf(UnreadableFileException.class)
			.hasMessageContaining(".xlsx");
	}

	@Test
	void theInputFileIsNotModified() throws IOException {
		// given
		Path file = this.dir.resolve("ledger.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			workbook.createSheet("s").createRow(0).createCell(0).setCellValue("x");
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		byte[] before = Files.readAllBytes(file);
		// when
		try (XlsxLedgerWorkbook workbook = XlsxLedgerWorkbook.open(file)) {
			workbook.nextSheet().nextRow();
		}
		// then
		assertThat(Files.readAllBytes(file)).isEqualTo(before);
	}

}
