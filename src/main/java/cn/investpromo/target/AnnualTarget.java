package cn.investpromo.target;

import java.math.BigDecimal;

/**
 * One annual target leadership set for a region (SPEC §2.3), as stored in
 * {@code annual_target}.
 */
public record AnnualTarget(String regionCode, int year, TargetIndicator indicator, BigDecimal value) {
}
