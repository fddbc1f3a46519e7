package cn.investpromo.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import cn.investpromo.industry.IndustryTaxonomy;
import cn.investpromo.ledger.EventType;
import cn.investpromo.ledger.LedgerItem.EventRecord;
import cn.investpromo.ledger.LedgerItem.ProjectRecord;
import cn.investpromo.ledger.ProjectStatus;
import cn.investpromo.region.Region;
import cn.investpromo.region.RegionCatalog;
import cn.investpromo.region.RegionLevel;
import cn.investpromo.report.DataQuality.PossibleDuplicate;
import cn.investpromo.report.DataQuality.Reject;
import cn.investpromo.report.DataQuality.SheetQuality;

/** Computes every figure of a monthly report once, from stored events and projects (SPEC §5). */
public final class ReportModelBuilder {

	private static final BigDecimal ONE_YI = BigDecimal.valueOf(10_000);

	private static final BigDecimal TEN_YI = BigDecimal.valueOf(100_000);

	private static final int DUPLICATE_DAYS = 7;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

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

	public ReportModel build(Input input) {
		return new Run(input).model();
	}

	/** One computation; holds the scope-filtered rows. */
	private final class Run {

		private final Input input;

		private final YearMonth month;

		private final Region scope;

		private final boolean english;

		private final List<EventRecord> events;

		private final List<ProjectRecord> projects;

		/** Projects in scope that may have started or produced in M, each once, signed at any time. */
		private final List<ProjectRecord> mayHaveLanded;

		Run(Input input) {
			this.input = input;
			this.month = input.month();
			this.scope = input.scope();
			this.english = input.language().english();
			this.events = input.events().stream().filter((e) -> inScope(e.hostRegionCode())).toList();
			this.projects = input.projects().stream().filter((p) -> inScope(p.regionCode())).toList();
			Map<String, ProjectRecord> landed = new LinkedHashMap<>();
			Stream.concat(this.projects.stream(), input.landed().stream())
				.filter((p) -> inScope(p.regionCode()))
				.forEach((p) -> landed.putIfAbsent(p.key(), p));
			this.mayHaveLanded = List.copyOf(landed.values());
		}

		private boolean inScope(String regionCode) {
			return ReportModelBuilder.this.regions.byCode(regionCode)
				.map((region) -> ReportModelBuilder.this.regions.contains(this.scope, region))
				.orElse(false);
		}

		ReportModel model() {
			List<EventRecord> monthEvents = eventsIn(this.month, this.month);
			List<ProjectRecord> monthProjects = projectsIn(this.month, this.month);
			List<Kpi> kpis = kpis();
			List<RegionFigures> byRegion = byRegion(monthEvents, monthProjects);
			List<IndustryFigures> byIndustry = byIndustry(monthProjects);
			DataQuality quality = dataQuality();
			List<LandingFigures> landing = landing();
			FundsArrived funds = fundsArrived();
			ReportModel draft = new ReportModel(this.month, new RegionRef(this.scope.code(), this.scope.name()),
					this.input.generatedAt(), this.input.language(), kpis, byRegion, byIndustry,
					byOrigin(monthProjects), byRegionIndustry(monthProjects), eventsByType(monthEvents), landing,
					trend(), topProjects(monthProjects), eventListings(monthEvents), projectListings(monthProjects), "",
					quality, landingTotal(landing), funds, targets(kpis, funds), amountBands());
			String narrative = new Narrative(draft).text();
			return new ReportModel(draft.month(), draft.scope(), draft.generatedAt(), draft.language(), kpis,
					byRegion, byIndustry, draft.byInvestorOrigin(), draft.byRegionIndustry(), draft.eventsByType(),
					landing, draft.trend(), draft.topProjects(), draft.events(), draft.projects(), narrative, quality,
					draft.landingTotal(), funds, draft.targets(), draft.amountBands());
		}

		private List<EventRecord> eventsIn(YearMonth from, YearMonth to) {
			LocalDate start = from.atDay(1);
			LocalDate end = to.atEndOfMonth();
			return this.events.stream()
				.filter((e) -> !e.startDate().isBefore(start) && !e.startDate().isAfter(end))
				.toList();
		}

