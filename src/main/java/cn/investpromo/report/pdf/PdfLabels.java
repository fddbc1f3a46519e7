package cn.investpromo.report.pdf;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import cn.investpromo.report.LandingFigures;
import cn.investpromo.report.ReportLabels;
import cn.investpromo.report.ReportLanguage;

/** The shared report words plus the few only the PDF uses ({@code report/pdf/pdf-labels*.properties}). */
final class PdfLabels {

	private final ReportLabels report;

	private final ResourceBundle pdf;

	PdfLabels(ReportLanguage language) {
		this.report = ReportLabels.of(language);
		this.pdf = ResourceBundle.getBundle("report.pdf.pdf-labels", language.locale(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

	ReportLabels report() {
		return this.report;
	}

	/** A label; keys starting with {@code pdf.} come from the PDF's own bundle. */
	String get(String key) {
		return key.startsWith("pdf.") ? this.pdf.getString(key) : this.report.get(key);
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
