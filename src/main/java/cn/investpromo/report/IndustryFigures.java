package cn.investpromo.report;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * Month-M projects of one first-level industry (SPEC §3.2).
 *
 * @param name the industry's name in the report language
 * @param amountWan agreed investment of its projects that give one; null when none does
 * (unknown, shown as "—")
 * @param projectsWithoutAmount its projects without an amount
 * @param sharePercent share of the month's agreed investment, one decimal; zero when the
 * month has none; null when the amount is unknown
 */
public record IndustryFigures(String code, String name, long projects, @Nullable BigDecimal amountWan,
		long projectsWithoutAmount, @Nullable BigDecimal sharePercent) {
}
