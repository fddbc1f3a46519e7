package cn.investpromo.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import cn.investpromo.industry.IndustryTaxonomy;
import cn.investpromo.region.Region;
import cn.investpromo.region.RegionCatalog;
import cn.investpromo.region.RegionLevel;
import cn.investpromo.store.RegionScope;
import cn.investpromo.store.ReportQueries;
import cn.investpromo.store.ReportQueries.EventMonth;
import cn.investpromo.store.ReportQueries.ProjectMonth;

/**
 * What the calculators of one report share: its period, scope and language, the queries
 * that compute its figures in the database for the scope, the monthly series its
 * comparisons and trend add up, and the names of regions and industries.
 */
final class ReportData {

	/**
	 * 1 亿元 and 10 亿元 in 万元: the thresholds of the headline figures, before the configured
	 * bands.
	 */
	static final List<BigDecimal> HEADLINE_THRESHOLDS_WAN = List.of(BigDecimal.valueOf(10_000),
			BigDecimal.valueOf(100_000));

	private final ReportRequest request;

	private final RegionCatalog regions;

	private final IndustryTaxonomy industries;

	private final ReportQueries queries;

	private final RegionScope regionScope;

	private final List<BigDecimal> thresholdsWan;

	private final ReportLabels labels;

	private final Coverage coverage;

	private final BigDecimal minReportingShare;

	private final Map<YearMonth, EventMonth> eventMonths = new HashMap<>();

	private final Map<YearMonth, ProjectMonth> projectMonths = new HashMap<>();

	ReportData(ReportRequest request, RegionCatalog regions, IndustryTaxonomy industries, ReportQueries queries,
			List<BigDecimal> bandsWan, BigDecimal minReportingShare) {
		this.request = request;
		this.minReportingShare = minReportingShare;
		this.regions = regions;
		this.industries = industries;
		this.queries = queries;
		this.labels = ReportLabels.of(request.language());
		this.regionScope = new RegionScope(regions.scopePaths(request.scope()));
		List<BigDecimal> thresholds = new ArrayList<>(HEADLINE_THRESHOLDS_WAN);
		thresholds.addAll(bandsWan);
		this.thresholdsWan = List.copyOf(thresholds);
		this.coverage = Coverage.since(queries.firstRowDate(this.regionScope));
		LocalDate from = windowStart(request.period());
		LocalDate to = request.period().to();
		queries.eventMonths(this.regionScope, from, to).forEach((m) -> this.eventMonths.put(m.month(), m));
		queries.projectMonths(this.regionScope, from, to, this.thresholdsWan)
			.forEach((m) -> this.projectMonths.put(m.month(), m));
	}

	/**
	 * The first day whose data the comparisons and the trend need: January of the year
	 * before the period's end, or the trend's start if earlier.
	 */
	static LocalDate windowStart(Period period) {
		LocalDate januaryLastYear = LocalDate.of(period.last().getYear() - 1, 1, 1);
		LocalDate trendStart = period.trend().get(0).from();
		LocalDate lastYear = period.sameLastYear().from();
		LocalDate start = januaryLastYear.isBefore(trendStart) ? januaryLastYear : trendStart;
		return lastYear.isBefore(start) ? lastYear : start;
	}

	ReportRequest request() {
		return this.request;
	}

	/** The report's words, for the names and notes the calculators write. */
	ReportLabels labels() {
		return this.labels;
	}

	Period period() {
		return this.request.period();
	}

	/**
	 * The least share of a rate's projects that must report what it rests on
	 * ({@code investpromo.report.min-reporting-share}).
	 */
	BigDecimal minReportingShare() {
		return this.minReportingShare;
	}

	/** From which month the scope's ledgers cover it. */
	Coverage coverage() {
		return this.coverage;
	}

	Region scope() {
		return this.request.scope();
	}

	OffsetDateTime generatedAt() {
		return this.request.generatedAt();
	}

	boolean english() {
		return this.request.language().english();
	}

	RegionCatalog regions() {
		return this.regions;
	}

	IndustryTaxonomy industries() {
		return this.industries;
	}

	ReportQueries queries() {
		return this.queries;
	}

	RegionScope regionScope() {
		return this.regionScope;
	}

	/** The scope for data quality: null for 全国, which covers every file. */
	@Nullable RegionScope qualityScope() {
		return scope().code().equals(RegionCatalog.CHINA_CODE) ? null : this.regionScope;
	}

	/**
	 * The index of a configured band's threshold among the thresholds
	 * {@link ProjectMonth#atLeast} counts.
	 */
	int bandIndex(int band) {
		return HEADLINE_THRESHOLDS_WAN.size() + band;
	}

	/**
	 * Events, attendees and enterprises of some months; the sums are over the events that
	 * give the count.
	 *
	 * @param withAttendees events that give a 参会人数
	 * @param withEnterprises events that give a 参会企业数
	 */
	record EventSum(long events, long attendees, long enterprises, long withAttendees, long withEnterprises) {
	}

