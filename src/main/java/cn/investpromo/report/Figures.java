package cn.investpromo.report;

import org.jspecify.annotations.Nullable;

/**
 * Every figure of one report, one record per section, each computed by its own calculator
 * and composed by {@link ReportModelBuilder}; the narrative is written from these
 * afterwards ({@link ReportModel}).
 *
 * @param funds 到位资金 of the projects signed from January to the period's last month, with
 * their sources
 * @param targets annual-target completion for the period's year; no targets when none
 * were set
 * @param charts which items each chart the PDF and the workbook share shows, in which
 * order and colours
 * @param dataQuality the files that hold rows of the scope, with their rejects and
 * possible duplicates
 * @param followThrough what became of the projects signed at each event of the last 12
 * months
 * @param foreignInvestment 外资 (SPEC §2.9); null when the scope has none at any date
 * @param pipeline the pipeline at the period's end; null where the scope has none
 * @param fundsLedger 到位资金 from the funds ledger, null when the scope has no arrival
 * @param investorTags projects by investor tag (SPEC §3.3); null when no project has one
 */
public record Figures(ReportHeading heading, Headline headline, BreakdownTables breakdowns, Rankings rankings,
		Landing landing, FundsArrived funds, TargetProgress targets, Trend trend, PeriodListings listings,
		ChartData charts, DataQuality dataQuality, EventFollowThrough followThrough,
		@Nullable ForeignInvestment foreignInvestment, @Nullable Pipeline pipeline, @Nullable FundsFigures fundsLedger,
		@Nullable InvestorTags investorTags) {
}
