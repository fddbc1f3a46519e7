package cn.investpromo.sample;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes sample ledger sheets as an .xlsx file that is byte-for-byte the same on every
 * run.
 */
final class LedgerWorkbook {

	/**
	 * Stands in for "when the clerk saved it": fixed, so the files do not change between
	 * runs.
	 */
	static final Instant SAVED_AT = Instant.parse("2020-01-06T01:00:00Z");

	private static final LocalDateTime ZIP_ENTRY_TIME = LocalDateTime.of(2020, 1, 6, 9, 0);

	private LedgerWorkbook() {
	}

	static void write(Path file, String author, List<LedgerSheet> sheets) throws IOException {
		ByteArrayOutputStream poiBytes = new ByteArrayOutputStream();
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Styles styles = new Styles(workbook);
			for (LedgerSheet ledgerSheet : sheets) {
				writeSheet(workbook.createSheet(ledgerSheet.name()), ledgerSheet, styles);
			}
			POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
			core.setCreator(author);
			core.setLastModifiedByUser(author);
			Optional<Date> savedAt = Optional.of(Date.from(SAVED_AT));
			core.setCreated(savedAt);
			core.setModified(savedAt);
			workbook.write(poiBytes);
		}
		try (OutputStream out = Files.newOutputStream(file)) {
			rezipWithFixedTimes(poiBytes.toByteArray(), out);
		}
	}

	private static void writeSheet(Sheet sheet, LedgerSheet ledger, Styles styles) {
		int columns = Math.max(1, ledger.headers().size());
		int next = 0;
		if (ledger.title() != null) {
			Cell title = sheet.createRow(0).createCell(0);
			title.setCellValue(ledger.title());
			title.setCellStyle(styles.title);
			sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns - 1));
			next = ledger.headerRowIndex();
		}
		if (!ledger.headers().isEmpty()) {
			Row header = sheet.createRow(next++);
			for (int c = 0; c < columns; c++) {
				Cell cell = header.createCell(c);
				cell.setCellValue(ledger.headers().get(c));
				cell.setCellStyle(styles.header);
			}
			sheet.createFreezePane(0, next);
		}
		for (List<Object> values : ledger.rows()) {
			Row row = sheet.createRow(next++);
			for (int c = 0; c < values.size(); c++) {
				writeCell(row, c, values.get(c), styles);
			}
		}
		for (int c = 0; c < columns; c++) {
			sheet.setColumnWidth(c, width(ledger, c));
		}
	}

	private static void writeCell(Row row, int column, Object value, Styles styles) {
		if (value == null) {
			return;
		}
		Cell cell = row.createCell(column);
		if (value instanceof LocalDate date) {
			cell.setCellValue(date);
			cell.setCellStyle(styles.date);
		}
		else if (value instanceof Number number) {
			cell.setCellValue(number.doubleValue());
		}
		else {
			cell.setCellValue(value.toString());
		}
	}

	/**
	 * Column width from the longest text, counting CJK characters double, as a clerk
	 * would widen it.
	 */
	private static int width(LedgerSheet ledger, int column) {
		int widest = ledger.headers().isEmpty() ? 0 : displayWidth(ledger.headers().get(column));
		for (List<Object> values : ledger.rows()) {
			if (column < values.size() && values.get(column) != null) {
				Object value = values.get(column);
				widest = Math.max(widest, value instanceof LocalDate ? 11 : displayWidth(value.toString()));
			}
		}
		return Math.min(60, Math.max(6, widest + 2)) * 256;
	}

	private static int displayWidth(String text) {
		return text.codePoints().map(cp -> cp > 0x2E80 ? 2 : 1).sum();
	}

	/**
	 * POI stamps zip entries with the current time; copying them with a fixed local time
	 * makes the bytes stable.
	 */
	private static void rezipWithFixedTimes(byte[] xlsx, OutputStream out) throws IOException {
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
				ZipOutputStream zip = new ZipOutputStream(out)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				ZipEntry copy = new ZipEntry(entry.getName());
				copy.setTimeLocal(ZIP_ENTRY_TIME);
				zip.putNextEntry(copy);
				in.transferTo(zip);
				zip.closeEntry();
			}
		}
	}

	/** Cell styles, built once per workbook. */
	private static final class Styles {

		final CellStyle title;

		final CellStyle header;

		final CellStyle date;

		Styles(XSSFWorkbook workbook) {
			Font titleFont = workbook.createFont();
			titleFont.setBold(true);
			titleFont.setFontHeightInPoints((short) 14);
			this.title = workbook.createCellStyle();
			this.title.setFont(titleFont);
			this.title.setAlignment(HorizontalAlignment.CENTER);
			Font headerFont = workbook.createFont();
			headerFont.setBold(true);
			this.header = workbook.createCellStyle();
			this.header.setFont(headerFont);
			this.header.setAlignment(HorizontalAlignment.CENTER);
			this.header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			this.header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			this.header.setBorderBottom(BorderStyle.THIN);
			this.header.setWrapText(true);
			this.date = workbook.createCellStyle();
			this.date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
		}

	}

}
