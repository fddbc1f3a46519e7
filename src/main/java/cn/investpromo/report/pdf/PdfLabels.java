package cn.investpromo.report.pdf;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import cn.investpromo.report.ReportLabels;
import cn.investpromo.report.ReportLanguage;
import cn.investpromo.report.ReportModel;

/**
 * The shared report words plus the few only the PDF uses
 * ({@code report/pdf/pdf-labels*.properties}).
 */
final class PdfLabels {

	private final ReportLabels report;

	private final ResourceBundle pdf;

	PdfLabels(ReportModel model) {
		this(ReportLabels.of(model));
	}

	/** The words of a monthly report. */
	PdfLabels(ReportLanguage language) {
		this(ReportLabels.of(language));
	}

	private PdfLabels(ReportLabels report) {
		this.report = report;
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
		return this.report.get(this.pdf, key);
	}

	/**
	 * A label, or {@code fallback} for a key the bundles lack (such as an unknown sheet
	 * kind).
	 */
	String getOrDefault(String key, String fallback) {
		try {
			return get(key);
		}
		catch (MissingResourceException ex) {
			return fallback;
		}
	}

	/**
	 * Fills a shared label; arguments are Strings so that numbers keep the format the
	 * caller gave them.
	 */
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

	boolean english() {
		return this.report.language().english();
	}

}
