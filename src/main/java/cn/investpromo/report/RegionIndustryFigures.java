package cn.investpromo.report;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * One cell of the month's region × industry cross table.
 *
 * @param amountWan agreed investment of the cell's projects that give one; null when none
 * does
 * @param projectsWithoutAmount the cell's projects without an amount
 */
public record RegionIndustryFigures(String regionCode, String regionName, String industryCode, String industryName,
		long projects, @Nullable BigDecimal amountWan, long projectsWithoutAmount) {
}
