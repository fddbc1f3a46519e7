package cn.investpromo.report.pdf;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import cn.investpromo.report.LandingFigures;
import cn.investpromo.report.ReportLabels;
import cn.investpromo.report.Period;
import cn.investpromo.report.ReportLanguage;
import cn.investpromo.report.ReportModel;

/** The shared report words plus the few only the PDF uses ({@code report/pdf/pdf-labels*.properties}). */
final class PdfLabels {

	private final ReportLabels report;

	private final ResourceBundle pdf;

	private final Period.Kind kind;

	PdfLabels(ReportModel model) {
		this(ReportLabels.of(model), model.period().kind());
	}

	/** The words of a monthly report. */
	PdfLabels(ReportLanguage language) {
		this(ReportLabels.of(language), Period.Kind.MONTH);
	}

	private PdfLabels(ReportLabels report, Period.Kind kind) {
		this.report = report;
		this.kind = kind;
		this.pdf = ResourceBundle.getBundle("report.pdf.pdf-labels", report.language().locale(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

	ReportLabels report() {
		return this.report;
	}

	/** A label; keys starting with {@code pdf.} come from the PDF's own bundle. */
	String get(String key) {
		if (!key.startsWith("pdf.")) {
			return this.report.get(key);
		}
		String variant = key + ".period";
		return (this.kind != Period.Kind.MONTH && this.pdf.containsKey(variant)) ? this.pdf.getString(variant)
				: this.pdf.getString(key);
	}

	/** A label, or {@code fallback} for a key the bundles lack (such as an unknown sheet kind). */
	String getOrDefault(String key, String fallback) {
		try {
			return get(key);
		}
		catch (MissingResourceException ex) {
			return fallback;
		}
	}

	/** Fills a shared label; arguments are Strings so that numbers keep the format the caller gave them. */
	String format(String key, String... args) {
		return this.report.format(key, (Object[]) args);
	}

	/** Fills a PDF-only label. */
	String pdf(String key, String... args) {
		return new MessageFormat(get(key), this.report.language().locale()).format(args);
	}

	/** "label：value" in Chinese, "label: value" in English. */
	String labelValue(String labelKey, String value) {
		return pdf("pdf.labelValue", get(labelKey), value);
	}

	/** A landing row's region name, marked 本级 when the row is the scope itself. */
	String regionName(LandingFigures row) {
		return row.self() ? format("report.selfSuffix", row.regionName()) : row.regionName();
	}

	boolean english() {
		return this.report.language().english();
	}

}
