package cn.investpromo.report;

import java.math.BigDecimal;
import java.time.YearMonth;

/** One month of the 13-month trend ending in M. */
public record TrendPoint(YearMonth month, long events, long projects, BigDecimal amountWan) {
}
