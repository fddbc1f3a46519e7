package cn.investpromo.report;

import java.math.BigDecimal;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import org.jspecify.annotations.Nullable;

import cn.investpromo.event.EventType;
import cn.investpromo.region.Region;
import cn.investpromo.region.RegionCatalog;
import cn.investpromo.region.RegionLevel;
import cn.investpromo.store.ReportQueries.EventGroup;
import cn.investpromo.store.ReportQueries.ProjectColumn;
import cn.investpromo.store.ReportQueries.ProjectGroup;

import static cn.investpromo.report.Sums.knownShare;

/**
 * The period's events and projects broken down by region, industry, investor origin and
 * event type (SPEC §5): the database groups the rows by their own codes, this folds the
 * codes into the report's rows (a town into the scope's child that contains it, an origin
 * into its province or city).
 */
final class Breakdowns {

	private final ReportData data;

	private final List<ProjectGroup> byIndustryGroups;

	Breakdowns(ReportData data) {
		this.data = data;
		this.byIndustryGroups = groups(List.of(ProjectColumn.INDUSTRY));
	}

	private List<ProjectGroup> groups(List<ProjectColumn> by) {
		return groups(this.data.period(), by);
	}

	private List<ProjectGroup> groups(Period period, List<ProjectColumn> by) {
		return this.data.queries().projectGroups(this.data.regionScope(), period.from(), period.to(), by);
	}