		private List<ProjectRecord> projectsIn(YearMonth from, YearMonth to) {
			LocalDate start = from.atDay(1);
			LocalDate end = to.atEndOfMonth();
			return this.projects.stream()
				.filter((p) -> !p.signedDate().isBefore(start) && !p.signedDate().isAfter(end))
				.toList();
		}

		// --- KPIs with their five comparisons ---

		private List<Kpi> kpis() {
			List<Kpi> kpis = new ArrayList<>();
			kpis.add(new Kpi(KpiKind.EVENTS, compareEvents((list) -> count(list.size()))));
			kpis.add(new Kpi(KpiKind.ATTENDEES,
					compareEvents((list) -> sumInts(list.stream().map(EventRecord::attendees)))));
			kpis.add(new Kpi(KpiKind.ENTERPRISES,
					compareEvents((list) -> sumInts(list.stream().map(EventRecord::enterprises)))));
			kpis.add(new Kpi(KpiKind.PROJECTS, compareProjects((list) -> count(list.size()))));
			kpis.add(new Kpi(KpiKind.AMOUNT_WAN, compareProjects(ReportModelBuilder::amount)));
			kpis.add(new Kpi(KpiKind.PROJECTS_OVER_1YI, compareProjects((list) -> countWhere(list, ONE_YI))));
			kpis.add(new Kpi(KpiKind.PROJECTS_OVER_10YI, compareProjects((list) -> countWhere(list, TEN_YI))));
			kpis.add(new Kpi(KpiKind.PROJECTS_WITHOUT_AMOUNT,
					compareProjects((list) -> count(list.stream().filter((p) -> p.amountWan() == null).count()))));
			kpis.add(new Kpi(KpiKind.AVERAGE_WAN, compareProjects(ReportModelBuilder::averageSize)));
			return List.copyOf(kpis);
		}

		private Comparison compareEvents(Function<List<EventRecord>, BigDecimal> figure) {
			return compare((from, to) -> figure.apply(eventsIn(from, to)));
		}

		private Comparison compareProjects(Function<List<ProjectRecord>, BigDecimal> figure) {
			return compare((from, to) -> figure.apply(projectsIn(from, to)));
		}

		private Comparison compare(java.util.function.BiFunction<YearMonth, YearMonth, BigDecimal> figure) {
			YearMonth lastYear = this.month.minusYears(1);
			return new Comparison(figure.apply(this.month, this.month),
					figure.apply(this.month.minusMonths(1), this.month.minusMonths(1)),
					figure.apply(lastYear, lastYear), figure.apply(this.month.withMonth(1), this.month),
					figure.apply(lastYear.withMonth(1), lastYear));
		}

		// --- breakdowns of month M ---

		/** The row a region falls in: the scope's child on its path, or the scope itself (本级). */
		private Region rowRegion(String regionCode) {
			Region region = ReportModelBuilder.this.regions.byCode(regionCode).orElseThrow();
			return ReportModelBuilder.this.regions.childOfScopeContaining(this.scope, region).orElse(this.scope);
		}

		private List<RegionFigures> byRegion(List<EventRecord> monthEvents, List<ProjectRecord> monthProjects) {
			Map<String, long[]> counts = new LinkedHashMap<>();
			Map<String, BigDecimal> amounts = new LinkedHashMap<>();
			for (EventRecord e : monthEvents) {
				long[] c = counts.computeIfAbsent(rowRegion(e.hostRegionCode()).code(), (k) -> new long[3]);
				c[0]++;
				c[1] += (e.attendees() != null) ? e.attendees() : 0;
			}
			for (ProjectRecord p : monthProjects) {
				String code = rowRegion(p.regionCode()).code();
				counts.computeIfAbsent(code, (k) -> new long[3])[2]++;
				amounts.merge(code, amountOf(p), BigDecimal::add);
			}
			List<Region> rows = new ArrayList<>();
			rows.add(this.scope);
			rows.addAll(ReportModelBuilder.this.regions.children(this.scope.code()));
			List<RegionFigures> figures = new ArrayList<>();
			for (Region region : rows) {
				long[] c = counts.getOrDefault(region.code(), new long[3]);
				boolean self = region.equals(this.scope);
				if (self && c[0] == 0 && c[2] == 0) {
					continue; // 本级 only when something happened at the scope's own level
				}
				figures.add(new RegionFigures(region.code(), region.name(), self, c[0], c[1], c[2],
						amounts.getOrDefault(region.code(), BigDecimal.ZERO)));
			}
			return List.copyOf(figures);
		}

