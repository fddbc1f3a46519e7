package cn.investpromo.report;

import java.time.OffsetDateTime;
import java.time.YearMonth;

/**
 * What a report is of: its period, its scope, its language and when it was generated;
 * every section is read against it.
 *
 * @param period the months reported on; the comparisons, breakdowns and listings refer to
 * it as "the month" where a monthly report says so
 */
public record ReportHeading(Period period, RegionRef scope, OffsetDateTime generatedAt, ReportLanguage language) {

	/**
	 * The period's last month: the end of its year to date, of its landing window and of
	 * its trend.
	 */
	public YearMonth month() {
		return this.period.last();
	}

}
