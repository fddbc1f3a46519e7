package cn.investpromo.report;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * Month-M projects of one second-level industry (SPEC §3.2), or those of a first-level
 * industry that name none of its sub-sectors; the rows of one industry add up to its
 * {@link IndustryFigures}.
 *
 * @param code the sub-industry's code, such as {@code NGIT.IC}; null for the industry's
 * projects without one
 * @param name the sub-industry's name in the report language, or 未细分 / "Not subdivided"
 * @param amountWan agreed investment of its projects that give one; null when none does
 * @param projectsWithoutAmount its projects without an amount
 * @param sharePercent share of the month's agreed investment, one decimal; zero when the
 * month has none; null when the amount is unknown
 */
public record SubIndustryFigures(String industryCode, String industryName, @Nullable String code, String name,
		long projects, @Nullable BigDecimal amountWan, long projectsWithoutAmount, @Nullable BigDecimal sharePercent) {
}
