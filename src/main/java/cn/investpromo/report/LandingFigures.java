package cn.investpromo.report;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Landing progress of one child region (or of the whole scope, {@link Landing#total()}):
 * projects signed in the 12 months ending in M, by their status at M's end (SPEC §5).
 * <p>
 * Rates leave terminated projects out, since a terminated project will never start: 开工率 =
 * started ÷ (all counted projects − terminated), where started = under construction + in
 * production; 投产率 = in production ÷ started. New starts and new production count the
 * projects of the region, signed at any time and not terminated, whose 开工日期 or 投产日期 falls
 * in M.
 *
 * @param self whether the row is the scope itself (shown as "S（本级）")
 * @param shares each status's share of {@link #total()} in percent, one decimal; all zero
 * when the row has none
 * @param startRatePercent 开工率 in percent, one decimal; empty when no live project is
 * counted (shown as "—")
 * @param productionRatePercent 投产率 in percent, one decimal; empty when none has started
 * (shown as "—")
 * @param newStarts 新开工: projects whose construction started in M
 * @param newProduction 新投产: projects whose production started in M
 */
public record LandingFigures(String regionCode, String regionName, long signed, long underConstruction,
		long inProduction, long terminated, boolean self, Shares shares, Optional<BigDecimal> startRatePercent,
		Optional<BigDecimal> productionRatePercent, long newStarts, long newProduction) {

	/** All projects counted in the row. */
	public long total() {
		return this.signed + this.underConstruction + this.inProduction + this.terminated;
	}

	/** Projects that have started construction or production by M's end. */
	public long started() {
		return this.underConstruction + this.inProduction;
	}

	/** Each status's share of the row's projects, in percent with one decimal. */
	public record Shares(BigDecimal signed, BigDecimal underConstruction, BigDecimal inProduction,
			BigDecimal terminated) {
	}

}
