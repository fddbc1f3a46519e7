package cn.investpromo.delivery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.investpromo.report.Period;
import cn.investpromo.report.ReportFiles;
import cn.investpromo.report.ReportLabels;
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
		JsonNode json;
		try {
			json = JsonMapper.builder().build().readTree(files.json().toFile());
		}
		catch (JacksonException ex) {
			throw new IOException("报告 JSON 无法读取 / cannot read the report's JSON: " + files.json());
		}
		// the scope as the report names it in its language: "Zhaoyuan (招远市)"
		String reportScope = json.path("scope").path("name").asString(scopeName);
		return new DeliveredReport(scopeCode, scopeName, period, language, files, title(reportScope, period, language),
				opening(json.path("narrative").asString("")));
	}

	/**
	 * The report's own title with its period: {@code 招远市招商引资工作月度报告（2019年7月）},
	 * {@code …季度报告（2019年第三季度）}, or its English form, as the report's labels write it.
	 */
	static String title(String scopeName, Period period, ReportLanguage language) {
		return ReportLabels.of(language, period.kind()).title(scopeName, period);
	}

	/** The first paragraph of the narrative. */
	static String opening(String narrative) {
		String text = narrative.strip();
		int end = text.indexOf('\n');
		return (end < 0) ? text : text.substring(0, end).strip();
	}

}
