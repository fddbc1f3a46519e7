package cn.investpromo.delivery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import cn.investpromo.report.ReportFiles;
import cn.investpromo.report.ReportLanguage;

/**
 * A written report as its readers receive it: the title, the opening of its narrative, its workbook and PDF. Read
 * from the files the report job wrote (the JSON's {@code narrative}), so a report is sent as it was written.
 */
public record DeliveredReport(String scopeCode, String scopeName, YearMonth month, ReportLanguage language,
		ReportFiles files, String title, String opening) {

	/** Reads the narrative's opening from the report's JSON; every file must be there. */
	public static DeliveredReport of(String scopeCode, String scopeName, YearMonth month, ReportLanguage language,
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
		return new DeliveredReport(scopeCode, scopeName, month, language, files, title(scopeName, month, language),
				opening(narrative));
	}

	/** {@code 招远市招商引资工作月度报告（2019年7月）}, or its English form. */
	static String title(String scopeName, YearMonth month, ReportLanguage language) {
		if (language == ReportLanguage.EN) {
			return "Investment promotion monthly report, " + scopeName + " ("
					+ month.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " "
					+ month.getYear() + ")";
		}
		return scopeName + "招商引资工作月度报告（" + month.getYear() + "年" + month.getMonthValue() + "月）";
	}

	/** The first paragraph of the narrative. */
	static String opening(String narrative) {
		String text = narrative.strip();
		int end = text.indexOf('\n');
		return (end < 0) ? text : text.substring(0, end).strip();
	}

}
