package cn.investpromo.report.pdf;

import java.util.List;
import java.util.function.BiConsumer;

import org.jspecify.annotations.Nullable;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import cn.investpromo.store.Rows;

/**
 * The flow of one document's pages: headings kept with what follows them, notes, sections
 * of one table, long lists streamed, and the room each needs on a page.
 */
final class Page {

	// tables up to about 15 rows are kept whole on one page
	private static final float SHORT_TABLE = 280f;

	/**
	 * Room for a section heading, a figure's caption and a one-line note under a chart.
	 */
	private static final float HEADING_ROOM = 40f;

	private static final float CAPTION_ROOM = 40f;

	private static final float NOTE_ROOM = 16f;

	private static final float SENTENCE_ROOM = 30f;

	/** The room a long table's heading keeps below it: the header and a few rows. */
	private static final float LONG_TABLE_KEEP = 140f;

	private final Document document;

	private final PdfWriter writer;

	private final TableBreaks breaks;

	private final Typography type;

	private final PdfLabels labels;

	private final PageDecorations decorations;

	Page(Document document, PdfWriter writer, Typography type, PdfLabels labels, PageDecorations decorations) {
		this.document = document;
		this.writer = writer;
		this.breaks = new TableBreaks(document, writer, type.note());
		this.type = type;
		this.labels = labels;
		this.decorations = decorations;
	}

	Document document() {
		return this.document;
	}

	PdfWriter writer() {
		return this.writer;
	}

	/** Tables added so that a page break never leaves a header or a note alone. */
	TableBreaks breaks() {
		return this.breaks;
	}

	void notes(List<String> lines) throws DocumentException {
		for (String line : lines) {
			note(line);
		}
	}

	void note(String text) throws DocumentException {
		Paragraph note = new Paragraph(Kinsoku.chunk(text, this.type.note()));
		note.setLeading(0, 1.4f);
		note.setSpacingAfter(2);
		this.document.add(note);
	}

	/**
	 * A section of one table, its heading kept with the whole table when short, else with
	 * its first rows.
	 */
	void section(String key, boolean empty, TableSupplier table) throws DocumentException {
		section(key, empty, null, table);
	}

	/** A section of one table with a note between its heading and the table. */
	void section(String key, boolean empty, @Nullable String note, TableSupplier table) throws DocumentException {
		section(key, empty, note, List.of(), table);
	}

	/**
	 * A section of one table with a note between its heading and the table, and notes
	 * under it that stay with its last rows.
	 */
	void section(String key, boolean empty, @Nullable String note, List<String> below, TableSupplier table)
			throws DocumentException {
		titled(this.labels.get(key), empty, note, below, table);
	}

	/**
	 * A section of one table under a heading said in full (one that counts its rows, as
	 * "投资额前9项目" does).
	 */
	void titled(String title, boolean empty, @Nullable String note, List<String> below, TableSupplier table)
			throws DocumentException {
		if (empty) {
			headingText(title, 0, 60);
			this.document.add(new Paragraph(this.labels.get("report.noData"), this.type.note()));
		}
		else {
			PdfPTable built = this.breaks.withNotes(table.get(), below);
			headingText(title, 0, keep(built) + ((note != null) ? 24 : 0));
			if (note != null) {
				note(note);
			}
			this.breaks.add(built);
		}
	}

	/**
	 * A list section: a short list as {@link #section(String, boolean, TableSupplier)}, a
	 * long one streamed into the document as it is read, its heading kept with the header
	 * and first rows.
	 */
	<T> void listing(String key, Rows<T> rows, Grid grid, BiConsumer<Grid, T> row) throws DocumentException {
		if (rows.count() <= Grid.MEASURED) {
			section(key, rows.isEmpty(), () -> {
				rows.forEach((item) -> row.accept(grid, item));
				return grid.table();
			});
			return;
		}
		heading(key, 0, LONG_TABLE_KEEP);
		grid.stream(this.document, rows, row);
	}

	/** A data-quality part: a subheading and its table, or "none". */
	void subsection(String key, boolean empty, TableSupplier table) throws DocumentException {
		if (empty) {
			subheading(key, 60);
			this.document.add(new Paragraph(this.labels.pdf("pdf.noneFound"), this.type.note()));
		}
		else {
			PdfPTable built = table.get();
			subheading(key, keep(built));
			this.breaks.add(built);
		}
	}

	/**
	 * The room a table needs below its heading: all of a short table, so that it is not
	 * split for its last row or two, and the header with a few rows of a long one.
	 */
	float keep(PdfPTable table) {
		table.setTotalWidth(this.document.right() - this.document.left());
		float height = table.getTotalHeight();
		return (height <= SHORT_TABLE) ? height + 40 : LONG_TABLE_KEEP;
	}

	void heading(String key, int level, float keepWithNext) throws DocumentException {
		headingText(this.labels.get(key), level, keepWithNext);
	}

	private void headingText(String text, int level, float keepWithNext) throws DocumentException {
		ensureSpace(keepWithNext);
		Paragraph paragraph = new Paragraph("", this.type.heading());
		paragraph.add(this.decorations.heading(text, level, this.type.heading()));
		paragraph.setSpacingBefore(14);
		paragraph.setSpacingAfter(4);
		this.document.add(paragraph);
	}

	void subheading(String key, float keepWithNext) throws DocumentException {
		ensureSpace(keepWithNext);
		Paragraph paragraph = new Paragraph("", this.type.subheading());
		paragraph.add(this.decorations.heading(this.labels.get(key), 1, this.type.subheading()));
		paragraph.setSpacingBefore(8);
		paragraph.setSpacingAfter(2);
		this.document.add(paragraph);
	}

	/** The room a figure needs: its caption, its chart and the note under it. */
	float keep(Charts.Drawn drawn) {
		if (drawn.sentence() != null) {
			return SENTENCE_ROOM;
		}
		return CAPTION_ROOM + chartHeight(drawn) + noteRoom(drawn);
	}

	/**
	 * The height a chart is drawn at: its own, or, for a chart taller than a page holds
	 * below a heading with its caption and note, that height, so that the note never
	 * starts a page alone.
	 */
	float chartHeight(Charts.Drawn drawn) {
		float most = this.document.top() - this.document.bottom() - HEADING_ROOM - CAPTION_ROOM - noteRoom(drawn);
		return Math.min(drawn.height(), most);
	}

	float noteRoom(Charts.Drawn drawn) {
		return (drawn.noteKey() != null) ? NOTE_ROOM : 0;
	}

	/**
	 * Starts a new page unless {@code height} points are left, so a heading never ends a
	 * page alone.
	 */
	void ensureSpace(float height) {
		if (room() < height) {
			this.document.newPage();
		}
	}

	/** Points left on the current page. */
	float room() {
		return this.writer.getVerticalPosition(true) - this.document.bottom();
	}

	/** A table built when its section is written. */
	@FunctionalInterface
	interface TableSupplier {

		PdfPTable get();

	}

}