	private BigDecimal total() {
		return this.byIndustryGroups.stream().map(ProjectGroup::amountWan).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** The breakdowns section of the report's scope and period. */
	BreakdownTables tables() {
		List<IndustryFigures> byIndustry = byIndustry();
		List<RegionFigures> byRegion = byRegion();
		// dozens of provinces or cities, most without a figure, would bury the few with
		// one
		boolean wide = this.data.scope().level() == RegionLevel.PROVINCE
				|| this.data.scope().code().equals(RegionCatalog.CHINA_CODE);
		List<RegionFigures> shown = wide ? byRegion.stream().filter(RegionFigures::hasFigures).toList() : byRegion;
		return new BreakdownTables(shown, byIndustry, bySubIndustry(byIndustry), byOrigin(), byRegionIndustry(),
				eventsByType(), byRegion.size() - shown.size());
	}

	/**
	 * Items and the sum of the values those that give one give, added up over the
	 * database's groups.
	 */
	private static final class Tally {

		private long items;

		private long reported;

		private BigDecimal sum = BigDecimal.ZERO;

		Tally add(long items, long reported, BigDecimal sum) {
			this.items += items;
			this.reported += reported;
			this.sum = this.sum.add(sum);
			return this;
		}

		Tally addProjects(ProjectGroup g) {
			return add(g.projects(), g.withAmount(), g.amountWan());
		}

		/** The sum, or null when there are items and none gave the value. */
		@Nullable BigDecimal known() {
			return Sums.reported(this.sum, this.reported, this.items);
		}

		@Nullable Long knownCount() {
			BigDecimal known = known();
			return (known != null) ? known.longValueExact() : null;
		}

		long unreported() {
			return this.items - this.reported;
		}

	}

	/**
	 * By child region, ranked: those with figures by agreed investment (unknown last),
	 * then projects, then events, then name (in the Chinese order, so that both languages
	 * rank alike), each with its change of 位次 since the previous period.
	 */
	private List<RegionFigures> byRegion() {
		Map<String, Integer> before = new HashMap<>();
		for (RegionFigures row : ranked(regionRows(this.data.period().previous()))) {
			if (row.rank() != null) {
				before.put(row.code(), row.rank());
			}
		}
		return ranked(regionRows(this.data.period())).stream().map((row) -> {
			Integer previous = before.get(row.code());
			return row.ranked(row.rank(), (row.rank() != null && previous != null) ? previous - row.rank() : null);
		}).toList();
	}

	private List<RegionFigures> ranked(List<RegionFigures> rows) {
		Collator chinese = Collator.getInstance(Locale.CHINA);
		Map<String, String> chineseNames = new HashMap<>();
		rows.forEach((row) -> chineseNames.put(row.code(),
				this.data.regions().byCode(row.code()).map(Region::name).orElse(row.name())));
		List<RegionFigures> active = rows.stream()
			.filter(RegionFigures::hasFigures)
			.sorted(byAmountThenProjects(RegionFigures::amountWan, RegionFigures::projects)
				.thenComparing(Comparator.comparingLong(RegionFigures::events).reversed())
				.thenComparing((row) -> chineseNames.get(row.code()), chinese))
			.toList();
		List<RegionFigures> ranked = new ArrayList<>();
		int rank = 0;
		for (RegionFigures row : active) {
			ranked.add(row.ranked(row.self() ? null : ++rank, null));
		}
		rows.stream().filter((row) -> !row.hasFigures()).forEach(ranked::add);
		return ranked;
	}

	private List<RegionFigures> regionRows(Period period) {
		Map<String, Tally> attendees = new LinkedHashMap<>();
		Map<String, Tally> amounts = new LinkedHashMap<>();
		for (EventGroup e : this.data.queries().eventsByRegion(this.data.regionScope(), period.from(), period.to())) {
			attendees.computeIfAbsent(this.data.rowRegion(e.key()).code(), (k) -> new Tally())
				.add(e.events(), e.withAttendees(), BigDecimal.valueOf(e.attendees()));
		}
		for (ProjectGroup p : groups(period, List.of(ProjectColumn.REGION))) {
			amounts.computeIfAbsent(this.data.rowRegion(Objects.requireNonNull(p.key(0))).code(), (k) -> new Tally())
				.addProjects(p);
		}
		Region scope = this.data.scope();
		List<RegionFigures> figures = new ArrayList<>();
		for (Region region : this.data.rowRegions()) {
			Tally events = attendees.getOrDefault(region.code(), new Tally());
			Tally projects = amounts.getOrDefault(region.code(), new Tally());
			boolean self = region.equals(scope);
			if (self && events.items == 0 && projects.items == 0) {
				continue; // 本级 only when something happened at the scope's own level
			}
			figures.add(new RegionFigures(region.code(), this.data.regionName(region), self, events.items,
					events.knownCount(), events.unreported(), projects.items, projects.known(), projects.unreported(),
					null, null));
		}
		return figures;
	}

	/** Largest amount first (unknown amounts last), then most projects. */
	private static <T> Comparator<T> byAmountThenProjects(Function<T, @Nullable BigDecimal> amount,
			ToLongFunction<T> projects) {
		return Comparator.comparing(amount, Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
			.thenComparing(Comparator.comparingLong(projects).reversed());
	}

	/**
	 * By first-level industry: largest amount first, then most projects, then taxonomy
	 * order.
	 */
	private List<IndustryFigures> byIndustry() {
		BigDecimal total = total();
		Map<String, ProjectGroup> byCode = new LinkedHashMap<>();
		this.byIndustryGroups.forEach((g) -> byCode.put(g.key(0), g));
		List<IndustryFigures> figures = new ArrayList<>();
		this.data.industries().all().forEach((i) -> {
			ProjectGroup g = byCode.remove(i.code());
			if (g != null) {
				figures.add(industry(i.code(), g, total));
			}
		});
		byCode.forEach((code, g) -> figures.add(industry(code, g, total))); // codes an
																			// industries
																			// sheet no
																			// longer has
		return figures.stream()
			.sorted(byAmountThenProjects(IndustryFigures::amountWan, IndustryFigures::projects))
			.toList();
	}

	private IndustryFigures industry(String code, ProjectGroup g, BigDecimal total) {
		BigDecimal amount = known(g);
		return new IndustryFigures(code, this.data.industryName(code), g.projects(), amount, unreported(g),
				knownShare(amount, total));
	}

	/**
	 * The group's agreed investment: null when it has projects and none gives an amount.
	 */
	private static @Nullable BigDecimal known(ProjectGroup g) {
		return Sums.reported(g.amountWan(), g.withAmount(), g.projects());
	}

	private static long unreported(ProjectGroup g) {
		return g.projects() - g.withAmount();
	}

	/**
	 * The period's projects by second-level industry, grouped under {@code byIndustry} in
	 * its order: sub-industries by amount, then projects, then taxonomy order; the
	 * industry's projects without one last, as 未细分.
	 */
	private List<SubIndustryFigures> bySubIndustry(List<IndustryFigures> byIndustry) {
		BigDecimal total = total();
		List<ProjectGroup> groups = groups(List.of(ProjectColumn.INDUSTRY, ProjectColumn.SUB_INDUSTRY));
		List<SubIndustryFigures> figures = new ArrayList<>();
		for (IndustryFigures industry : byIndustry) {
			Map<String, ProjectGroup> bySub = new LinkedHashMap<>();
			ProjectGroup undivided = null;
			for (ProjectGroup g : groups) {
				if (!industry.code().equals(g.key(0))) {
					continue;
				}
				if (g.key(1) == null) {
					undivided = g;
				}
				else {
					bySub.put(g.key(1), g);
				}
			}
			List<SubIndustryFigures> subs = new ArrayList<>();
			this.data.industries().subIndustries(industry.code()).forEach((sub) -> {
				ProjectGroup g = bySub.remove(sub.code());
				if (g != null) {
					subs.add(sub(industry, sub.code(), g, total));
				}
			});
			bySub.forEach((code, g) -> subs.add(sub(industry, code, g, total)));
			subs.stream()
				.sorted(byAmountThenProjects(SubIndustryFigures::amountWan, SubIndustryFigures::projects))
				.forEach(figures::add);
			if (undivided != null) {
				BigDecimal amount = known(undivided);
				figures.add(new SubIndustryFigures(industry.code(), industry.name(), null,
						this.data.labels().get("subIndustry.notSubdivided"), undivided.projects(), amount,
						unreported(undivided), knownShare(amount, total)));
			}
		}
		return List.copyOf(figures);
	}

	private SubIndustryFigures sub(IndustryFigures industry, String code, ProjectGroup g, BigDecimal total) {
		BigDecimal amount = known(g);
		return new SubIndustryFigures(industry.code(), industry.name(), code, this.data.subIndustryName(code),
				g.projects(), amount, unreported(g), knownShare(amount, total));
	}

	/**
	 * Investor origin at province level, or city level within the scope's own province
	 * (SPEC §5).
	 */
	private List<GroupFigures> byOrigin() {
		RegionCatalog regions = this.data.regions();
		Optional<Region> scopeProvince = regions.ancestorAt(this.data.scope(), RegionLevel.PROVINCE);
		Map<String, String> names = new LinkedHashMap<>();
		Map<String, Tally> amounts = new LinkedHashMap<>();
		for (ProjectGroup p : groups(List.of(ProjectColumn.ORIGIN))) {
			Region origin = (p.key(0) != null) ? regions.byCode(p.key(0)).orElse(null) : null;
			String code;
			String name;
			if (origin == null) {
				code = "";
				name = this.data.labels().get("origin.unknown");
			}
			else {
				Region province = regions.ancestorAt(origin, RegionLevel.PROVINCE).orElse(origin);
				Region bucket = province;
				if (scopeProvince.isPresent() && province.equals(scopeProvince.get())) {
					bucket = regions.ancestorAt(origin, RegionLevel.CITY).orElse(province);
				}
				code = bucket.code();
				// in pinyin with the characters in an English report, as every other
				// place name
				name = this.data.ownName(bucket);
			}
			names.putIfAbsent(code, name);
			amounts.computeIfAbsent(code, (k) -> new Tally()).addProjects(p);
		}
		return names.keySet().stream().map((code) -> {
			Tally t = Objects.requireNonNull(amounts.get(code));
			return new GroupFigures(code, Objects.requireNonNull(names.get(code)), t.items, t.known(), t.unreported());
		})
			.sorted(byAmountThenProjects(GroupFigures::amountWan, GroupFigures::projects)
				.thenComparing(GroupFigures::code))
			.toList();
	}

	private List<RegionIndustryFigures> byRegionIndustry() {
		Map<List<String>, Tally> amounts = new LinkedHashMap<>();
		for (ProjectGroup p : groups(List.of(ProjectColumn.REGION, ProjectColumn.INDUSTRY))) {
			List<String> cell = List.of(this.data.rowRegion(Objects.requireNonNull(p.key(0))).code(), p.key(1));
			amounts.computeIfAbsent(cell, (k) -> new Tally()).addProjects(p);
		}
		return amounts.keySet().stream().map((cell) -> {
			Region region = this.data.regions().byCode(cell.get(0)).orElseThrow();
			String industry = cell.get(1);
			Tally t = Objects.requireNonNull(amounts.get(cell));
			return new RegionIndustryFigures(region.code(), this.data.regionName(region), industry,
					this.data.industryName(industry), t.items, t.known(), t.unreported());
		})
			.sorted(Comparator.comparing(RegionIndustryFigures::regionCode)
				.thenComparing(RegionIndustryFigures::industryCode))
			.toList();
	}

	private List<EventTypeFigures> eventsByType() {
		Period period = this.data.period();
		Map<String, EventGroup> byType = new LinkedHashMap<>();
		this.data.queries()
			.eventsByType(this.data.regionScope(), period.from(), period.to())
			.forEach((g) -> byType.put(g.key(), g));
		List<EventTypeFigures> figures = new ArrayList<>();
		for (EventType type : EventType.values()) {
			EventGroup g = byType.get(type.name());
			if (g != null) {
				Tally attendees = new Tally().add(g.events(), g.withAttendees(), BigDecimal.valueOf(g.attendees()));
				Tally enterprises = new Tally().add(g.events(), g.withEnterprises(),
						BigDecimal.valueOf(g.enterprises()));
				figures.add(new EventTypeFigures(type, g.events(), attendees.knownCount(), attendees.unreported(),
						enterprises.knownCount(), enterprises.unreported()));
			}
		}
		return List.copyOf(figures);
	}

}
