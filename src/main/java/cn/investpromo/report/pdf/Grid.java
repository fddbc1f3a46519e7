package cn.investpromo.report.pdf;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import org.jspecify.annotations.Nullable;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

import cn.investpromo.store.Rows;

/**
 * A table in the house look: tinted header repeated on every page, hairline rules, zebra
 * rows, figures and their headers right-aligned; a compact grid uses a smaller type for
 * wide lists. Columns are as wide as their content asks, the designed widths only sharing
 * out room to spare.
 */
final class Grid {

	/**
	 * One column: its header, designed width in points, alignment
	 * ({@link Element#ALIGN_LEFT} and so on) and whether a cell's text stays whole.
	 */
	record Column(String header, float width, int alignment, boolean whole) {

		Column(String header, float width, int alignment) {
			this(header, width, alignment, false);
		}

		/**
		 * A column of short terms (an industry's name) that wrap between cells' words,
		 * never inside one: "新一代信息技术", not "新一代信息 / 技术".
		 */
		static Column term(String header, float width) {
			return new Column(header, width, Element.ALIGN_LEFT, true);
		}

		static Column text(String header, float width) {
			return new Column(header, width, Element.ALIGN_LEFT);
		}

		static Column number(String header, float width) {
			return new Column(header, width, Element.ALIGN_RIGHT);
		}

		static Column centre(String header, float width) {
			return new Column(header, width, Element.ALIGN_CENTER);
		}

	}

	/** The most characters of a text a cell shows (see {@link #shown}). */
	static final int MAX_SHOWN = 120;

	/**
	 * The rows of a long list whose cells set its column widths (see {@link #stream}); a
	 * shorter list is held whole.
	 */
	static final int MEASURED = 500;

	/**
	 * Rows of a streamed list laid out at a time, after which the table lets go of them.
	 */
	private static final int FLUSHED = 100;

	private final List<Column> columns;

	private final Font cellFont;

	private final Font totalFont;

	private final Font noteFont;

	private final float padding;

	private final ColumnWidths widths;

	// header and body cells in order; the table is made once the widths are known from
	// all of them
	private final List<PdfPCell> added = new ArrayList<>();

	private @Nullable PdfPTable table;

	private int cells;

	// while a long list's first rows are measured: cells count, but none is made
	private boolean measuring;

	Grid(Typography type, List<Column> columns, boolean compact) {
		this.columns = columns;
		this.cellFont = compact ? type.cellSmall() : type.cell();
		this.totalFont = compact
				? new Font(this.cellFont.getBaseFont(), this.cellFont.getSize(), Font.BOLD, Palette.INK)
				: type.cellBold();
		this.noteFont = new Font(this.cellFont.getBaseFont(), this.cellFont.getSize() - 1, Font.NORMAL, Palette.MUTED);
		this.padding = compact ? 3f : 4f;
		Font headerFont = compact ? type.headerSmall() : type.header();
		this.widths = new ColumnWidths(headerFont.getBaseFont(), this.padding);
		for (Column column : columns) {
			this.widths.column(column.header(), headerFont.getSize(), column.width(), column.whole());
			PdfPCell cell = cell(Kinsoku.phrase(column.header(), headerFont), column.alignment());
			cell.setBackgroundColor(Palette.HEADER_FILL);
			cell.setBorder(Rectangle.TOP | Rectangle.BOTTOM);
			cell.setBorderColor(Palette.ACCENT);
			cell.setBorderWidthTop(1f);
			cell.setBorderWidthBottom(0.75f);
			cell.setVerticalAlignment(Element.ALIGN_BOTTOM);
			this.added.add(cell);
		}
	}

	/** The next cell of the current row, aligned as its column. */
	Grid add(String value) {
		String shown = shown(value);
		measure(shown, this.cellFont);
		return add(Kinsoku.phrase(shown, this.cellFont), false);
	}

	/**
	 * A ledger text as a cell shows it: a name or note of thousands of characters (Excel
	 * holds 32,767) would run over pages, so the cell shows its first {@value #MAX_SHOWN}
	 * characters and an ellipsis; the workbook and the JSON keep it whole.
	 */
	static String shown(String value) {
		return (value.length() <= MAX_SHOWN) ? value : value.substring(0, MAX_SHOWN) + "…";
	}

	/**
	 * The next cell with a figure and, on a second line in small grey type, what
	 * qualifies it (a share).
	 */
	Grid add(String value, String note) {
		return add(twoLines(value, this.cellFont, note), false);
	}

