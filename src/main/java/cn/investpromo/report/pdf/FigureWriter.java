package cn.investpromo.report.pdf;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfTemplate;

/**
 * The numbered figures of a document: each chart with its caption and note, kept on one
 * page.
 */
final class FigureWriter {

	private final Page page;

	private final CjkFont font;

	private final PdfLabels labels;

	private final Typography type;

	private final PageDecorations decorations;

	private int count;

	FigureWriter(Page page, CjkFont font, PdfLabels labels, Typography type, PageDecorations decorations) {
		this.page = page;
		this.font = font;
		this.labels = labels;
		this.type = type;
		this.decorations = decorations;
	}

	/**
	 * A numbered figure: its caption, which is also a bookmark, and the chart, kept on
	 * one page.
	 */
	void figure(Charts.Drawn drawn) throws DocumentException {
		if (drawn.sentence() != null) {
			// a chart of one item says it in a sentence, unnumbered
			this.page.ensureSpace(this.page.keep(drawn));
			Paragraph sentence = new Paragraph(Kinsoku.chunk(drawn.sentence(), this.type.body()));
			sentence.setSpacingBefore(8);
			sentence.setSpacingAfter(4);
			this.page.document().add(sentence);
			return;
		}
		String caption = this.labels.pdf("pdf.figure", String.valueOf(++this.count), this.labels.get(drawn.titleKey()));
		this.page.ensureSpace(this.page.keep(drawn));
		Paragraph paragraph = new Paragraph("", this.type.subheading());
		paragraph.add(this.decorations.heading(caption, 1, this.type.subheading()));
		paragraph.setAlignment(Element.ALIGN_CENTER);
		paragraph.setSpacingBefore(10);
		paragraph.setSpacingAfter(4);
		this.page.document().add(paragraph);
		Image chart = vector(drawn);
		if (chart.getScaledHeight() > this.page.chartHeight(drawn)) {
			chart.scaleToFit(Charts.WIDTH, this.page.chartHeight(drawn));
		}
		this.page.document().add(chart);
		if (drawn.noteKey() != null) {
			Paragraph note = new Paragraph(Kinsoku.chunk(this.labels.pdf(drawn.noteKey()), this.type.note()));
			note.setAlignment(Element.ALIGN_CENTER);
			this.page.document().add(note);
		}
	}

	/**
	 * The chart drawn as PDF vector graphics into a form XObject, never as a bitmap.
	 */
	private Image vector(Charts.Drawn drawn) throws DocumentException {
		PdfTemplate template = this.page.writer().getDirectContent().createTemplate(Charts.WIDTH, drawn.height());
		Graphics2D g2 = template.createGraphics(Charts.WIDTH, drawn.height(), this.font.fontMapper());
		try {
			drawn.chart().draw(g2, new Rectangle2D.Double(0, 0, Charts.WIDTH, drawn.height()));
		}
		finally {
			g2.dispose();
		}
		Image image = Image.getInstance(template);
		image.setAlignment(Image.MIDDLE);
		return image;
	}

}
