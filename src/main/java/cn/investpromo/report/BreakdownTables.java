package cn.investpromo.report;

import java.util.List;

/**
 * The breakdowns section (SPEC §5): the period's figures by child region, industry,
 * second-level industry, investor origin, region × industry and event type, computed by
 * {@link Breakdowns}.
 *
 * @param byRegion the scope's child regions (and the scope itself as 本级 where rows name
 * it), those with figures in 位次 order (the scope itself among them by its amount,
 * unranked), then the rest in the catalogue's order; a province's or 全国's children
 * without figures are left out and counted in {@code regionsWithoutFigures}
 * @param bySubIndustry by second-level industry, grouped under the industries of
 * {@code byIndustry} in their order; each group adds up to its industry's row
 */
public record BreakdownTables(List<RegionFigures> byRegion, List<IndustryFigures> byIndustry,
		List<SubIndustryFigures> bySubIndustry, List<GroupFigures> byInvestorOrigin,
		List<RegionIndustryFigures> byRegionIndustry, List<EventTypeFigures> eventsByType, int regionsWithoutFigures) {
}