	/**
	 * Projects of some months: count, agreed investment (unknown amounts as zero),
	 * projects with an amount, those without one whose agreement type sets none (战略合作协议
	 * …), and per threshold (the headline ones, then the bands) the projects of at least
	 * it.
	 */
	record ProjectSum(long projects, BigDecimal amountWan, long withAmount, long unagreed, List<Long> atLeast) {

		/** The investment agreements that left their amount blank: 未填. */
		long unfilled() {
			return this.projects - this.withAmount - this.unagreed;
		}

		/** The projects whose amount should be known: all but {@link #unagreed}. */
		long expectingAmount() {
			return this.projects - this.unagreed;
		}

	}

	/** The events of the given months, added up. */
	EventSum events(Collection<YearMonth> months) {
		long events = 0;
		long attendees = 0;
		long enterprises = 0;
		long withAttendees = 0;
		long withEnterprises = 0;
		for (YearMonth m : months) {
			EventMonth e = this.eventMonths.get(m);
			if (e != null) {
				events += e.events();
				attendees += e.attendees();
				enterprises += e.enterprises();
				withAttendees += e.withAttendees();
				withEnterprises += e.withEnterprises();
			}
		}
		return new EventSum(events, attendees, enterprises, withAttendees, withEnterprises);
	}

	/** The projects of the given months, added up. */
	ProjectSum projects(Collection<YearMonth> months) {
		long projects = 0;
		BigDecimal amount = BigDecimal.ZERO;
		long withAmount = 0;
		long unagreed = 0;
		long[] atLeast = new long[this.thresholdsWan.size()];
		for (YearMonth m : months) {
			ProjectMonth p = this.projectMonths.get(m);
			if (p != null) {
				projects += p.projects();
				amount = amount.add(p.amountWan());
				withAmount += p.withAmount();
				unagreed += p.unagreed();
				for (int i = 0; i < atLeast.length; i++) {
					atLeast[i] += p.atLeast().get(i);
				}
			}
		}
		List<Long> counts = new ArrayList<>();
		for (long n : atLeast) {
			counts.add(n);
		}
		return new ProjectSum(projects, amount, withAmount, unagreed, List.copyOf(counts));
	}

	/**
	 * The regions of the by-region tables: the scope itself (本级) first, then its
	 * children.
	 */
	List<Region> rowRegions() {
		List<Region> rows = new ArrayList<>();
		rows.add(scope());
		rows.addAll(this.regions.children(scope().code()));
		return rows;
	}

	/**
	 * The row a region falls in: the scope's child on its path, or the scope itself (本级).
	 */
	Region rowRegion(String regionCode) {
		Region region = this.regions.byCode(regionCode).orElseThrow();
		return this.regions.childOfScopeContaining(scope(), region).orElse(scope());
	}

	/**
	 * A listed item's region: 市本级 (…) for the scope itself, as the breakdowns name it.
	 */
	String regionName(String code) {
		if (code.equals(scope().code())) {
			return this.labels.selfName(regionName(scope()));
		}
		return this.regions.byCode(code).map(this::regionName).orElse(code);
	}

	/**
	 * The region's name as this report prints it: in pinyin with the Chinese in English;
	 * a town with its county when the scope is above the county, where town names repeat
	 * (辛庄镇（招远市）).
	 */
	String regionName(Region region) {
		String name = ownName(region);
		if (region.level() == RegionLevel.TOWN && scope().level() != RegionLevel.COUNTY
				&& scope().level() != RegionLevel.TOWN && region.parentCode() != null) {
			Region county = this.regions.byCode(region.parentCode()).orElse(null);
			if (county != null) {
				return this.labels.format("region.withCounty", name, ownName(county));
			}
		}
		return name;
	}

	/**
	 * The region's own name in the report's language, without its county: 招远市, or
	 * "Zhaoyuan (招远市)".
	 */
	String ownName(Region region) {
		return english() ? this.regions.englishName(region) : region.name();
	}

	/**
	 * The scope's name as titles print it: 全国 as what its ledgers cover
	 * ("全部台账汇总（覆盖山东省、四川省）").
	 */
	String scopeName() {
		if (!scope().code().equals(RegionCatalog.CHINA_CODE)) {
			return regionName(scope());
		}
		List<String> covered = this.queries.regionCodesWithData()
			.stream()
			.map((code) -> this.regions.byCode(code).flatMap((r) -> this.regions.childOfScopeContaining(scope(), r)))
			.flatMap(Optional::stream)
			.distinct()
			.sorted(Comparator.comparing(Region::code))
			.map(this::ownName)
			.toList();
		if (covered.isEmpty()) {
			return this.labels.get("scope.china");
		}
		return this.labels.format("scope.china.covering", this.labels.enumerate(covered));
	}

	String industryName(String code) {
		return this.industries.byCode(code).name(english());
	}

	/**
	 * The sub-industry's name; its code when the taxonomy no longer has it (an industries
	 * sheet was removed).
	 */
	String subIndustryName(String code) {
		return this.industries.subIndustry(code).map((sub) -> sub.name(english())).orElse(code);
	}

}