		private List<IndustryFigures> byIndustry(List<ProjectRecord> monthProjects) {
			BigDecimal total = amount(monthProjects);
			Map<String, List<ProjectRecord>> byCode = new LinkedHashMap<>();
			ReportModelBuilder.this.industries.all().forEach((i) -> byCode.put(i.code(), new ArrayList<>()));
			monthProjects.forEach((p) -> byCode.computeIfAbsent(p.industryCode(), (k) -> new ArrayList<>()).add(p));
			return byCode.entrySet()
				.stream()
				.filter((entry) -> !entry.getValue().isEmpty())
				.map((entry) -> {
					BigDecimal amount = amount(entry.getValue());
					return new IndustryFigures(entry.getKey(), industryName(entry.getKey()), entry.getValue().size(),
							amount, share(amount, total));
				})
				.sorted(Comparator.comparing(IndustryFigures::amountWan)
					.reversed()
					.thenComparing(Comparator.comparingLong(IndustryFigures::projects).reversed()))
				.toList();
		}

		private String industryName(String code) {
			return ReportModelBuilder.this.industries.byCode(code).name(this.english);
		}

		/** Investor origin at province level, or city level within the scope's own province (SPEC §5). */
		private List<OriginFigures> byOrigin(List<ProjectRecord> monthProjects) {
			Optional<Region> scopeProvince = ReportModelBuilder.this.regions.ancestorAt(this.scope,
					RegionLevel.PROVINCE);
			Map<String, String> names = new LinkedHashMap<>();
			Map<String, long[]> counts = new LinkedHashMap<>();
			Map<String, BigDecimal> amounts = new LinkedHashMap<>();
			for (ProjectRecord p : monthProjects) {
				Region origin = (p.investorOriginCode() != null)
						? ReportModelBuilder.this.regions.byCode(p.investorOriginCode()).orElse(null) : null;
				String code;
				String name;
				if (origin == null) {
					code = "";
					name = this.english ? "Unknown" : "未填写或无法识别";
				}
				else {
					Region province = ReportModelBuilder.this.regions.ancestorAt(origin, RegionLevel.PROVINCE)
						.orElse(origin);
					Region bucket = province;
					if (scopeProvince.isPresent() && province.equals(scopeProvince.get())) {
						bucket = ReportModelBuilder.this.regions.ancestorAt(origin, RegionLevel.CITY).orElse(province);
					}
					code = bucket.code();
					name = bucket.name();
				}
				names.putIfAbsent(code, name);
				counts.computeIfAbsent(code, (k) -> new long[1])[0]++;
				amounts.merge(code, amountOf(p), BigDecimal::add);
			}
			return names.keySet()
				.stream()
				.map((code) -> new OriginFigures(code, names.get(code), counts.get(code)[0], amounts.get(code)))
				.sorted(Comparator.comparing(OriginFigures::amountWan)
					.reversed()
					.thenComparing(Comparator.comparingLong(OriginFigures::projects).reversed())
					.thenComparing(OriginFigures::code))
				.toList();
		}

		private List<RegionIndustryFigures> byRegionIndustry(List<ProjectRecord> monthProjects) {
			Map<List<String>, List<ProjectRecord>> cells = new LinkedHashMap<>();
			for (ProjectRecord p : monthProjects) {
				cells.computeIfAbsent(List.of(rowRegion(p.regionCode()).code(), p.industryCode()),
						(k) -> new ArrayList<>())
					.add(p);
			}
			return cells.entrySet().stream().map((entry) -> {
				Region region = ReportModelBuilder.this.regions.byCode(entry.getKey().get(0)).orElseThrow();
				String industry = entry.getKey().get(1);
				return new RegionIndustryFigures(region.code(), region.name(), industry, industryName(industry),
						entry.getValue().size(), amount(entry.getValue()));
			})
				.sorted(Comparator.comparing(RegionIndustryFigures::regionCode)
					.thenComparing(RegionIndustryFigures::industryCode))
				.toList();
		}

