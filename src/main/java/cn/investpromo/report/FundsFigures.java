package cn.investpromo.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.jspecify.annotations.Nullable;

import cn.investpromo.funds.FundSource;

/**
 * 到位资金 from the funds ledger (SPEC §2.7, §5.2): what arrived in the period with the five
 * comparisons, by source, by child region and by project, month by month through the
 * year, and the arrivals and projects data quality lists. Absent from the model when the
 * scope has no arrival at all; the cumulative {@link FundsArrived} is then the only funds
 * figure.
 *
 * @param arrivedWan arrivals in 万元, compared as the headline figures are
 * @param bySource every source, in {@link FundSource} order, each compared
 * @param byRegion the period's arrivals by child region (the scope itself as 本级), the
 * largest first, regions without arrivals left out
 * @param topProjects the linked projects with the largest arrivals in the period, at most
 * 10
 * @param byMonth January to the period's last month of its year, with the annual target's
 * 序时进度 where one is set
 * @param targetWan the annual 到位资金 target of the scope for the period's year, null when
 * none is set
 * @param coveredFrom the month of the scope's first arrival
 * @param unlinked the arrivals of the period that name no known project (未关联项目)
 * @param disagreements projects whose cumulative 到位资金 column is not the sum of their
 * arrivals
 */
public record FundsFigures(Comparison arrivedWan, List<SourceFigures> bySource, List<RegionArrivals> byRegion,
		List<ProjectArrivals> topProjects, List<MonthArrivals> byMonth, @Nullable BigDecimal targetWan,
		YearMonth coveredFrom, List<UnlinkedArrival> unlinked, List<Disagreement> disagreements) {

	/** How many arrivals of the period name no known project. */
	public long unlinkedArrivals() {
		return this.unlinked.size();
	}

	/** The arrivals of one source, compared. */
	public record SourceFigures(FundSource source, Comparison arrivedWan) {
	}

	/** A child region's arrivals in the period. */
	public record RegionArrivals(String code, String name, BigDecimal arrivedWan) {
	}

	/** A linked project's arrivals in the period. */
	public record ProjectArrivals(int rank, String name, String investor, String regionCode, String regionName,
			BigDecimal arrivedWan, long arrivals) {
	}

	/**
	 * One month of the year: its arrivals, the year's cumulative total to it, and the
	 * target's 序时进度 at its end (target × month ÷ 12), null without a target.
	 */
	public record MonthArrivals(YearMonth month, BigDecimal arrivedWan, BigDecimal cumulativeWan,
			@Nullable BigDecimal scheduleWan) {
	}

	/** An arrival naming no known project, where it was read. */
	public record UnlinkedArrival(String name, String regionName, LocalDate date, boolean monthOnly,
			BigDecimal amountWan, String file, String sheet, int row) {
	}

	/** A project whose 到位资金 column disagrees with its arrivals (column less arrivals). */
	public record Disagreement(String name, String regionName, BigDecimal ledgerWan, BigDecimal arrivalsWan,
			BigDecimal differenceWan) {
	}

}
