package cn.investpromo.report;

import java.math.BigDecimal;
import java.time.YearMonth;

/** One period of the trend ending with the report's: a month (13 of them), a quarter, a half-year or a year. */
public record TrendPoint(Period period, long events, long projects, BigDecimal amountWan) {

	/** The point's last month; for a monthly report its month. */
	public YearMonth month() {
		return this.period.last();
	}

}
