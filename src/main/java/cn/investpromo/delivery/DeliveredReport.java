package cn.investpromo.delivery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.TextStyle;
import java.util.Locale;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import cn.investpromo.report.Period;
import cn.investpromo.report.ReportFiles;
import cn.investpromo.report.ReportLanguage;

/**
 * A written report as its readers receive it: the title, the opening of its narrative,
 * its workbook and PDF. Read from the files the report job wrote (the JSON's
 * {@code narrative}), so a report is sent as it was written.
 */
public record DeliveredReport(String scopeCode, String scopeName, Period period, ReportLanguage language,
		ReportFiles files, String title, String opening) {

	/** Reads the narrative's opening from the report's JSON; every file must be there. */
	public static DeliveredReport of(String scopeCode, String scopeName, Period period, ReportLanguage language,
			ReportFiles files) throws IOException {
		for (Path file : files.all()) {
			if (!Files.isRegularFile(file)) {
				throw new IOException("报告文件不存在 / report file not found: " + file);
			}
		}
		String narrative;
		try {
			narrative = JsonMapper.builder().build().readTree(files.json().toFile()).path("narrative").asString("");
		}
		catch (JacksonException ex) {
			throw new IOException("报告 JSON 无法读取 / cannot read the report's JSON: " + files.json());
		}
		return new DeliveredReport(scopeCode, scopeName, period, language, files, title(scopeName, period, language),
				opening(narrative));
	}

	/**
	 * {@code 招远市招商引资工作月度报告（2019年7月）}, {@code …季度报告（2019年第三季度）}, {@code …半年报告（2019年上半年）},
	 * {@code …年度报告（2019年）}, or its English form.
	 */
	static String title(String scopeName, Period period, ReportLanguage language) {
		int year = period.year();
		if (language == ReportLanguage.EN) {
			return switch (period.kind()) {
				case MONTH -> "Investment promotion monthly report, " + scopeName + " ("
						+ period.first().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year + ")";
				case QUARTER ->
					"Investment promotion quarterly report, " + scopeName + " (Q" + period.index() + " " + year + ")";
				case HALF_YEAR ->
					"Investment promotion half-year report, " + scopeName + " (H" + period.index() + " " + year + ")";
				case YEAR -> "Investment promotion annual report, " + scopeName + " (" + year + ")";
			};
		}
		return switch (period.kind()) {
			case MONTH -> scopeName + "招商引资工作月度报告（" + year + "年" + period.first().getMonthValue() + "月）";
			case QUARTER -> scopeName + "招商引资工作季度报告（" + year + "年第" + "一二三四".charAt(period.index() - 1) + "季度）";
			case HALF_YEAR -> scopeName + "招商引资工作半年报告（" + year + "年" + ((period.index() == 1) ? "上" : "下") + "半年）";
			case YEAR -> scopeName + "招商引资工作年度报告（" + year + "年）";
		};
	}

	/** The first paragraph of the narrative. */
	static String opening(String narrative) {
		String text = narrative.strip();
		int end = text.indexOf('\n');
		return (end < 0) ? text : text.substring(0, end).strip();
	}

}