		private List<EventTypeFigures> eventsByType(List<EventRecord> monthEvents) {
			List<EventTypeFigures> figures = new ArrayList<>();
			for (EventType type : EventType.values()) {
				List<EventRecord> ofType = monthEvents.stream().filter((e) -> e.type() == type).toList();
				if (!ofType.isEmpty()) {
					figures.add(new EventTypeFigures(type, ofType.size(),
							sumInts(ofType.stream().map(EventRecord::attendees)).longValue(),
							sumInts(ofType.stream().map(EventRecord::enterprises)).longValue()));
				}
			}
			return List.copyOf(figures);
		}

		/**
		 * Projects signed in the 12 months ending in M, by their status at the end of M, with the rates and the
		 * month's new starts and new production (SPEC §5; definitions in {@link LandingFigures}).
		 */
		private List<LandingFigures> landing() {
			LocalDate end = this.month.atEndOfMonth();
			Map<String, long[]> counts = new LinkedHashMap<>();
			for (ProjectRecord p : projectsIn(this.month.minusMonths(11), this.month)) {
				ProjectStatus status = statusAt(p, end);
				landingCounts(counts, p)[status.ordinal()]++;
			}
			for (ProjectRecord p : this.mayHaveLanded) {
				if (p.status() == ProjectStatus.TERMINATED) {
					continue; // a terminated project is no start worth reporting
				}
				if (inMonth(p.constructionDate())) {
					landingCounts(counts, p)[4]++;
				}
				if (inMonth(p.productionDate())) {
					landingCounts(counts, p)[5]++;
				}
			}
			List<Region> rows = new ArrayList<>();
			rows.add(this.scope);
			rows.addAll(ReportModelBuilder.this.regions.children(this.scope.code()));
			return rows.stream()
				.filter((r) -> counts.containsKey(r.code()))
				.map((r) -> landingFigures(r.code(), r.name(), r.equals(this.scope), counts.get(r.code())))
				.toList();
		}

		private long[] landingCounts(Map<String, long[]> counts, ProjectRecord p) {
			return counts.computeIfAbsent(rowRegion(p.regionCode()).code(), (k) -> new long[6]);
		}

		private boolean inMonth(@Nullable LocalDate date) {
			return date != null && YearMonth.from(date).equals(this.month);
		}

		/** The scope as a whole: the sum of the rows, with its own rates. */
		private LandingFigures landingTotal(List<LandingFigures> rows) {
			long[] c = new long[6];
			for (LandingFigures row : rows) {
				c[0] += row.signed();
				c[1] += row.underConstruction();
				c[2] += row.inProduction();
				c[3] += row.terminated();
				c[4] += row.newStarts();
				c[5] += row.newProduction();
			}
			return landingFigures(this.scope.code(), this.scope.name(), false, c);
		}

		private static LandingFigures landingFigures(String code, String name, boolean self, long[] c) {
			long total = c[0] + c[1] + c[2] + c[3];
			long started = c[1] + c[2];
			long live = total - c[3];
			BigDecimal all = count(total);
			LandingFigures.Shares shares = new LandingFigures.Shares(share(count(c[0]), all), share(count(c[1]), all),
					share(count(c[2]), all), share(count(c[3]), all));
			return new LandingFigures(code, name, c[0], c[1], c[2], c[3], self, shares, rate(started, live),
					rate(c[2], started), c[4], c[5]);
		}

		private ProjectStatus statusAt(ProjectRecord p, LocalDate end) {
			if (p.status() == ProjectStatus.TERMINATED) {
				return ProjectStatus.TERMINATED;
			}
			if (p.productionDate() != null && !p.productionDate().isAfter(end)) {
				return ProjectStatus.IN_PRODUCTION;
			}
			if (p.constructionDate() != null && !p.constructionDate().isAfter(end)) {
				return ProjectStatus.UNDER_CONSTRUCTION;
			}
			if (p.productionDate() != null || p.constructionDate() != null) {
				return ProjectStatus.SIGNED; // the dates given are after M: not yet at M's end
			}
			return p.status();
		}

