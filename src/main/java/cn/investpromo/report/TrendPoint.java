package cn.investpromo.report;

import java.math.BigDecimal;
import java.time.YearMonth;

import org.jspecify.annotations.Nullable;

/**
 * One period of the trend ending with the report's: a month (13 of them), a quarter, a
 * half-year or a year.
 *
 * @param amountWan agreed investment of the projects that give one; null when the period
 * has projects and none gives an amount
 * @param projectsWithoutAmount the period's projects without an amount
 */
public record TrendPoint(Period period, long events, long projects, @Nullable BigDecimal amountWan,
		long projectsWithoutAmount) {

	/** The point's last month; for a monthly report its month. */
	public YearMonth month() {
		return this.period.last();
	}

}
