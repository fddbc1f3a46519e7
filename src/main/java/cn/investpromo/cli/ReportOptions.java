package cn.investpromo.cli;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import picocli.CommandLine.Option;

import cn.investpromo.report.Period;

/**
 * Options of a report: month or period, scope, language, output folder and whether to
 * redo a completed one.
 */
class ReportOptions {

	@Option(names = "--month", paramLabel = "yyyy-MM", converter = YearMonthConverter.class,
			description = "The month to report, e.g. 2019-07 (or give --period)")
	@Nullable YearMonth month;

	@Option(names = "--period", paramLabel = "PERIOD", converter = PeriodConverter.class,
			description = "The period to report: a month 2019-07, a quarter 2019-Q3, a half-year 2019-H1 or a year 2019")
	@Nullable Period period;

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

	/**
	 * The period asked for by {@code --month} or {@code --period}.
	 * @throws IllegalArgumentException when neither or both are given
	 */
	Period reportPeriod() {
		if (this.month != null && this.period != null) {
			throw new IllegalArgumentException("give --month or --period, not both");
		}
		if (this.month == null && this.period == null) {
			throw new IllegalArgumentException("Missing required option: '--month=yyyy-MM' or '--period=PERIOD'");
		}
		return (this.month != null) ? Period.month(this.month) : Objects.requireNonNull(this.period);
	}

}