		// --- funds arrived, targets, amount bands ---

		/** 到位资金 of the projects signed January to M, by source (definitions in {@link FundsArrived}). */
		private FundsArrived fundsArrived() {
			List<ProjectRecord> ytd = projectsIn(this.month.withMonth(1), this.month);
			RegionCatalog catalog = ReportModelBuilder.this.regions;
			Optional<Region> province = catalog.ancestorAt(this.scope, RegionLevel.PROVINCE);
			Optional<Region> city = catalog.ancestorAt(this.scope, RegionLevel.CITY);
			Map<FundsSourceKind, List<ProjectRecord>> bySource = new java.util.EnumMap<>(FundsSourceKind.class);
			for (ProjectRecord p : ytd) {
				bySource.computeIfAbsent(source(p, province, city), (k) -> new ArrayList<>()).add(p);
			}
			BigDecimal total = funds(ytd);
			List<FundsArrived.FundsSource> sources = new ArrayList<>();
			if (province.isPresent()) {
				bySource.forEach((kind, list) -> {
					BigDecimal amount = funds(list);
					sources.add(new FundsArrived.FundsSource(kind, list.size(), amount, share(amount, total)));
				});
			}
			long withFunds = ytd.stream().filter((p) -> p.fundsArrivedWan() != null).count();
			return new FundsArrived(total, ytd.size(), withFunds, province.isPresent(), List.copyOf(sources));
		}

		private FundsSourceKind source(ProjectRecord p, Optional<Region> province, Optional<Region> city) {
			RegionCatalog catalog = ReportModelBuilder.this.regions;
			Region origin = (p.investorOriginCode() != null) ? catalog.byCode(p.investorOriginCode()).orElse(null)
					: null;
			if (origin == null || province.isEmpty()) {
				return FundsSourceKind.UNKNOWN;
			}
			if (origin.level() == RegionLevel.FOREIGN) {
				return FundsSourceKind.OUTSIDE_PROVINCE;
			}
			Optional<Region> originProvince = catalog.ancestorAt(origin, RegionLevel.PROVINCE);
			if (originProvince.isEmpty()) {
				return FundsSourceKind.UNKNOWN; // a region group may straddle the province line
			}
			if (!originProvince.get().equals(province.get())) {
				return FundsSourceKind.OUTSIDE_PROVINCE;
			}
			if (city.isEmpty()) {
				return FundsSourceKind.WITHIN_PROVINCE;
			}
			Optional<Region> originCity = catalog.ancestorAt(origin, RegionLevel.CITY);
			if (originCity.isEmpty()) {
				return FundsSourceKind.UNKNOWN; // only the province is named: inside or outside the city is unknown
			}
			return originCity.get().equals(city.get()) ? FundsSourceKind.WITHIN_CITY
					: FundsSourceKind.OUTSIDE_CITY_IN_PROVINCE;
		}

		/** The scope's own targets for M's year against the year-to-date figures. */
		private TargetProgress targets(List<Kpi> kpis, FundsArrived funds) {
			int year = this.month.getYear();
			BigDecimal elapsed = BigDecimal.valueOf(this.month.getMonthValue())
				.multiply(HUNDRED)
				.divide(BigDecimal.valueOf(12), 1, RoundingMode.HALF_UP);
			List<TargetProgress.TargetFigures> figures = this.input.targets()
				.stream()
				.filter((t) -> t.regionCode().equals(this.scope.code()) && t.year() == year && t.value().signum() > 0)
				.sorted(Comparator.comparing(AnnualTarget::indicator))
				.map((t) -> {
					BigDecimal actual = switch (t.indicator()) {
						case PROJECTS -> kpi(kpis, KpiKind.PROJECTS).ytd();
						case AMOUNT -> kpi(kpis, KpiKind.AMOUNT_WAN).ytd();
						case FUNDS_ARRIVED -> funds.totalWan();
					};
					BigDecimal completion = actual.multiply(HUNDRED).divide(t.value(), 1, RoundingMode.HALF_UP);
					BigDecimal gap = completion.subtract(elapsed);
					TargetProgress.Schedule schedule = switch (gap.signum()) {
						case 1 -> TargetProgress.Schedule.AHEAD;
						case -1 -> TargetProgress.Schedule.BEHIND;
						default -> TargetProgress.Schedule.ON_SCHEDULE;
					};
					return new TargetProgress.TargetFigures(t.indicator(), t.value(), actual, completion, gap, schedule);
				})
				.toList();
			return new TargetProgress(year, elapsed, figures);
		}

