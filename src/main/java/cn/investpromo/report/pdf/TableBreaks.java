package cn.investpromo.report.pdf;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Adds tables to the document so that a page break never leaves a table's last rows (its
 * 合计 row) or the notes under it alone at the top of a page: the notes become the table's
 * last rows, and where the table would break inside its last {@value #TAIL_ROWS} body
 * rows and their notes, it is cut into two tables before them, the second on a new page
 * under the repeated header. OpenPDF has no "keep rows together", so the break is found
 * by laying the rows out as {@code ColumnText} does: a row goes on the page while the
 * rows above it and the header leave room for it.
 */
final class TableBreaks {

	/**
	 * The body rows kept together at a table's end: the last two data rows and the total
	 * row.
	 */
	static final int TAIL_ROWS = 3;

	/**
	 * The body rows a table shows at least on the page it starts on; with fewer it starts
	 * on the next page.
	 */
	static final int HEAD_ROWS = 2;

	private final Document document;

	private final PdfWriter writer;

	private final Font noteFont;

	/** The note rows {@link #withNotes} appended to each table, kept with its tail. */
	private final Map<PdfPTable, Integer> notes = new IdentityHashMap<>();

	TableBreaks(Document document, PdfWriter writer, Font noteFont) {
		this.document = document;
		this.writer = writer;
		this.noteFont = noteFont;
	}

	/**
	 * Appends {@code notes} under the table's last row, as rows across its width, so they
	 * stay with it.
	 */
	PdfPTable withNotes(PdfPTable table, List<String> notes) {
		for (String note : notes) {
			Paragraph text = new Paragraph(Kinsoku.chunk(note, this.noteFont));
			text.setLeading(0, 1.4f);
			PdfPCell cell = new PdfPCell();
			cell.addElement(text);
			cell.setColspan(table.getNumberOfColumns());
			cell.setBorder(Rectangle.NO_BORDER);
			cell.setPaddingLeft(0);
			cell.setPaddingRight(0);
			cell.setPaddingTop(1);
			cell.setPaddingBottom(1);
			table.addCell(cell);
		}
		this.notes.put(table, notes.size());
		return table;
	}

	/**
	 * Adds the table, cut before its last rows where a page would otherwise start with
	 * them alone.
	 */
	void add(PdfPTable table) {
		float width = this.document.right() - this.document.left();
		table.setTotalWidth(width);
		int headers = table.getHeaderRows();
		int rows = table.size();
		int tail = TAIL_ROWS + this.notes.getOrDefault(table, 0);
		if (rows - headers <= tail) {
			// the whole table is its tail: on one page
			table.setKeepTogether(true);
			this.document.add(table);
			return;
		}
		if (!fits(table, headers, HEAD_ROWS, room() - table.spacingBefore())) {
			this.document.newPage();
		}
		int lastBreak = lastBreak(table);
		int tailStart = rows - tail;
		if (lastBreak < 0 || lastBreak < tailStart) {
			this.document.add(table);
			return;
		}
		// the last page would start inside the tail: break before the tail instead
		PdfPTable body = new PdfPTable(table);
		for (int row = rows - 1; row >= tailStart; row--) {
			body.deleteRow(row);
		}
		body.setSpacingAfter(0);
		PdfPTable end = new PdfPTable(table);
		for (int row = tailStart - 1; row >= headers; row--) {
			end.deleteRow(row);
		}
		end.setSpacingBefore(0);
		end.setKeepTogether(true);
		this.document.add(body);
		this.document.newPage();
		this.document.add(end);
	}

	/**
	 * Whether the header and the first {@code count} body rows fit in {@code room}
	 * points.
	 */
	private static boolean fits(PdfPTable table, int headers, int count, float room) {
		float used = table.getHeaderHeight();
		for (int row = headers; row < Math.min(table.size(), headers + count); row++) {
			used += table.getRowHeight(row);
		}
		return used <= room;
	}

	/**
	 * The first row of the table's last page, laid out from here; -1 when the table ends
	 * on this page.
	 */
	private int lastBreak(PdfPTable table) {
		float page = this.document.top() - this.document.bottom();
		float header = table.getHeaderHeight();
		// at the top of a page OpenPDF leaves out the spacing before a table
		float room = atTop() ? page : room() - table.spacingBefore();
		float used = header;
		int lastBreak = -1;
		for (int row = table.getHeaderRows(); row < table.size(); row++) {
			float height = table.getRowHeight(row);
			if (used + height > room) {
				lastBreak = row;
				room = page;
				used = header;
			}
			used += height;
		}
		return lastBreak;
	}

	private boolean atTop() {
		return this.writer.getVerticalPosition(false) >= this.document.top() - 0.01f;
	}

	/** Points left on the current page. */
	private float room() {
		return this.writer.getVerticalPosition(true) - this.document.bottom();
	}

}
