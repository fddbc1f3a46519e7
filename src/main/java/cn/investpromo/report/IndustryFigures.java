package cn.investpromo.report;

import java.math.BigDecimal;

/**
 * Month-M projects of one first-level industry (SPEC §3.2).
 *
 * @param name the industry's name in the report language
 * @param sharePercent share of the month's agreed investment, one decimal; zero when the month has none
 */
public record IndustryFigures(String code, String name, long projects, BigDecimal amountWan, BigDecimal sharePercent) {
}
