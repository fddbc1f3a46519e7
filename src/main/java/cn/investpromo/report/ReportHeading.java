package cn.investpromo.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;

import org.jspecify.annotations.Nullable;

/**
 * What a report is of: its period, its scope, its language and when it was generated;
 * every section is read against it.
 *
 * @param period the months reported on; the comparisons, breakdowns and listings refer to
 * it as "the month" where a monthly report says so
 * @param coverage from which month the scope's ledgers cover it
 * @param dataUntil the day the report was generated when that falls within the period
 * (the period is not over: its figures are partial, issue 22); null for a period that has
 * ended
 */
public record ReportHeading(Period period, RegionRef scope, OffsetDateTime generatedAt, ReportLanguage language,
		Coverage coverage, @Nullable LocalDate dataUntil) {

	/** The heading of a period that has ended, for a scope covered throughout. */
	public ReportHeading(Period period, RegionRef scope, OffsetDateTime generatedAt, ReportLanguage language) {
		this(period, scope, generatedAt, language, Coverage.ALL, null);
	}

	/**
	 * The day the figures reach when a report generated on {@code today} is of a period
	 * not over yet; null when the period has ended.
	 */
	static @Nullable LocalDate dataUntil(Period period, LocalDate today) {
		return (!today.isBefore(period.from()) && !today.isAfter(period.to())) ? today : null;
	}

	/** Whether the period is not over yet, so that its figures are partial. */
	public boolean partial() {
		return this.dataUntil != null;
	}

	/**
	 * The period's last month: the end of its year to date, of its landing window and of
	 * its trend.
	 */
	public YearMonth month() {
		return this.period.last();
	}

}
