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

	private final RegionCatalog regions;

	private final IndustryTaxonomy industries;

	public ReportModelBuilder(RegionCatalog regions, IndustryTaxonomy industries) {
		this.regions = regions;
		this.industries = industries;
	}

	/** The first day whose data a report for {@code month} needs: January of last year or the trend's start. */
	public static LocalDate windowStart(YearMonth month) {
		LocalDate januaryLastYear = LocalDate.of(month.getYear() - 1, 1, 1);
		LocalDate trendStart = month.minusMonths(12).atDay(1);
		return januaryLastYear.isBefore(trendStart) ? januaryLastYear : trendStart;
	}

	/** What the builder reads: stored rows from {@link #windowStart} to the end of the month, and data quality. */
	public record Input(YearMonth month, Region scope, ReportLanguage language, OffsetDateTime generatedAt,
			List<EventRecord> events, List<ProjectRecord> projects, List<SheetQuality> sheets, List<Reject> rejects) {
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

		Run(Input input) {
			this.input = input;
			this.month = input.month();
			this.scope = input.scope();
			this.english = input.language().english();
			this.events = input.events().stream().filter((e) -> inScope(e.hostRegionCode())).toList();
			this.projects = input.projects().stream().filter((p) -> inScope(p.regionCode())).toList();
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
			ReportModel draft = new ReportModel(this.month, new RegionRef(this.scope.code(), this.scope.name()),
					this.input.generatedAt(), this.input.language(), kpis, byRegion, byIndustry,
					byOrigin(monthProjects), byRegionIndustry(monthProjects), eventsByType(monthEvents), landing(),
					trend(), topProjects(monthProjects), eventListings(monthEvents), projectListings(monthProjects), "",
					quality);
			String narrative = new Narrative(draft).text();
			return new ReportModel(draft.month(), draft.scope(), draft.generatedAt(), draft.language(), kpis,
					byRegion, byIndustry, draft.byInvestorOrigin(), draft.byRegionIndustry(), draft.eventsByType(),
					draft.landing(), draft.trend(), draft.topProjects(), draft.events(), draft.projects(), narrative,
					quality);
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

		/** Projects signed in the 12 months ending in M, by their status at the end of M (SPEC §5). */
		private List<LandingFigures> landing() {
			LocalDate end = this.month.atEndOfMonth();
			Map<String, long[]> counts = new LinkedHashMap<>();
			for (ProjectRecord p : projectsIn(this.month.minusMonths(11), this.month)) {
				ProjectStatus status = statusAt(p, end);
				counts.computeIfAbsent(rowRegion(p.regionCode()).code(), (k) -> new long[4])[status.ordinal()]++;
			}
			List<Region> rows = new ArrayList<>();
			rows.add(this.scope);
			rows.addAll(ReportModelBuilder.this.regions.children(this.scope.code()));
			return rows.stream().filter((r) -> counts.containsKey(r.code())).map((r) -> {
				long[] c = counts.get(r.code());
				return new LandingFigures(r.code(), r.name(), c[0], c[1], c[2], c[3]);
			}).toList();
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
			return new DataQuality(this.input.sheets(), this.input.rejects(), List.copyOf(unmatched),
					possibleDuplicates());
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
			return p.name() + "（" + Objects.requireNonNullElse(p.id(), p.signedDate().toString()) + "，"
					+ p.source().file() + " " + p.source().sheet() + " 第" + p.source().row() + "行）";
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
