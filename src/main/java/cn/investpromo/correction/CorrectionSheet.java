package cn.investpromo.correction;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.jspecify.annotations.Nullable;

import cn.investpromo.ledger.LedgerWorkbook.LedgerSheet;
import cn.investpromo.ledger.RawRow;
import cn.investpromo.store.LedgerStore.StoredReject;

/**
 * One ledger sheet copied into the corrections workbook, row by row: every row at its own
 * row number, the reason of each rejected row in the column after the widest row, its bad
 * cell filled red and, while the workbook's {@link CommentBudget} lasts, commented.
 */
final class CorrectionSheet {

	/** The last column Excel has (XFD): a reason column cannot go past it. */
	private static final int LAST_COLUMN = SpreadsheetVersion.EXCEL2007.getLastColumnIndex();

	/** What every sheet of one workbook shares. */
	record Context(CorrectionStyles styles, CommentBudget comments, boolean english) {
	}

	private final SXSSFSheet out;

	private final Context context;

	private @Nullable Drawing<?> drawing;

	CorrectionSheet(SXSSFSheet out, Context context) {
		this.out = out;
		this.context = context;
	}

	void copy(LedgerSheet sheet, int widest, @Nullable Integer headerRow, Map<Integer, StoredReject> rejects)
			throws IOException {
		int width = Math.min(widest, LAST_COLUMN);
		List<String> headers = List.of();
		// the ledger's own column widths are not in the stream: size each column to what
		// it holds
		int[] chars = new int[width + 1];
		RawRow raw;
		while ((raw = sheet.nextRow()) != null) {
			Row row = this.out.createRow(raw.number() - 1);
			boolean measured = headerRow == null || raw.number() >= headerRow;
			chars = copyCells(raw, row, measured, chars);
			if (headerRow != null && raw.number() == headerRow) {
				headers = raw.cells();
				header(row, width, !rejects.isEmpty());
			}
			StoredReject reject = rejects.get(raw.number());
			if (reject != null) {
				String reason = (this.context.english() && reject.reasonEn() != null) ? reject.reasonEn()
						: reject.reason();
				row.createCell(width).setCellValue(reason);
				chars[width] = Math.max(chars[width], CorrectionCells.displayWidth(reason));
				int column = headers.indexOf(reject.column());
				if (column >= 0 && column != width) {
					mark(row, column, reason);
				}
			}
		}
		for (int i = 0; i < chars.length; i++) {
			if (chars[i] > 0) { // as wide as the widest text, between 6 and 60 characters
				this.out.setColumnWidth(i, Math.min(60, Math.max(6, chars[i] + 2)) * 256);
			}
		}
	}

	/** Copies the row's cells; returns the text widths, grown if the row is wider. */
	private int[] copyCells(RawRow raw, Row row, boolean measured, int[] chars) {
		int[] widths = chars;
		for (int i = 0; i < raw.cells().size(); i++) {
			String text = raw.cells().get(i);
			if (!text.isEmpty()) {
				CorrectionCells.set(row.createCell(i), text, this.context.styles().plain);
				if (measured) {
					if (i >= widths.length) { // a sheet the import did not measure (it
												// has
												// no header row)
						widths = Arrays.copyOf(widths, i + 1);
					}
					widths[i] = Math.max(widths[i], CorrectionCells.displayWidth(text));
				}
			}
		}
		return widths;
	}

	/** The reason column's header and, when comments run short, the note saying so. */
	private void header(Row row, int width, boolean rejects) {
		Cell header = row.createCell(width);
		header.setCellValue(CorrectionsWorkbooks.REASON_HEADER);
		header.setCellStyle(this.context.styles().reasonHeader);
		if (rejects && this.context.comments().exceeded() && width < LAST_COLUMN) {
			row.createCell(width + 1).setCellValue(this.context.comments().note());
		}
	}

	/**
	 * Fills the bad cell red and, while the budget lasts, comments it with the reason.
	 */
	private void mark(Row row, int column, String reason) {
		Cell bad = (row.getCell(column) != null) ? row.getCell(column) : row.createCell(column);
		bad.setCellStyle(this.context.styles().bad);
		if (!this.context.comments().take()) {
			return;
		}
		if (this.drawing == null) {
			this.drawing = this.out.createDrawingPatriarch();
		}
		ClientAnchor anchor = this.out.getWorkbook().getCreationHelper().createClientAnchor();
		// POI takes the comment's cell from the anchor's top left corner
		anchor.setCol1(column);
		anchor.setCol2(column + 3);
		anchor.setRow1(row.getRowNum());
		anchor.setRow2(row.getRowNum() + 4);
		Comment comment = this.drawing.createCellComment(anchor);
		comment.setString(new XSSFRichTextString(reason));
		comment.setAuthor("investpromo");
		bad.setCellComment(comment);
	}

}
