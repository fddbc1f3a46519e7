package cn.investpromo.correction;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.Deflater;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import cn.investpromo.ledger.LedgerFiles;
import cn.investpromo.ledger.LedgerWorkbook;
import cn.investpromo.ledger.LedgerWorkbook.LedgerSheet;
import cn.investpromo.ledger.LedgerWorkbooks;
import cn.investpromo.ledger.RawRow;
import cn.investpromo.store.LedgerStore;
import cn.investpromo.store.LedgerStore.StoredReject;

/**
 * The corrections workbook of a ledger with rejected rows,
 * {@code <out>/待修正/<ledger>-待修正.xlsx}: the ledger's sheets as read, every row at its own
 * row number, plus a 错误原因 column; each rejected row's bad cell is filled red and carries
 * the reason as a comment. The clerk fixes those cells and puts the file in place of the
 * ledger; the next import reads the same keys and ignores the added column. Written
 * streaming (SXSSF) from a second streaming read of the ledger, so a ledger of a million
 * rows needs no more memory than its import.
 */
@Component
public class CorrectionsWorkbooks {

	/** The folder under the report folder that holds the corrections workbooks. */
	public static final String FOLDER = "待修正";

	/**
	 * The column added after a sheet's widest row; the import knows no such header and
	 * ignores it.
	 */
	public static final String REASON_HEADER = "错误原因";

	private static final Logger log = LoggerFactory.getLogger(CorrectionsWorkbooks.class);

