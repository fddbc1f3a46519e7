package cn.investpromo.report;

import java.util.List;

/**
 * The landing-progress section (SPEC §5), computed by {@link LandingProgress}.
 *
 * @param byRegion by child region: rows with projects signed in the last 12 months or new
 * starts or new production in the period
 * @param total the scope as a whole, the total row of {@code byRegion}
 * @param newStartsSignedEarlier of the total's new starts, those signed before the 12
 * months (not among its projects), so that "本月新开工N个" does not read as the window's
 * @param newProductionSignedEarlier of the total's new production, those signed before
 * the 12 months
 */
public record Landing(List<LandingFigures> byRegion, LandingFigures total, long newStartsSignedEarlier,
		long newProductionSignedEarlier) {
}
