package cn.investpromo.report;

import java.math.BigDecimal;

/**
 * Month-M figures of one child region of the scope.
 *
 * @param self whether the row is the scope itself (shown as "S（本级）")
 */
public record RegionFigures(String code, String name, boolean self, long events, long attendees, long projects,
		BigDecimal amountWan) {
}
