package cn.investpromo.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;

import cn.investpromo.industry.IndustryTaxonomy;
import cn.investpromo.ledger.LedgerItem.EventRecord;
import cn.investpromo.ledger.LedgerItem.ProjectRecord;
import cn.investpromo.region.Region;
import cn.investpromo.region.RegionCatalog;
import cn.investpromo.report.DataQuality.Reject;
import cn.investpromo.report.DataQuality.SheetQuality;

/**
 * Computes every figure of a monthly report once, from stored events and projects (SPEC §5); each section is
 * computed by its own collaborator over the {@link ScopedRows} of the run.
 */
public final class ReportModelBuilder {

	/** The amount bands of SPEC §5 when none are configured, in 亿元. */
	public static final List<BigDecimal> DEFAULT_AMOUNT_BANDS_YI = List.of(BigDecimal.ONE, BigDecimal.valueOf(5),
			BigDecimal.TEN, BigDecimal.valueOf(20));

	private final RegionCatalog regions;

	private final IndustryTaxonomy industries;

	private final List<BigDecimal> amountBandsYi;

	/** A builder with the default amount bands (≥ 1, 5, 10 and 20 亿元). */
	public ReportModelBuilder(RegionCatalog regions, IndustryTaxonomy industries) {
		this(regions, industries, DEFAULT_AMOUNT_BANDS_YI);
	}

	/** A builder with the given amount bands in 亿元 ({@code investpromo.amount-bands-yi}), any order. */
	public ReportModelBuilder(RegionCatalog regions, IndustryTaxonomy industries, List<BigDecimal> amountBandsYi) {
		this.regions = regions;
		this.industries = industries;
		this.amountBandsYi = amountBandsYi.stream()
			.filter((band) -> band.signum() > 0)
			.map(BigDecimal::stripTrailingZeros)
			.distinct()
			.sorted()
			.toList();
	}

	/** The first day whose data a report for {@code month} needs: January of last year or the trend's start. */
	public static LocalDate windowStart(YearMonth month) {
		LocalDate januaryLastYear = LocalDate.of(month.getYear() - 1, 1, 1);
		LocalDate trendStart = month.minusMonths(12).atDay(1);
		return januaryLastYear.isBefore(trendStart) ? januaryLastYear : trendStart;
	}

	/**
	 * What the builder reads: stored rows from {@link #windowStart} to the end of the month, data quality, the
	 * projects that started construction or production in M whatever their signing date ({@code landed}; rows may
	 * repeat {@code projects}), and the annual targets of the scope for M's year.
	 */
	public record Input(YearMonth month, Region scope, ReportLanguage language, OffsetDateTime generatedAt,
			List<EventRecord> events, List<ProjectRecord> projects, List<SheetQuality> sheets, List<Reject> rejects,
			List<ProjectRecord> landed, List<AnnualTarget> targets) {
	}

	/** The report of the input's month, scope and language, its narrative written from its own figures. */
	public ReportModel build(Input input) {
		ScopedRows rows = new ScopedRows(input, this.regions, this.industries);
		YearMonth month = input.month();
		List<EventRecord> monthEvents = rows.eventsIn(month, month);
		List<ProjectRecord> monthProjects = rows.projectsIn(month, month);
		KpiComparisons comparisons = new KpiComparisons(rows);
		Breakdowns breakdowns = new Breakdowns(rows);
		LandingProgress landingProgress = new LandingProgress(rows);
		Listings listings = new Listings(rows);
		List<Kpi> kpis = comparisons.kpis();
		List<LandingFigures> landing = landingProgress.byRegion();
		FundsArrived funds = new FundsBySource(rows).fundsArrived();
		List<IndustryFigures> byIndustry = breakdowns.byIndustry(monthProjects);
		ReportModel draft = new ReportModel(month, new RegionRef(input.scope().code(), scopeName(input)),
				input.generatedAt(), input.language(), kpis, breakdowns.byRegion(monthEvents, monthProjects),
				byIndustry, breakdowns.byOrigin(monthProjects),
				breakdowns.byRegionIndustry(monthProjects), breakdowns.eventsByType(monthEvents), landing,
				comparisons.trend(), listings.topProjects(monthProjects), listings.events(monthEvents),
				listings.projects(monthProjects), "", new DataQualityChecks(rows).dataQuality(),
				landingProgress.total(landing), funds, new TargetCompletion(rows).progress(kpis, funds),
				comparisons.amountBands(this.amountBandsYi), breakdowns.bySubIndustry(monthProjects, byIndustry));
		return withNarrative(draft, new Narrative(draft).text());
	}

	/** Place names stay as written in English too, but "全国" is our own word for the whole country. */
	private static String scopeName(Input input) {
		return input.scope().code().equals(RegionCatalog.CHINA_CODE)
				? ReportLabels.of(input.language()).get("scope.china") : input.scope().name();
	}

	private static ReportModel withNarrative(ReportModel m, String narrative) {
		return new ReportModel(m.month(), m.scope(), m.generatedAt(), m.language(), m.kpis(), m.byRegion(),
				m.byIndustry(), m.byInvestorOrigin(), m.byRegionIndustry(), m.eventsByType(), m.landing(), m.trend(),
				m.topProjects(), m.events(), m.projects(), narrative, m.dataQuality(), m.landingTotal(),
				m.fundsArrived(), m.targets(), m.amountBands(), m.bySubIndustry());
	}

}