	/** The next cell in the given colour (a status that should stand out). */
	Grid add(String value, Color color) {
		String shown = shown(value);
		measure(shown, this.cellFont);
		return add(Kinsoku.phrase(shown,
				new Font(this.cellFont.getBaseFont(), this.cellFont.getSize(), this.cellFont.getStyle(), color)),
				false);
	}

	/** The next cell of the closing total row. */
	Grid total(String value) {
		measure(value, this.totalFont);
		return add(Kinsoku.phrase(value, this.totalFont), true);
	}

	/**
	 * The next cell of the closing total row, with a second line as
	 * {@link #add(String, String)}.
	 */
	Grid total(String value, String note) {
		return add(twoLines(value, this.totalFont, note), true);
	}

	/**
	 * The table, its columns as wide as their content asks (see {@link ColumnWidths}), as
	 * wide as the text.
	 */
	PdfPTable table() {
		if (this.table == null) {
			PdfPTable table = new PdfPTable(this.widths.widths());
			table.setWidthPercentage(100);
			table.setHeaderRows(1);
			table.setSpacingBefore(4);
			table.setSpacingAfter(8);
			this.added.forEach(table::addCell);
			this.added.clear();
			this.table = table;
		}
		return this.table;
	}

	/**
	 * Writes a long list into the document as it is read: its columns as wide as its
	 * first {@value #MEASURED} rows ask, then every row read again and laid out
	 * {@value #FLUSHED} at a time (a table that is not yet complete, OpenPDF's
	 * large-element mode), so that memory holds a page of rows, not the list.
	 */
	<T> void stream(Document document, Rows<T> rows, BiConsumer<Grid, T> row) {
		this.measuring = true;
		rows.first(MEASURED).forEach((item) -> row.accept(this, item));
		this.measuring = false;
		this.cells = 0;
		PdfPTable table = table();
		float after = table.spacingAfter();
		table.setComplete(false);
		// each part is laid out where the last one ended: no spacing between them, only
		// around the whole list
		table.setSpacingAfter(0);
		int[] written = { 0 };
		rows.forEach((item) -> {
			row.accept(this, item);
			if (++written[0] % FLUSHED == 0) {
				document.add(table);
				table.setSpacingBefore(0);
			}
		});
		table.setComplete(true);
		table.setSpacingAfter(after);
		document.add(table);
	}

	private void measure(String value, Font font) {
		if (this.table != null) {
			return; // the widths are set: a streamed list's later rows wrap within them
		}
		this.widths.cell(this.cells % this.columns.size(), value, font.getSize());
	}

	private Phrase twoLines(String value, Font font, String note) {
		measure(value, font);
		measure(note, this.noteFont);
		Phrase phrase = new Phrase();
		phrase.add(Kinsoku.chunk(value + "\n", font));
		phrase.add(Kinsoku.chunk(note, this.noteFont));
		return phrase;
	}

	private Grid add(Phrase value, boolean total) {
		if (this.measuring) {
			this.cells++;
			return this;
		}
		Column column = this.columns.get(this.cells % this.columns.size());
		int row = this.cells / this.columns.size();
		PdfPCell cell = cell(value, column.alignment());
		cell.setBorder(total ? Rectangle.TOP | Rectangle.BOTTOM : Rectangle.BOTTOM);
		cell.setBorderColor(total ? Palette.ACCENT : Palette.GRID);
		cell.setBorderWidth(total ? 0.75f : 0.5f);
		if (total) {
			cell.setBackgroundColor(Palette.TOTAL_FILL);
		}
		else if (row % 2 == 1) {
			cell.setBackgroundColor(Palette.STRIPE_FILL);
		}
		if (this.table != null) {
			this.table.addCell(cell);
		}
		else {
			this.added.add(cell);
		}
		this.cells++;
		return this;
	}

	private PdfPCell cell(Phrase value, int alignment) {
		PdfPCell cell = new PdfPCell(value);
		cell.setHorizontalAlignment(alignment);
		cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
		cell.setUseAscender(true);
		cell.setUseDescender(true);
		cell.setPaddingTop(3f);
		cell.setPaddingBottom(3.5f);
		cell.setPaddingLeft(this.padding);
		cell.setPaddingRight(this.padding);
		cell.setLeading(0f, 1.25f);
		return cell;
	}

}
