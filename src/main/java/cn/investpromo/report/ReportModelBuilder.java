package cn.investpromo.report;

import java.math.BigDecimal;
import java.util.List;

import cn.investpromo.industry.IndustryTaxonomy;
import cn.investpromo.region.RegionCatalog;
import cn.investpromo.store.ReportQueries;

/**
 * Computes every figure of a report once (SPEC §5): each section by its own calculator,
 * from what the database computes for the report's scope and period ({@link ReportData}).
 */
public final class ReportModelBuilder {

	/** The amount bands of SPEC §5 when none are configured, in 亿元. */
	public static final List<BigDecimal> DEFAULT_AMOUNT_BANDS_YI = List.of(BigDecimal.ONE, BigDecimal.valueOf(5),
			BigDecimal.TEN, BigDecimal.valueOf(20));

	/** The least share of projects reporting a rate's basis when none is configured. */
	public static final BigDecimal DEFAULT_MIN_REPORTING_SHARE = new BigDecimal("0.5");

	private final RegionCatalog regions;

	private final IndustryTaxonomy industries;

	private final List<BigDecimal> amountBandsYi;

	private final ReportQueries queries;

	private final RiseColour riseColour;

	private final BigDecimal minReportingShare;

	private final int pipelineStaleDays;

	/** A builder with the default amount bands (≥ 1, 5, 10 and 20 亿元). */
	public ReportModelBuilder(RegionCatalog regions, IndustryTaxonomy industries, ReportQueries queries) {
		this(regions, industries, DEFAULT_AMOUNT_BANDS_YI, queries);
	}

	/**
	 * A builder with the given amount bands in 亿元 ({@code investpromo.amount-bands-yi}),
	 * any order.
	 */
	public ReportModelBuilder(RegionCatalog regions, IndustryTaxonomy industries, List<BigDecimal> amountBandsYi,
			ReportQueries queries) {
		this(regions, industries, amountBandsYi, queries, RiseColour.RED);
	}

	/**
	 * A builder with the given amount bands and the colour of rises
	 * ({@code investpromo.report.rise-colour}).
	 */
	public ReportModelBuilder(RegionCatalog regions, IndustryTaxonomy industries, List<BigDecimal> amountBandsYi,
			ReportQueries queries, RiseColour riseColour) {
		this(regions, industries, amountBandsYi, queries, riseColour, DEFAULT_MIN_REPORTING_SHARE);
	}

	/**
	 * A builder as above that shows a rate only where at least {@code minReportingShare}
	 * of its projects report what it rests on
	 * ({@code investpromo.report.min-reporting-share}).
	 */
	public ReportModelBuilder(RegionCatalog regions, IndustryTaxonomy industries, List<BigDecimal> amountBandsYi,
			ReportQueries queries, RiseColour riseColour, BigDecimal minReportingShare) {
		this(regions, industries, amountBandsYi, queries, riseColour, minReportingShare,
				PipelineSection.DEFAULT_STALE_DAYS);
	}

	/**
	 * A builder as above whose pipeline counts a project stale after
	 * {@code pipelineStaleDays} days without a follow-up
	 * ({@code investpromo.report.pipeline-stale-days}).
	 */
	public ReportModelBuilder(RegionCatalog regions, IndustryTaxonomy industries, List<BigDecimal> amountBandsYi,
			ReportQueries queries, RiseColour riseColour, BigDecimal minReportingShare, int pipelineStaleDays) {
		this.pipelineStaleDays = pipelineStaleDays;
		this.minReportingShare = minReportingShare;
		this.riseColour = riseColour;
		this.regions = regions;
		this.industries = industries;
		this.queries = queries;
		this.amountBandsYi = amountBandsYi.stream()
			.filter((band) -> band.signum() > 0)
			.map(BigDecimal::stripTrailingZeros)
			.distinct()
			.sorted()
			.toList();
	}

	/**
	 * The report of the request, its front page and narrative written last from its own
	 * figures.
	 */
	public ReportModel build(ReportRequest request) {
		ReportData data = new ReportData(request, this.regions, this.industries, this.queries,
				this.amountBandsYi.stream().map((yi) -> yi.multiply(Sums.ONE_YI)).toList(), this.minReportingShare);
		KpiComparisons comparisons = new KpiComparisons(data);
		ReportHeading heading = new ReportHeading(request.period(),
				new RegionRef(request.scope().code(), data.scopeName()), request.generatedAt(), request.language(),
				data.coverage(), ReportHeading.dataUntil(request.period(), request.generatedAt().toLocalDate()));
		Headline headline = comparisons.headline(this.amountBandsYi);
		BreakdownTables breakdowns = new Breakdowns(data).tables();
		Landing landing = new LandingProgress(data).section();
		FundsArrived funds = new FundsBySource(data).fundsArrived();
		FundsFigures fundsLedger = new FundsLedger(data).figures();
		Listings listings = new Listings(data);
		Trend trend = comparisons.trend();
		ForeignInvestment foreign = new ForeignCapital(data).section();
		Figures figures = new Figures(heading, headline, breakdowns, listings.rankings(), landing, funds,
				new TargetCompletion(data).progress(headline.kpis(), funds, fundsLedger, foreign), trend,
				listings.listings(), ChartItems.of(heading, breakdowns, landing, funds, trend),
				new DataQualityChecks(data).dataQuality(), new SigningEvents(data).followThrough(), foreign,
				new PipelineSection(data, this.pipelineStaleDays).pipeline(), fundsLedger,
				new TagComparisons(data).section());
		return of(figures, this.riseColour);
	}

	/**
	 * The model of these figures: its front page and narrative chosen and written from
	 * them.
	 */
	static ReportModel of(Figures figures, RiseColour riseColour) {
		return new ReportModel(figures, new FrontPages(figures).frontPage(riseColour),
				new Narrative(figures).paragraphs());
	}

}
