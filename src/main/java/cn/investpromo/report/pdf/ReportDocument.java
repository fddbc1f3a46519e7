package cn.investpromo.report.pdf;

import java.io.OutputStream;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfWriter;

import cn.investpromo.report.Period;
import cn.investpromo.report.ReportModel;

/**
 * One report written as a PDF document: what its sections share (labels, type, title,
 * tables and charts) and the order they are written in.
 */
final class ReportDocument {

	// 2 cm side margins; top and bottom leave room for the running header and the page
	// number
	private static final float SIDE_MARGIN = 56.7f;

	private static final float TOP_MARGIN = 62f;

	private static final float BOTTOM_MARGIN = 62f;

	private final DocumentParts parts;

	private final Document document = new Document(PageSize.A4, SIDE_MARGIN, SIDE_MARGIN, TOP_MARGIN, BOTTOM_MARGIN);

	ReportDocument(ReportModel model, CjkFont font, ChartStyle chartStyle) {
		this.parts = DocumentParts.of(model, font, chartStyle);
	}

	void write(OutputStream out) throws DocumentException {
		PdfWriter writer = PdfWriter.getInstance(this.document, out);
		Page page = new Page(this.document, writer, this.parts.type(), this.parts.labels(), this.parts.decorations());
		writer.setPageEvent(this.parts.decorations());
		// charts and tables stay in the order they are added, even when a chart moves
		// to the next page
		writer.setStrictImageSequence(true);
		writer.setViewerPreferences(PdfWriter.PageModeUseOutlines | PdfWriter.DisplayDocTitle);
		metadata();
		this.document.open();
		try {
			OpeningSections opening = new OpeningSections(this.parts, page);
			FigureWriter figures = new FigureWriter(page, this.parts.font(), this.parts.labels(), this.parts.type(),
					this.parts.decorations());
			ProgressSections progress = new ProgressSections(this.parts, page, figures);
			TableSections tables = new TableSections(this.parts, page);
			opening.titleBlock();
			opening.frontPage();
			opening.kpis();
			opening.narrative();
			progress.targets();
			progress.charts();
			progress.landing();
			progress.followThrough();
			progress.funds();
			new ForeignSection(this.parts, page, figures).write();
			new PipelinePages(this.parts, page).write();
			progress.amountBands();
			new InvestorTagsSection(this.parts, page).write();
			tables.tables();
			tables.dataQuality();
		}
		finally {
			this.document.close();
		}
	}

	private void metadata() {
		String scope = this.parts.model().scope().name();
		this.document.addTitle(this.parts.title() + " " + this.parts.subtitle());
		this.document.addSubject(this.parts.labels().pdf("pdf.subject", scope, this.parts.subtitle()));
		this.document.addKeywords(this.parts.labels()
			.pdf("pdf.keywords", scope, (this.parts.model().period().kind() == Period.Kind.MONTH)
					? Formats.MONTH.format(this.parts.model().month()) : this.parts.model().period().label()));
		this.document.addAuthor("investpromo");
		this.document.addCreator("investpromo");
		this.document.addCreationDate();
		this.document.setDocumentLanguage(this.parts.labels().english() ? "en" : "zh-CN");
	}

}