		private static Comparison kpi(List<Kpi> kpis, KpiKind kind) {
			return kpis.stream().filter((k) -> k.kind() == kind).findFirst().orElseThrow().values();
		}

		/** Projects of at least each configured threshold, with the five comparisons. */
		private List<AmountBand> amountBands() {
			return ReportModelBuilder.this.amountBandsYi.stream()
				.map((yi) -> new AmountBand(yi, compareProjects((list) -> countWhere(list, yi.multiply(ONE_YI)))))
				.toList();
		}

		private List<TrendPoint> trend() {
			List<TrendPoint> points = new ArrayList<>();
			for (int i = 12; i >= 0; i--) {
				YearMonth m = this.month.minusMonths(i);
				List<ProjectRecord> ps = projectsIn(m, m);
				points.add(new TrendPoint(m, eventsIn(m, m).size(), ps.size(), amount(ps)));
			}
			return List.copyOf(points);
		}

		private List<TopProject> topProjects(List<ProjectRecord> monthProjects) {
			List<ProjectRecord> ranked = monthProjects.stream()
				.filter((p) -> p.amountWan() != null && p.amountWan().signum() > 0)
				.sorted(Comparator.comparing(ProjectRecord::amountWan).reversed().thenComparing(ProjectRecord::key))
				.limit(10)
				.toList();
			List<TopProject> top = new ArrayList<>();
			for (int i = 0; i < ranked.size(); i++) {
				ProjectRecord p = ranked.get(i);
				top.add(new TopProject(i + 1, p.name(), p.investor(), p.regionCode(), regionName(p.regionCode()),
						p.industryCode(), industryName(p.industryCode()), p.amountWan(), p.signedDate()));
			}
			return List.copyOf(top);
		}

		private String regionName(String code) {
			return ReportModelBuilder.this.regions.byCode(code).map(Region::name).orElse(code);
		}

		private List<EventListing> eventListings(List<EventRecord> monthEvents) {
			return monthEvents.stream()
				.map((e) -> new EventListing(e.id(), e.name(), e.type(), e.startDate(), e.endDate(),
						regionName(e.hostRegionCode()), e.venue(), e.targetRegion(), e.organizer(), e.attendees(),
						e.enterprises(), e.notes()))
				.toList();
		}

		private List<ProjectListing> projectListings(List<ProjectRecord> monthProjects) {
			return monthProjects.stream()
				.map((p) -> new ProjectListing(p.id(), p.name(), p.signedDate(), regionName(p.regionCode()),
						p.investor(), p.investorOriginText(), p.industryCode(), industryName(p.industryCode()),
						p.agreementType(), p.amountWan(), p.status(), p.eventRef(), p.notes()))
				.toList();
		}

		// --- data quality ---

		private DataQuality dataQuality() {
			TreeSet<String> unmatched = new TreeSet<>();
			String other = ReportModelBuilder.this.industries.other().code();
			this.projects.stream()
				.filter((p) -> p.industryCode().equals(other))
				.forEach((p) -> unmatched.add(p.industryText()));
			List<SheetQuality> sheets = this.input.sheets();
			DataQuality.Totals totals = new DataQuality.Totals(
					sheets.stream().map(SheetQuality::file).distinct().count(), sheets.size(),
					sheets.stream().mapToLong(SheetQuality::read).sum(),
					sheets.stream().mapToLong(SheetQuality::accepted).sum(),
					sheets.stream().mapToLong(SheetQuality::rejected).sum());
			return new DataQuality(sheets, this.input.rejects(), List.copyOf(unmatched), possibleDuplicates(),
					totals);
		}

