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

	private final ReportModel model;

	private final CjkFont font;

	private final PdfLabels labels;

	private final Typography type;

	private final TableContext context;

	private final Tables tables;

	private final Charts charts;

	private final String title;

	private final String subtitle;

	private final PageDecorations decorations;

	private final Document document = new Document(PageSize.A4, SIDE_MARGIN, SIDE_MARGIN, TOP_MARGIN, BOTTOM_MARGIN);

	ReportDocument(ReportModel model, CjkFont font, ChartStyle chartStyle) {
		this.model = model;
		this.font = font;
		this.labels = new PdfLabels(model);
		this.type = Typography.of(font.baseFont());
		this.context = new TableContext(this.type, this.labels);
		this.tables = new Tables(this.context);
		this.charts = new Charts(chartStyle, this.labels);
		this.title = this.labels.format("report.title", model.scope().name());
		this.subtitle = this.labels.report().periodName(model.period());
		this.decorations = new PageDecorations(font.baseFont(), this.labels, this.title + "  ·  " + this.subtitle);
	}

	void write(OutputStream out) throws DocumentException {
		PdfWriter writer = PdfWriter.getInstance(this.document, out);
		Page page = new Page(this.document, writer, this.type, this.labels, this.decorations);
		writer.setPageEvent(this.decorations);
		// charts and tables stay in the order they are added, even when a chart moves
		// to the next page
		writer.setStrictImageSequence(true);
		writer.setViewerPreferences(PdfWriter.PageModeUseOutlines | PdfWriter.DisplayDocTitle);
		metadata();
		this.document.open();
		try {
			OpeningSections opening = new OpeningSections(this, page);
			ProgressSections progress = new ProgressSections(this, page,
					new FigureWriter(page, this.font, this.labels, this.type, this.decorations));
			TableSections tables = new TableSections(this, page);
			opening.titleBlock();
			opening.frontPage();
			opening.kpis();
			opening.narrative();
			progress.targets();
			progress.charts();
			progress.landing();
			progress.followThrough();
			progress.funds();
			progress.amountBands();
			tables.tables();
			tables.dataQuality();
		}
		finally {
			this.document.close();
		}
	}

	private void metadata() {
		String scope = this.model.scope().name();
		this.document.addTitle(this.title + " " + this.subtitle);
		this.document.addSubject(this.labels.pdf("pdf.subject", scope, this.subtitle));
		this.document
			.addKeywords(this.labels.pdf("pdf.keywords", scope, (this.model.period().kind() == Period.Kind.MONTH)
					? Formats.MONTH.format(this.model.month()) : this.model.period().label()));
		this.document.addAuthor("investpromo");
		this.document.addCreator("investpromo");
		this.document.addCreationDate();
		this.document.setDocumentLanguage(this.labels.english() ? "en" : "zh-CN");
	}

	ReportModel model() {
		return this.model;
	}

	CjkFont font() {
		return this.font;
	}

	PdfLabels labels() {
		return this.labels;
	}

	Typography type() {
		return this.type;
	}

	TableContext context() {
		return this.context;
	}

	Tables tables() {
		return this.tables;
	}

	Charts charts() {
		return this.charts;
	}

	String title() {
		return this.title;
	}

	String subtitle() {
		return this.subtitle;
	}

	PageDecorations decorations() {
		return this.decorations;
	}

}
