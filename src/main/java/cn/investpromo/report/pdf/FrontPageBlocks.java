package cn.investpromo.report.pdf;

import java.awt.Color;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

import cn.investpromo.report.ChartPalette;
import cn.investpromo.report.FrontPage;
import cn.investpromo.report.NarrativeParagraph;

/**
 * The PDF's first page below the title (issue 9): the 本月要点 box, the row of KPI tiles
 * (value large, label, change with its ▲/▼ in the rise or fall colour of the setting) and
 * the narrative's paragraphs with their headings.
 */
final class FrontPageBlocks {

	private static final Pattern AMOUNT = Pattern.compile("([^\\d]+ )([\\d.,]+)( [^\\d]+)");

	private static final Color HIGHLIGHT_FILL = new Color(0xF3, 0xF6, 0xFB);

	private final Typography type;

	private final Font value;

	private final Font unit;

	private final Font label;

	private final Font small;

	private final BaseFont base;

	FrontPageBlocks(BaseFont base, Typography type) {
		this.base = base;
		this.type = type;
		this.value = new Font(base, 18f, Font.BOLD, Palette.ACCENT);
		this.unit = new Font(base, 8f, Font.NORMAL, Palette.MUTED);
		this.label = new Font(base, 8.5f, Font.BOLD, Palette.INK);
		this.small = new Font(base, 7.5f, Font.NORMAL, Palette.MUTED);
	}

	/** The 本月要点 box: its title and one line per highlight, as wide as the tables. */
	PdfPTable highlights(String title, List<FrontPage.Highlight> highlights) {
		PdfPTable box = new PdfPTable(1);
		box.setWidthPercentage(100);
		box.setSpacingBefore(8);
		box.setSpacingAfter(6);
		PdfPCell cell = new PdfPCell();
		cell.setBorder(Rectangle.LEFT);
		cell.setBorderWidthLeft(3f);
		cell.setBorderColor(Palette.ACCENT);
		cell.setBackgroundColor(HIGHLIGHT_FILL);
		cell.setPaddingLeft(10);
		cell.setPaddingRight(8);
		cell.setPaddingTop(4);
		cell.setPaddingBottom(7);
		Paragraph heading = new Paragraph(title, this.type.subheading());
		heading.setSpacingAfter(2);
		cell.addElement(heading);
		for (FrontPage.Highlight highlight : highlights) {
			// every element in the embedded font: an empty Paragraph or Phrase would
			// bring in Helvetica
			Paragraph line = new Paragraph("", this.type.body());
			line.setLeading(0, 1.45f);
			line.setIndentationLeft(10);
			line.setFirstLineIndent(-10);
			line.add(new Chunk("■ ", new Font(this.base, 7f, Font.NORMAL, Palette.ACCENT)));
			line.add(Kinsoku.chunk(highlight.text(), this.type.body()));
			cell.addElement(line);
		}
		box.addCell(cell);
		return box;
	}

	/**
	 * The tiles, side by side in boxes of equal width: a table of four rows — labels,
	 * figures, changes, what each covers — so that the figures of all tiles stand on one
	 * line whatever their labels' length.
	 */
	PdfPTable tiles(FrontPage frontPage) {
		List<FrontPage.Tile> tiles = frontPage.tiles();
		PdfPTable table = new PdfPTable(tiles.size());
		table.setWidthPercentage(100);
		table.setSpacingAfter(4);
		for (FrontPage.Tile tile : tiles) {
			table.addCell(box(new Phrase(tile.label(), this.label), Rectangle.TOP, 5, 1, Element.ALIGN_MIDDLE));
		}
		for (FrontPage.Tile tile : tiles) {
			Phrase figure = new Phrase("", this.value);
			// "CNY 1.43 bn": the figure large, its currency and scale in the unit's size
			Matcher amount = AMOUNT.matcher(tile.valueText());
			if (amount.matches()) {
				figure.add(new Chunk(amount.group(1), this.unit));
				figure.add(new Chunk(amount.group(2), this.value));
				figure.add(new Chunk(amount.group(3), this.unit));
			}
			else {
				figure.add(new Chunk(tile.valueText(), this.value));
			}
			if (!tile.unitText().isEmpty()) {
				figure.add(new Chunk(" " + tile.unitText(), this.unit));
			}
			table.addCell(box(figure, 0, 1, 1, Element.ALIGN_BOTTOM));
		}
		for (FrontPage.Tile tile : tiles) {
			Color colour = (tile.light() != null) ? Palette.color(ChartPalette.light(tile.light()))
					: Palette.color(ChartPalette.change(tile.direction(), frontPage.riseColour()));
			// a target's light is a light, not a change: ● in its colour, never ▲/▼
			String arrow = (tile.light() != null) ? "●" : tile.direction().arrow();
			Phrase change = new Phrase("", this.small);
			if (!arrow.isEmpty()) {
				change.add(new Chunk(arrow + " ", new Font(this.base, 9f, Font.BOLD, colour)));
			}
			change.add(new Chunk(tile.changeText(), new Font(this.base, 8f, Font.NORMAL, colour)));
			table.addCell(box(change, 0, 1, 1, Element.ALIGN_TOP));
		}
		for (FrontPage.Tile tile : tiles) {
			table.addCell(box(new Phrase((tile.detail() != null) ? tile.detail() : "", this.small), Rectangle.BOTTOM, 1,
					6, Element.ALIGN_TOP));
		}
		return table;
	}

	/**
	 * One cell of a tile: ruled left and right, and on {@code edge} (its top or bottom),
	 * centred.
	 */
	private static PdfPCell box(Phrase phrase, int edge, float top, float bottom, int vertical) {
		PdfPCell cell = new PdfPCell(phrase);
		cell.setBorder(Rectangle.LEFT | Rectangle.RIGHT | edge);
		cell.setBorderColor(Palette.RULE);
		cell.setBorderWidth(0.6f);
		cell.setHorizontalAlignment(Element.ALIGN_CENTER);
		cell.setVerticalAlignment(vertical);
		cell.setPaddingTop(top);
		cell.setPaddingBottom(bottom);
		cell.setPaddingLeft(3);
		cell.setPaddingRight(3);
		cell.setLeading(0, 1.25f);
		if (edge == Rectangle.TOP) {
			cell.setBackgroundColor(Palette.HEADER_FILL);
		}
		return cell;
	}

	/** A paragraph of the narrative: its heading in bold, then its sentences. */
	Paragraph narrative(NarrativeParagraph paragraph, boolean english) {
		Paragraph text = new Paragraph("", this.type.body());
		text.add(new Chunk(paragraph.heading(), this.type.subheading()));
		text.add(Kinsoku.chunk(paragraph.text(), this.type.body()));
		text.setLeading(0, 1.6f);
		text.setAlignment(Element.ALIGN_JUSTIFIED);
		text.setSpacingAfter(3);
		if (!english) {
			// Chinese paragraphs start with a two-character indent
			text.setFirstLineIndent(2 * this.type.body().getSize());
		}
		return text;
	}

}
