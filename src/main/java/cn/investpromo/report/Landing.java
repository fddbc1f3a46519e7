package cn.investpromo.report;

import java.util.List;

/**
 * The landing-progress section (SPEC §5), computed by {@link LandingProgress}.
 *
 * @param byRegion by child region: rows with projects signed in the last 12 months or new starts or new production
 * in the period
 * @param total the scope as a whole, the total row of {@code byRegion}
 */
public record Landing(List<LandingFigures> byRegion, LandingFigures total) {
}
