package cn.investpromo.report.pdf;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.YearMonth;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

import cn.investpromo.report.DataQuality;
import cn.investpromo.report.ReportModel;

/** Renders a report model as an A4 PDF (SPEC §5): title block, KPIs, narrative, vector charts, tables, data quality. */
public final class PdfReportRenderer {

	// 2 cm side margins; top and bottom leave room for the running header and the page number
	private static final float SIDE_MARGIN = 56.7f;

	private static final float TOP_MARGIN = 62f;

	private static final float BOTTOM_MARGIN = 62f;

	private final CjkFont font;

	private final ChartStyle chartStyle;

	/** A renderer drawing all text with {@code font}; share one font between renderers. */
	public PdfReportRenderer(CjkFont font) {
		this.font = font;
		this.chartStyle = new ChartStyle(font);
	}

	/** Writes the report to {@code target}, replacing it only once the whole document is written. */
	public void render(ReportModel model, Path target) throws IOException {
		Path absolute = target.toAbsolutePath();
		if (absolute.getParent() != null) {
			Files.createDirectories(absolute.getParent());
		}
		Path partial = absolute.resolveSibling(absolute.getFileName() + ".part");
		try {
			try (OutputStream out = Files.newOutputStream(partial)) {
				new Run(model).write(out);
			}
			Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (DocumentException ex) {
			throw new IOException("cannot write PDF report " + target + ": " + ex.getMessage(), ex);
		}
		finally {
			Files.deleteIfExists(partial);
		}
	}

	/** The state of writing one document. */
	private final class Run {

		private final ReportModel model;

		private final PdfLabels labels;

		private final Typography type;

		private final Tables tables;

		private final String title;

		private final String subtitle;

		private final Document document = new Document(PageSize.A4, SIDE_MARGIN, SIDE_MARGIN, TOP_MARGIN,
				BOTTOM_MARGIN);

		private final PageDecorations decorations;

		private PdfWriter writer;

		Run(ReportModel model) {
			this.model = model;
			this.labels = new PdfLabels(model.language());
			this.type = Typography.of(PdfReportRenderer.this.font.baseFont());
			this.tables = new Tables(this.type, this.labels);
			YearMonth month = model.month();
			this.title = this.labels.format("report.title", model.scope().name());
			this.subtitle = this.labels.format("report.subtitle", String.valueOf(month.getYear()),
					String.valueOf(month.getMonthValue()));
			this.decorations = new PageDecorations(PdfReportRenderer.this.font.baseFont(), this.labels,
					this.title + "  ·  " + this.subtitle);
		}

		void write(OutputStream out) throws DocumentException {
			this.writer = PdfWriter.getInstance(this.document, out);
			this.writer.setPageEvent(this.decorations);
			// charts and tables stay in the order they are added, even when a chart moves to the next page
			this.writer.setStrictImageSequence(true);
			this.writer.setViewerPreferences(PdfWriter.PageModeUseOutlines | PdfWriter.DisplayDocTitle);
			metadata();
			this.document.open();
			try {
				titleBlock();
				kpis();
				narrative();
				charts();
				tables();
				dataQuality();
			}
			finally {
				this.document.close();
			}
		}

		private void metadata() {
			String scope = this.model.scope().name();
			this.document.addTitle(this.title + " " + this.subtitle);
			this.document.addSubject(this.labels.pdf("pdf.subject", scope, this.subtitle));
			this.document.addKeywords(this.labels.pdf("pdf.keywords", scope, Formats.MONTH.format(this.model.month())));
			this.document.addAuthor("investpromo");
			this.document.addCreator("investpromo");
			this.document.addCreationDate();
			this.document.setDocumentLanguage(this.labels.english() ? "en" : "zh-CN");
		}

		private void titleBlock() throws DocumentException {
			Paragraph title = new Paragraph("", this.type.title());
			title.add(this.decorations.heading(this.title, 0, this.type.title()));
			title.setAlignment(Element.ALIGN_CENTER);
			title.setSpacingBefore(6);
			title.setLeading(0, 1.3f);
			this.document.add(title);
			Paragraph subtitle = new Paragraph(this.subtitle, this.type.subtitle());
			subtitle.setAlignment(Element.ALIGN_CENTER);
			subtitle.setSpacingBefore(4);
			subtitle.setSpacingAfter(10);
			this.document.add(subtitle);
			YearMonth month = this.model.month();
			meta(this.labels.labelValue("report.scope",
					this.model.scope().name() + "（" + this.model.scope().code() + "）"));
			meta(this.labels.labelValue("report.period", this.labels.pdf("pdf.dateRange",
					Formats.DATE.format(month.atDay(1)), Formats.DATE.format(month.atEndOfMonth()))));
			meta(this.labels.labelValue("report.generatedAt", Formats.DATE_TIME.format(this.model.generatedAt())));
			// a rule as wide as the tables below it: an empty cell showing only its top border
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

		private void kpis() throws DocumentException {
			heading("section.kpis", 0, 160);
			Paragraph unit = new Paragraph(this.labels.get("report.unit"), this.type.note());
			unit.setAlignment(Element.ALIGN_RIGHT);
			this.document.add(unit);
			this.document.add(this.tables.kpis(this.model));
		}

		private void narrative() throws DocumentException {
			heading("section.narrative", 0, 80);
			Paragraph text = new Paragraph(this.model.narrative(), this.type.body());
			text.setLeading(0, 1.7f);
			text.setAlignment(Element.ALIGN_JUSTIFIED);
			if (!this.labels.english()) {
				// Chinese paragraphs start with a two-character indent
				text.setFirstLineIndent(2 * this.type.body().getSize());
			}
			this.document.add(text);
		}

		private void charts() throws DocumentException {
			List<Charts.Drawn> charts = new Charts(PdfReportRenderer.this.chartStyle, this.labels).all(this.model);
			// the section heading stays on the page of the first chart
			heading("section.charts", 0, charts.get(0).height() + 80);
			int number = 1;
			for (Charts.Drawn drawn : charts) {
				String caption = this.labels.pdf("pdf.figure", String.valueOf(number++), this.labels.get(drawn.titleKey()));
				ensureSpace(drawn.height() + 40);
				Paragraph paragraph = new Paragraph("", this.type.subheading());
				paragraph.add(this.decorations.heading(caption, 1, this.type.subheading()));
				paragraph.setAlignment(Element.ALIGN_CENTER);
				paragraph.setSpacingBefore(10);
				paragraph.setSpacingAfter(4);
				this.document.add(paragraph);
				this.document.add(vector(drawn));
			}
		}

		/** The chart drawn as PDF vector graphics into a form XObject, never as a bitmap. */
		private Image vector(Charts.Drawn drawn) throws DocumentException {
			PdfTemplate template = this.writer.getDirectContent().createTemplate(Charts.WIDTH, drawn.height());
			Graphics2D g2 = template.createGraphics(Charts.WIDTH, drawn.height(),
					PdfReportRenderer.this.font.fontMapper());
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

		private void tables() throws DocumentException {
			heading("section.byRegion", 0, 120);
			table(this.model.byRegion().isEmpty(), () -> this.tables.byRegion(this.model));
			heading("section.byIndustry", 0, 120);
			table(this.model.byIndustry().isEmpty(), () -> this.tables.byIndustry(this.model));
			heading("section.topProjects", 0, 120);
			table(this.model.topProjects().isEmpty(), () -> this.tables.topProjects(this.model.topProjects()));
			heading("section.events", 0, 120);
			table(this.model.events().isEmpty(), () -> this.tables.events(this.model.events()));
			heading("section.projects", 0, 120);
			table(this.model.projects().isEmpty(), () -> this.tables.projects(this.model.projects()));
		}

		private void dataQuality() throws DocumentException {
			DataQuality quality = this.model.dataQuality();
			heading("section.dataQuality", 0, 140);
			subheading("quality.files");
			table(quality.files().isEmpty(), "pdf.noneFound", () -> this.tables.qualityFiles(quality));
			subheading("quality.rejects");
			table(quality.rejects().isEmpty(), "pdf.noneFound", () -> this.tables.rejects(quality));
			if (quality.rejects().size() > Tables.MAX_REJECTS) {
				this.document.add(new Paragraph(this.labels.pdf("pdf.rejectsShown", String.valueOf(Tables.MAX_REJECTS),
						Formats.count(quality.rejects().size())), this.type.note()));
			}
			subheading("quality.possibleDuplicates");
			table(quality.possibleDuplicates().isEmpty(), "pdf.noneFound", () -> this.tables.possibleDuplicates(quality));
			subheading("quality.unmatchedIndustries");
			String unmatched = String.join(this.labels.english() ? ", " : "、", quality.unmatchedIndustries());
			this.document.add(new Paragraph(
					unmatched.isEmpty() ? this.labels.pdf("pdf.noneFound") : unmatched, this.type.body()));
		}

		private void table(boolean empty, TableSupplier table) throws DocumentException {
			table(empty, "report.noData", table);
		}

		private void table(boolean empty, String emptyKey, TableSupplier table) throws DocumentException {
			if (empty) {
				this.document.add(new Paragraph(this.labels.get(emptyKey), this.type.note()));
			}
			else {
				this.document.add(table.get());
			}
		}

		private void heading(String key, int level, float keepWithNext) throws DocumentException {
			ensureSpace(keepWithNext);
			Paragraph paragraph = new Paragraph("", this.type.heading());
			paragraph.add(this.decorations.heading(this.labels.get(key), level, this.type.heading()));
			paragraph.setSpacingBefore(14);
			paragraph.setSpacingAfter(4);
			this.document.add(paragraph);
		}

		private void subheading(String key) throws DocumentException {
			ensureSpace(90);
			Paragraph paragraph = new Paragraph("", this.type.subheading());
			paragraph.add(this.decorations.heading(this.labels.get(key), 1, this.type.subheading()));
			paragraph.setSpacingBefore(8);
			paragraph.setSpacingAfter(2);
			this.document.add(paragraph);
		}

		/** Starts a new page unless {@code height} points are left, so a heading never ends a page alone. */
		private void ensureSpace(float height) {
			if (this.writer.getVerticalPosition(true) - this.document.bottom() < height) {
				this.document.newPage();
			}
		}

	}

	@FunctionalInterface
	private interface TableSupplier {

		PdfPTable get();

	}

}
