package cn.investpromo.report;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The words of a report in its language, from {@code report/labels*.properties}; shared by every renderer. */
public final class ReportLabels {

	private final ResourceBundle bundle;

	private final ReportLanguage language;

	private ReportLabels(ReportLanguage language) {
		this.language = language;
		this.bundle = ResourceBundle.getBundle("report.labels", language.locale(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

	public static ReportLabels of(ReportLanguage language) {
		return new ReportLabels(language);
	}

	public ReportLanguage language() {
		return this.language;
	}

	/** The label under {@code key}. */
	public String get(String key) {
		return this.bundle.getString(key);
	}

	/** The label under {@code key} with its {0}, {1} … placeholders filled. */
	public String format(String key, Object... args) {
		return new MessageFormat(get(key), this.language.locale()).format(args);
	}

	/** The label of a headline figure. */
	public String kpi(KpiKind kind) {
		return get("kpi." + kind.key());
	}

	/** A breakdown row's region name, marked 本级 when the row is the scope itself. */
	public String regionName(RegionFigures row) {
		return row.self() ? format("report.selfSuffix", row.name()) : row.name();
	}

}
