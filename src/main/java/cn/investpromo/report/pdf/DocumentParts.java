package cn.investpromo.report.pdf;

import cn.investpromo.report.ReportModel;

/**
 * What the sections of one document share, made once by {@link ReportDocument}.
 *
 * @param context the type and labels every table is laid out with
 * @param title the report's title, as the first page and the running header show it
 * @param subtitle the period's name under the title
 */
record DocumentParts(ReportModel model, CjkFont font, PdfLabels labels, Typography type, TableContext context,
		Tables tables, Charts charts, String title, String subtitle, PageDecorations decorations) {

	static DocumentParts of(ReportModel model, CjkFont font, ChartStyle chartStyle) {
		PdfLabels labels = new PdfLabels(model);
		Typography type = Typography.of(font.baseFont());
		TableContext context = new TableContext(type, labels);
		String title = labels.report().title(model.scope().name());
		String subtitle = labels.report().periodName(model.period());
		return new DocumentParts(model, font, labels, type, context, new Tables(context),
				new Charts(chartStyle, labels), title, subtitle,
				new PageDecorations(font.baseFont(), labels, title + "  ·  " + subtitle));
	}

}
