package cn.investpromo.report;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;

/**
 * Every figure of one report of a month, quarter, half-year or year (SPEC §5), computed once by {@link ReportModelBuilder}; the Excel, PDF
 * and JSON renderers only lay it out.
 *
 * @param period the months reported on; the comparisons, breakdowns and listings refer to it as "the month" where
 * a monthly report says so
 * @param kpis headline figures of scope S as a whole, in {@link KpiKind} order
 * @param byRegion S's child regions (and S itself as 本级 where rows name it), month M only
 * @param events the month's events, by start date
 * @param projects the month's signed projects, by signing date
 * @param landing landing progress by child region (SPEC §5), rows with projects signed in the last 12 months or
 * new starts or new production in M
 * @param landingTotal landing progress of the scope as a whole, the total row of {@code landing}
 * @param fundsArrived 到位资金 of the projects signed January to M, with their sources
 * @param targets annual-target completion for M's year; no targets when none were set
 * @param amountBands projects of at least each configured threshold, with comparisons, ascending
 * @param bySubIndustry month M by second-level industry, grouped under the industries of {@code byIndustry} in
 * their order; each group adds up to its industry's row
 */
public record ReportModel(Period period, RegionRef scope, OffsetDateTime generatedAt, ReportLanguage language,
		List<Kpi> kpis, List<RegionFigures> byRegion, List<IndustryFigures> byIndustry,
		List<OriginFigures> byInvestorOrigin, List<RegionIndustryFigures> byRegionIndustry,
		List<EventTypeFigures> eventsByType, List<LandingFigures> landing, List<TrendPoint> trend,
		List<TopProject> topProjects, List<EventListing> events, List<ProjectListing> projects, String narrative,
		DataQuality dataQuality, LandingFigures landingTotal, FundsArrived fundsArrived, TargetProgress targets,
		List<AmountBand> amountBands, List<SubIndustryFigures> bySubIndustry) {

	/** A report without the second-level breakdown. */
	public ReportModel(Period period, RegionRef scope, OffsetDateTime generatedAt, ReportLanguage language,
			List<Kpi> kpis, List<RegionFigures> byRegion, List<IndustryFigures> byIndustry,
			List<OriginFigures> byInvestorOrigin, List<RegionIndustryFigures> byRegionIndustry,
			List<EventTypeFigures> eventsByType, List<LandingFigures> landing, List<TrendPoint> trend,
			List<TopProject> topProjects, List<EventListing> events, List<ProjectListing> projects, String narrative,
			DataQuality dataQuality, LandingFigures landingTotal, FundsArrived fundsArrived, TargetProgress targets,
			List<AmountBand> amountBands) {
		this(period, scope, generatedAt, language, kpis, byRegion, byIndustry, byInvestorOrigin, byRegionIndustry,
				eventsByType, landing, trend, topProjects, events, projects, narrative, dataQuality, landingTotal,
				fundsArrived, targets, amountBands, List.of());
	}

	/** The period's last month: the end of its year to date, of its landing window and of its trend. */
	public YearMonth month() {
		return this.period.last();
	}

	/**
	 * The chart-data section: which items the charts the PDF and the workbook share show, in which order and
	 * colours, decided once from this model's figures.
	 */
	public ChartData charts() {
		return ChartData.of(this);
	}

	/** The headline figure of the given kind. */
	public Kpi kpi(KpiKind kind) {
		return this.kpis.stream()
			.filter((kpi) -> kpi.kind() == kind)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no KPI " + kind));
	}

}
