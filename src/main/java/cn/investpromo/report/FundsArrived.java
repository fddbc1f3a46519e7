package cn.investpromo.report;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * 到位资金 (SPEC §5): the funds arrived of the projects in scope signed from January to M, as
 * the ledger records them (cumulative to the import), with their source by the investor's
 * home region.
 * <p>
 * Terminated projects count too: money that arrived did arrive. Projects without a 到位资金
 * value are counted in {@link #projects()} but not summed. The sources are judged against
 * the scope's province and its (prefecture- level) city:
 * {@link FundsSourceKind#OUTSIDE_PROVINCE} (foreign investors included),
 * {@link FundsSourceKind#OUTSIDE_CITY_IN_PROVINCE}, {@link FundsSourceKind#WITHIN_CITY},
 * and {@link FundsSourceKind#UNKNOWN} when the origin is not given or not recognised. A
 * scope that is a province has no city: in-province funds are
 * {@link FundsSourceKind#WITHIN_PROVINCE}. For 全国 or a region group the split says
 * nothing, so {@link #bySourceApplies()} is false and {@link #bySource()} is empty: only
 * the total is reported.
 *
 * @param totalWan the funds arrived, in 万元
 * @param projects projects signed January to M in scope
 * @param projectsWithFunds those of them with a 到位资金 value
 * @param bySourceApplies whether the scope allows a split by source
 * @param bySource the sources with funds or projects, in {@link FundsSourceKind} order
 */
public record FundsArrived(BigDecimal totalWan, long projects, long projectsWithFunds, boolean bySourceApplies,
		List<FundsSource> bySource) {

	/**
	 * Funds arrived from one source.
	 *
	 * @param projects projects whose investor comes from the source (with or without a
	 * 到位资金 value)
	 * @param reporting those of them with a 到位资金 value
	 * @param amountWan their funds arrived, in 万元; null when none of them reports one
	 * (unknown, never zero: issue 22)
	 * @param sharePercent share of {@link FundsArrived#totalWan()}, one decimal; zero
	 * when the total is zero, null when the amount is unknown
	 */
	public record FundsSource(FundsSourceKind kind, long projects, long reporting, @Nullable BigDecimal amountWan,
			@Nullable BigDecimal sharePercent) {
	}

}
