package cn.investpromo.cli;

import java.nio.file.Path;
import java.time.YearMonth;

import org.jspecify.annotations.Nullable;

import picocli.CommandLine.Option;

/** Options of a report: month, scope, language, output folder and whether to redo a completed one. */
class ReportOptions {

	@Option(names = "--month", required = true, paramLabel = "yyyy-MM", converter = YearMonthConverter.class,
			description = "The month to report, e.g. 2019-07")
	YearMonth month;

	@Option(names = "--scope", paramLabel = "NAME-OR-CODE",
			description = "Region to report on (name, short name, path or GB/T 2260 code); 全国 or all for China. "
					+ "Default: investpromo.default-region, else all of China")
	@Nullable String scope;

	@Option(names = "--lang", paramLabel = "zh|en", description = "Report language, default zh")
	@Nullable String language;

	@Option(names = "--out", paramLabel = "DIR", description = "Output directory, default: reports/")
	@Nullable Path outputDir;

	@Option(names = "--rerun", description = "Write the report again even if this month and scope already completed")
	boolean rerun;

}
