package cn.investpromo.report;

import java.math.BigDecimal;

/** One cell of the month's region × industry cross table. */
public record RegionIndustryFigures(String regionCode, String regionName, String industryCode, String industryName,
		long projects, BigDecimal amountWan) {
}
