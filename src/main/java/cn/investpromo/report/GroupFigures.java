package cn.investpromo.report;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * The period's projects grouped by one stored value: by investor origin (a province, or a
 * city within the scope's own province) today, and the row type of any further breakdown
 * of that shape, so that a new figure grouped by a ledger column needs no record of its
 * own.
 *
 * @param code the group's code (a region code for investor origins)
 * @param name the group's name in the report language
 * @param amountWan agreed investment of the projects that give one; null when none does
 * @param projectsWithoutAmount projects without an amount
 */
public record GroupFigures(String code, String name, long projects, @Nullable BigDecimal amountWan,
		long projectsWithoutAmount) {
}
