package cn.investpromo.report.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Running header, "第 x 页 共 y 页" footer and bookmarks of one document; the total page
 * count is known only at the end, so it is written into a template that every footer
 * shows.
 */
final class PageDecorations extends PdfPageEventHelper {

	// stands in for the total in the formatted footer, which is split around it
	private static final String TOTAL_MARK = "\uE000";

	private static final float FOOTER_SIZE = 8.5f;

	private final BaseFont font;

	private final PdfLabels labels;

	private final String runningHeader;

	private final Map<String, Heading> headings = new HashMap<>();

	private final List<PdfOutline> openOutlines = new ArrayList<>();

	// NullAway cannot see it: OpenPDF calls onOpenDocument before any other page event
	@SuppressWarnings("NullAway.Init")
	private PdfTemplate total;

	private String totalSuffix = "";

	PageDecorations(BaseFont font, PdfLabels labels, String runningHeader) {
		this.font = font;
		this.labels = labels;
		this.runningHeader = runningHeader;
	}

	private record Heading(String title, int level) {
	}

	/**
	 * A heading chunk that becomes a bookmark at the place it is printed; level 0 is top
	 * level.
	 */
	Chunk heading(String title, int level, Font chunkFont) {
		return heading(title, title, level, chunkFont);
	}

	/**
	 * A heading shown as {@code shown} (which may break across lines) with {@code title}
	 * in the outline.
	 */
	Chunk heading(String title, String shown, int level, Font chunkFont) {
		String tag = "h" + this.headings.size();
		this.headings.put(tag, new Heading(title, level));
		Chunk chunk = new Chunk(shown, chunkFont);
		chunk.setGenericTag(tag);
		return chunk;
	}

	@Override
	public void onOpenDocument(PdfWriter writer, Document document) {
		this.total = writer.getDirectContent().createTemplate(80, FOOTER_SIZE + 6);
	}

	@Override
	public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String text) {
		Heading heading = this.headings.get(text);
		if (heading == null) {
			return;
		}
		while (this.openOutlines.size() > heading.level()) {
			this.openOutlines.remove(this.openOutlines.size() - 1);
		}
		PdfOutline parent = this.openOutlines.isEmpty() ? writer.getRootOutline()
				: this.openOutlines.get(this.openOutlines.size() - 1);
		PdfDestination target = new PdfDestination(PdfDestination.XYZ, rect.getLeft(), rect.getTop() + 12, 0);
		this.openOutlines.add(new PdfOutline(parent, target, heading.title(), heading.level() == 0));
	}

	@Override
	public void onEndPage(PdfWriter writer, Document document) {
		PdfContentByte canvas = writer.getDirectContent();
		if (writer.getPageNumber() > 1) {
			header(canvas, document);
		}
		String[] parts = this.labels.format("page.number", String.valueOf(writer.getPageNumber()), TOTAL_MARK)
			.split(TOTAL_MARK, -1);
		this.totalSuffix = parts[1];
		float before = this.font.getWidthPoint(parts[0], FOOTER_SIZE);
		// centred on the likely final width: the total has as many digits as the current
		// page number
		float after = this.font.getWidthPoint(writer.getPageNumber() + parts[1], FOOTER_SIZE);
		float x = (document.left() + document.right()) / 2 - (before + after) / 2;
		float y = document.bottom() - 28;
		canvas.saveState();
		canvas.setColorFill(Palette.MUTED);
		canvas.beginText();
		canvas.setFontAndSize(this.font, FOOTER_SIZE);
		canvas.setTextMatrix(x, y);
		canvas.showText(parts[0]);
		canvas.endText();
		// the template's baseline sits 3 pt up so that descenders are not clipped by its
		// box
		canvas.addTemplate(this.total, x + before, y - 3);
		canvas.restoreState();
	}

	@Override
	public void onCloseDocument(PdfWriter writer, Document document) {
		this.total.beginText();
		this.total.setFontAndSize(this.font, FOOTER_SIZE);
		this.total.setColorFill(Palette.MUTED);
		this.total.setTextMatrix(0, 3);
		this.total.showText((writer.getPageNumber() - 1) + this.totalSuffix);
		this.total.endText();
	}

	private void header(PdfContentByte canvas, Document document) {
		float y = document.top() + 14;
		canvas.saveState();
		canvas.setColorFill(Palette.MUTED);
		canvas.beginText();
		canvas.setFontAndSize(this.font, 8f);
		canvas.setTextMatrix(document.right() - this.font.getWidthPoint(this.runningHeader, 8f), y);
		canvas.showText(this.runningHeader);
		canvas.endText();
		canvas.setColorStroke(Palette.RULE);
		canvas.setLineWidth(0.5f);
		canvas.moveTo(document.left(), y - 5);
		canvas.lineTo(document.right(), y - 5);
		canvas.stroke();
		canvas.restoreState();
	}

}