		/** SPEC §2.5: different keys, same investor, same landing region, signed within 7 days. */
		private List<PossibleDuplicate> possibleDuplicates() {
			Map<List<String>, List<ProjectRecord>> groups = new LinkedHashMap<>();
			for (ProjectRecord p : this.projects) {
				String investor = p.investor().replace(" ", "").toLowerCase(Locale.ROOT);
				groups.computeIfAbsent(List.of(investor, p.regionCode()), (k) -> new ArrayList<>()).add(p);
			}
			List<PossibleDuplicate> duplicates = new ArrayList<>();
			for (List<ProjectRecord> group : groups.values()) {
				for (int i = 0; i < group.size(); i++) {
					for (int j = i + 1; j < group.size(); j++) {
						ProjectRecord a = group.get(i);
						ProjectRecord b = group.get(j);
						long days = Math.abs(b.signedDate().toEpochDay() - a.signedDate().toEpochDay());
						if (days <= DUPLICATE_DAYS) {
							duplicates.add(new PossibleDuplicate(describe(a), describe(b), this.english
									? "same investor and landing region, signed " + days + " day(s) apart"
									: "同一投资方、同一落地地区，签约日期相差 " + days + " 天"));
						}
					}
				}
			}
			return List.copyOf(duplicates);
		}

		private String describe(ProjectRecord p) {
			String id = Objects.requireNonNullElse(p.id(), p.signedDate().toString());
			if (this.english) {
				return p.name() + " (" + id + ", " + p.source().file() + " " + p.source().sheet() + " row "
						+ p.source().row() + ")";
			}
			return p.name() + "（" + id + "，" + p.source().file() + " " + p.source().sheet() + " 第" + p.source().row()
					+ "行）";
		}

	}

	// --- sums ---

	static BigDecimal count(long n) {
		return BigDecimal.valueOf(n);
	}

	static BigDecimal sumInts(Stream<@Nullable Integer> values) {
		return BigDecimal.valueOf(values.filter(Objects::nonNull).mapToLong(Integer::longValue).sum());
	}

	static BigDecimal amountOf(ProjectRecord p) {
		return (p.amountWan() != null) ? p.amountWan() : BigDecimal.ZERO;
	}

	static BigDecimal amount(List<ProjectRecord> projects) {
		return projects.stream().map(ReportModelBuilder::amountOf).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	static BigDecimal funds(List<ProjectRecord> projects) {
		return projects.stream()
			.map(ProjectRecord::fundsArrivedWan)
			.filter(Objects::nonNull)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** Agreed investment ÷ projects with an amount, in 万元 to two decimals; zero when none has one. */
	static BigDecimal averageSize(List<ProjectRecord> projects) {
		long withAmount = projects.stream().filter((p) -> p.amountWan() != null).count();
		if (withAmount == 0) {
			return BigDecimal.ZERO.setScale(2);
		}
		return amount(projects).divide(BigDecimal.valueOf(withAmount), 2, RoundingMode.HALF_UP);
	}

	/** part ÷ whole in percent to one decimal; empty against zero (shown as "—"). */
	static Optional<BigDecimal> rate(long part, long whole) {
		if (whole == 0) {
			return Optional.empty();
		}
		return Optional.of(BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 1,
				RoundingMode.HALF_UP));
	}

	static BigDecimal countWhere(List<ProjectRecord> projects, BigDecimal atLeast) {
		Predicate<ProjectRecord> big = (p) -> p.amountWan() != null && p.amountWan().compareTo(atLeast) >= 0;
		return count(projects.stream().filter(big).count());
	}

	static BigDecimal share(BigDecimal part, BigDecimal total) {
		if (total.signum() == 0) {
			return BigDecimal.ZERO;
		}
		return part.multiply(BigDecimal.valueOf(100)).divide(total, 1, RoundingMode.HALF_UP);
	}

}
