package cn.investpromo.report.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

import cn.investpromo.report.ReportModel;
import cn.investpromo.report.CoverageNotes;
import cn.investpromo.report.UnreportedNotes;

/**
 * The opening of the document: the title block, the 本月要点 and KPI tiles, the KPI table and
 * the narrative.
 */
final class OpeningSections {

	private final ReportModel model;

	private final Page page;

	private final Document document;

	private final PdfLabels labels;

	private final Typography type;

	private final CjkFont font;

	private final PageDecorations decorations;

	private final Tables tables;

	private final String title;

	private final String subtitle;

	OpeningSections(DocumentParts report, Page page) {
		this.model = report.model();
		this.page = page;
		this.document = page.document();
		this.labels = report.labels();
		this.type = report.type();
		this.font = report.font();
		this.decorations = report.decorations();
		this.tables = report.tables();
		this.title = report.title();
		this.subtitle = report.subtitle();
	}

	/**
	 * The title as the first page shows it: on one line when it fits, else broken after
	 * the scope's name (the English "Zhaoyuan (招远市)" above "Investment Promotion Monthly
	 * Report") rather than wherever a word ends.
	 */
	private String titleLines() {
		Font font = this.type.title();
		float width = this.document.right() - this.document.left();
		String scope = this.model.scope().name();
		if (font.getBaseFont().getWidthPoint(this.title, font.getSize()) <= width || !this.title.startsWith(scope)
				|| this.title.length() == scope.length()) {
			return this.title;
		}
		String rest = this.title.substring(scope.length()).replaceFirst("^[:：]?\\s*", "");
		return scope + "\n" + rest;
	}

	void titleBlock() throws DocumentException {
		Paragraph title = new Paragraph("", this.type.title());
		title.add(this.decorations.heading(this.title, titleLines(), 0, this.type.title()));
		title.setAlignment(Element.ALIGN_CENTER);
		title.setSpacingBefore(6);
		title.setLeading(0, 1.3f);
		this.document.add(title);
		Paragraph subtitle = new Paragraph(this.subtitle, this.type.subtitle());
		subtitle.setAlignment(Element.ALIGN_CENTER);
		subtitle.setSpacingBefore(4);
		subtitle.setSpacingAfter(10);
		this.document.add(subtitle);
		// one line, so that the 本月要点 below stand in the page's first lines
		// the name only: a region code (370685, our own 000000) is noise to a reader
		meta(String.join("      ", this.labels.labelValue("report.scope", this.model.scope().name()),
				this.labels.labelValue("report.period",
						this.labels.pdf("pdf.dateRange", Formats.DATE.format(this.model.period().from()),
								Formats.DATE.format(this.model.period().to()))),
				this.labels.labelValue("report.generatedAt", Formats.DATE_TIME.format(this.model.generatedAt()))));
		String partial = new CoverageNotes(this.labels.report()).partial(this.model.heading());
		if (partial != null) {
			meta(partial);
		}
		// a rule as wide as the tables below it: an empty cell showing only its top
		// border
		PdfPTable rule = new PdfPTable(1);
		rule.setWidthPercentage(100);
		rule.setSpacingBefore(10);
		PdfPCell line = new PdfPCell(new Phrase("", this.type.meta()));
		line.setBorder(Rectangle.TOP);
		line.setBorderColor(Palette.ACCENT);
		line.setBorderWidthTop(1.2f);
		line.setFixedHeight(2f);
		rule.addCell(line);
		this.document.add(rule);
	}

	private void meta(String line) throws DocumentException {
		Paragraph paragraph = new Paragraph(line, this.type.meta());
		paragraph.setAlignment(Element.ALIGN_CENTER);
		paragraph.setLeading(0, 1.4f);
		this.document.add(paragraph);
	}

	/**
	 * Right under the title, what a director reads first: the 本月要点 and the KPI tiles.
	 */
	void frontPage() throws DocumentException {
		FrontPageBlocks blocks = new FrontPageBlocks(this.font.baseFont(), this.type);
		if (!this.model.frontPage().highlights().isEmpty()) {
			this.document
				.add(blocks.highlights(this.labels.get("section.highlights"), this.model.frontPage().highlights()));
		}
		this.document.add(blocks.tiles(this.model.frontPage()));
		// one meaning per colour: the page says once what ▲▼ and ● mean, under the
		// configured rise colour
		Paragraph legend = new Paragraph(this.labels.get("tiles.legend." + this.model.frontPage().riseColour().key()),
				this.type.note());
		legend.setAlignment(Element.ALIGN_RIGHT);
		this.document.add(legend);
	}

	void kpis() throws DocumentException {
		this.page.heading("section.kpis", 0, 160);
		Paragraph unit = new Paragraph(this.labels.get("report.unit"), this.type.note());
		unit.setAlignment(Element.ALIGN_RIGHT);
		this.document.add(unit);
		this.document.add(this.tables.kpis(this.model));
		this.page.notes(new UnreportedNotes(this.labels.report(), this.model.headline().terms())
			.headline(this.model.headline()));
		this.page.notes(new CoverageNotes(this.labels.report()).headline(this.model));
	}

	void narrative() throws DocumentException {
		this.page.heading("section.narrative", 0, 80);
		FrontPageBlocks blocks = new FrontPageBlocks(this.font.baseFont(), this.type);
		for (cn.investpromo.report.NarrativeParagraph paragraph : this.model.narrativeParagraphs()) {
			this.document.add(blocks.narrative(paragraph, this.labels.english()));
		}
	}

}
