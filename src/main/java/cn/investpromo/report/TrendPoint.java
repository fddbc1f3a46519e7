package cn.investpromo.report;

import java.math.BigDecimal;
import java.time.YearMonth;

import org.jspecify.annotations.Nullable;

/**
 * One period of the trend ending with the report's: a month (13 of them), a quarter, a
 * half-year or a year.
 *
 * @param events the period's events; null before the ledgers cover the scope
 * ({@link Coverage}): unknown, drawn as a gap, never zero
 * @param projects the period's projects; null as the events
 * @param amountWan agreed investment of the projects that give one; null when the period
 * has projects and none gives an amount, or before the ledgers cover the scope
 * @param projectsWithoutAmount the period's projects without an amount
 */
public record TrendPoint(Period period, @Nullable Long events, @Nullable Long projects, @Nullable BigDecimal amountWan,
		long projectsWithoutAmount) {

	/** A period before the ledgers cover the scope: every figure unknown. */
	static TrendPoint uncovered(Period period) {
		return new TrendPoint(period, null, null, null, 0);
	}

	/** Whether the ledgers cover the period, so that its figures are known. */
	public boolean covered() {
		return this.events != null;
	}

	/** The point's last month; for a monthly report its month. */
	public YearMonth month() {
		return this.period.last();
	}

}
