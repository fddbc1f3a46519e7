package cn.investpromo.report;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * Month-M projects by investor origin: a province, or a city within the scope's own
 * province.
 *
 * @param amountWan agreed investment of the projects that give one; null when none does
 * @param projectsWithoutAmount projects without an amount
 */
public record OriginFigures(String code, String name, long projects, @Nullable BigDecimal amountWan,
		long projectsWithoutAmount) {
}
