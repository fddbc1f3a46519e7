package cn.investpromo.report.excel;

import java.text.MessageFormat;
import java.util.ResourceBundle;

import cn.investpromo.report.Period;
import cn.investpromo.report.ReportLanguage;
import cn.investpromo.report.ReportModel;

/**
 * The words only the workbook needs, from {@code report/excel/excel-labels*.properties},
 * in one language; a quarter's, half-year's or year's under {@code key.period}.
 */
record Words(ResourceBundle bundle, ReportLanguage language, Period.Kind kind) {

	/** The workbook's words of a monthly report. */
	static Words of(ReportLanguage language) {
		return new Words(
				ResourceBundle.getBundle("report.excel.excel-labels", language.locale(),
						ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)),
				language, Period.Kind.MONTH);
	}

	/** The workbook's own words for the model's report. */
	static Words of(ReportModel model) {
		Words words = of(model.language());
		return new Words(words.bundle(), words.language(), model.period().kind());
	}

	String format(String key, Object... args) {
		String variant = key + ".period";
		String text = (this.kind != Period.Kind.MONTH && this.bundle.containsKey(variant))
				? this.bundle.getString(variant) : this.bundle.getString(key);
		return new MessageFormat(text, this.language.locale()).format(args);
	}

}