	/**
	 * A plain decimal, not an identifier with leading zeros, short enough to be exact as
	 * a double.
	 */
	private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9]\\d{0,14})(\\.\\d{1,10})?");

	private final LedgerStore store;

	public CorrectionsWorkbooks(LedgerStore store) {
		this.store = store;
	}

	/**
	 * For each ledger {@code files} of the input (a folder or one file), writes its
	 * corrections workbook when its latest import rejected rows, and removes an earlier
	 * one when it rejected none, so the folder never lists rows that were fixed. Files in
	 * {@code unchanged} keep a corrections workbook already written.
	 */
	public List<Written> update(Path input, List<Path> files, Set<String> unchanged, Path outputDir, boolean english)
			throws IOException {
		List<Written> written = new ArrayList<>();
		Path folder = outputDir.resolve(FOLDER);
		for (Path file : files) {
			String name = LedgerFiles.relative(input, file);
			Path target = folder.resolve(baseName(file) + "-" + FOLDER + ".xlsx");
			List<StoredReject> rejects = this.store.rejects(name);
			if (rejects.isEmpty()) {
				Files.deleteIfExists(target);
				continue;
			}
			if (!unchanged.contains(name) || !Files.isRegularFile(target)) {
				Files.createDirectories(folder);
				write(file, rejects, this.store.headerRows(name), this.store.sheetWidths(name), target, english);
			}
			written.add(new Written(target, rejects.size()));
		}
		return written;
	}

	/** A corrections workbook and how many rejected rows it marks. */
	public record Written(Path file, int rejectedRows) {
	}

	private static String baseName(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return (dot > 0) ? name.substring(0, dot) : name;
	}

	private static void write(Path ledger, List<StoredReject> rejects, Map<String, Integer> headerRows,
			Map<String, Integer> storedWidths, Path target, boolean english) throws IOException {
		// the import measured its sheets as it read them (V12); only a sheet it did not
		// measure makes us read the
		// ledger one more time. Sheets without a header row hold no rejects and get no
		// reason column.
		Map<String, Integer> widths = storedWidths.keySet().containsAll(headerRows.keySet()) ? storedWidths
				: widths(ledger);
		Map<String, Map<Integer, StoredReject>> bySheet = new HashMap<>();
		for (StoredReject reject : rejects) {
			bySheet.computeIfAbsent(reject.sheet(), (sheet) -> new HashMap<>()).put(reject.row(), reject);
		}
		Path partial = target.resolveSibling(target.getFileName() + ".part");
		// a small window: rows go to a temporary file as they are written
		try (SXSSFWorkbook workbook = new FastZipWorkbook(100); LedgerWorkbook source = LedgerWorkbooks.open(ledger)) {
			Styles styles = new Styles(workbook);
			Set<String> names = new HashSet<>();
			LedgerSheet sheet;
			while ((sheet = source.nextSheet()) != null) {
				SXSSFSheet out = workbook.createSheet(uniqueName(sheet.name(), names));
				copy(sheet, out, widths.getOrDefault(sheet.name(), 0), headerRows.get(sheet.name()),
						bySheet.getOrDefault(sheet.name(), Map.of()), styles, english);
			}
			try (OutputStream stream = Files.newOutputStream(partial)) {
				workbook.write(stream);
			}
			workbook.dispose();
		}
		Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		log.info("Corrections for {}: {} rejected row(s) marked in {}", ledger.getFileName(), rejects.size(), target);
	}

	/**
	 * The first pass: each sheet's widest row, so the reason column comes after every
	 * column of the sheet.
	 */
	private static Map<String, Integer> widths(Path ledger) throws IOException {
		Map<String, Integer> widths = new HashMap<>();
		try (LedgerWorkbook source = LedgerWorkbooks.open(ledger)) {
			LedgerSheet sheet;
			while ((sheet = source.nextSheet()) != null) {
				int width = 0;
				RawRow row;
				while ((row = sheet.nextRow()) != null) {
					width = Math.max(width, row.filledWidth());
				}
				widths.put(sheet.name(), width);
			}
		}
		return widths;
	}

	private static void copy(LedgerSheet sheet, SXSSFSheet out, int width, @Nullable Integer headerRow,
			Map<Integer, StoredReject> rejects, Styles styles, boolean english) throws IOException {
		Drawing<?> drawing = rejects.isEmpty() ? null : out.createDrawingPatriarch();
		List<String> headers = List.of();
		// the ledger's own column widths are not in the stream: size each column to what
		// it holds
		int[] chars = new int[width + 1];
		RawRow raw;
		while ((raw = sheet.nextRow()) != null) {
			Row row = out.createRow(raw.number() - 1);
			for (int i = 0; i < raw.cells().size(); i++) {
				String text = raw.cells().get(i);
				if (!text.isEmpty()) {
					set(row.createCell(i), text, styles.plain);
					if (headerRow == null || raw.number() >= headerRow) {
						if (i >= chars.length) { // a sheet the import did not measure (it
													// has no header row)
							chars = java.util.Arrays.copyOf(chars, i + 1);
						}
						chars[i] = Math.max(chars[i], displayWidth(text));
					}
				}
			}
			if (headerRow != null && raw.number() == headerRow) {
				headers = raw.cells();
				Cell header = row.createCell(width);
				header.setCellValue(REASON_HEADER);
				header.setCellStyle(styles.reasonHeader);
			}
			StoredReject reject = rejects.get(raw.number());
			if (reject != null && drawing != null) {
				String reason = (english && reject.reasonEn() != null) ? reject.reasonEn() : reject.reason();
				row.createCell(width).setCellValue(reason);
				chars[width] = Math.max(chars[width], displayWidth(reason));
				int column = headers.indexOf(reject.column());
				if (column >= 0) {
					Cell bad = (row.getCell(column) != null) ? row.getCell(column) : row.createCell(column);
					bad.setCellStyle(styles.bad);
					ClientAnchor anchor = out.getWorkbook().getCreationHelper().createClientAnchor();
					// POI takes the comment's cell from the anchor's top left corner
					anchor.setCol1(column);
					anchor.setCol2(column + 3);
					anchor.setRow1(raw.number() - 1);
					anchor.setRow2(raw.number() + 3);
					Comment comment = drawing.createCellComment(anchor);
					comment.setString(new XSSFRichTextString(reason));
					comment.setAuthor("investpromo");
					bad.setCellComment(comment);
				}
			}
		}
		sizeColumns(out, chars);
	}

	/** Columns as wide as their widest text, between 6 and 60 characters. */
	private static void sizeColumns(SXSSFSheet out, int[] chars) {
		for (int i = 0; i < chars.length; i++) {
			if (chars[i] > 0) {
				out.setColumnWidth(i, Math.min(60, Math.max(6, chars[i] + 2)) * 256);
			}
		}
	}

	/** A Chinese character is two columns wide, as Excel shows it. */
	private static int displayWidth(String text) {
		int width = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			width += (c >= 0x2E80) ? 2 : 1;
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				i++; // one character beyond the BMP (CJK extension B …), two columns wide
			}
		}
		return width;
	}

	/**
	 * Numbers stay numbers, so the clerk's sums work; everything else is text, formulas
	 * included. The style is set even where it is the default: a cell without one makes
	 * the streaming writer look up its column's style in the sheet's XML for every cell
	 * it writes.
	 */
	private static void set(Cell cell, String text, CellStyle style) {
		char first = text.charAt(0);
		if ((first == '-' || (first >= '0' && first <= '9')) && NUMBER.matcher(text).matches()) {
			cell.setCellValue(Double.parseDouble(text));
		}
		else {
			cell.setCellValue(text);
		}
		cell.setCellStyle(style);
	}

	private static String uniqueName(String name, Set<String> taken) {
		String safe = WorkbookUtil.createSafeSheetName(name);
		String unique = safe;
		for (int i = 2; !taken.add(unique.toLowerCase(java.util.Locale.ROOT)); i++) {
			String suffix = " (" + i + ")";
			unique = safe.substring(0, Math.min(safe.length(), 31 - suffix.length())) + suffix;
		}
		return unique;
	}

	/**
	 * A streaming workbook zipped at the fastest deflate level: a corrections workbook is
	 * a working copy the clerk fixes and puts back, so a slightly larger file is worth
	 * writing a million-row ledger in a fraction of the time the default level takes.
	 */
	private static final class FastZipWorkbook extends SXSSFWorkbook {

		FastZipWorkbook(int rowAccessWindowSize) {
			super(rowAccessWindowSize);
		}

		@Override
		protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
			ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
			zip.setLevel(Deflater.BEST_SPEED);
			return zip;
		}

	}

	/**
	 * The workbook's default style, the red fill of a bad cell and the bold header of the
	 * reason column.
	 */
	private static final class Styles {

		private final CellStyle plain;

		private final CellStyle bad;

		private final CellStyle reasonHeader;

		Styles(SXSSFWorkbook workbook) {
			this.plain = workbook.getCellStyleAt(0);
			XSSFCellStyle red = (XSSFCellStyle) workbook.createCellStyle();
			red.setFillForegroundColor(new XSSFColor(new byte[] { (byte) 0xFF, (byte) 0x80, (byte) 0x80 }, null));
			red.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			this.bad = red;
			Font bold = workbook.createFont();
			bold.setBold(true);
			bold.setColor(org.apache.poi.ss.usermodel.IndexedColors.DARK_RED.getIndex());
			this.reasonHeader = workbook.createCellStyle();
			this.reasonHeader.setFont(bold);
		}

	}

}
