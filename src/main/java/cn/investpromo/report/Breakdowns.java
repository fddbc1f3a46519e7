package cn.investpromo.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.investpromo.ledger.EventType;
import cn.investpromo.ledger.LedgerItem.EventRecord;
import cn.investpromo.ledger.LedgerItem.ProjectRecord;
import cn.investpromo.region.Region;
import cn.investpromo.region.RegionCatalog;
import cn.investpromo.region.RegionLevel;

import static cn.investpromo.report.Sums.amount;
import static cn.investpromo.report.Sums.amountOf;
import static cn.investpromo.report.Sums.share;
import static cn.investpromo.report.Sums.sumInts;

/** The month's events and projects broken down by region, industry, investor origin and event type (SPEC §5). */
final class Breakdowns {

	private final ScopedRows rows;

	Breakdowns(ScopedRows rows) {
		this.rows = rows;
	}

	List<RegionFigures> byRegion(List<EventRecord> monthEvents, List<ProjectRecord> monthProjects) {
		Map<String, long[]> counts = new LinkedHashMap<>();
		Map<String, BigDecimal> amounts = new LinkedHashMap<>();
		for (EventRecord e : monthEvents) {
			long[] c = counts.computeIfAbsent(this.rows.rowRegion(e.hostRegionCode()).code(), (k) -> new long[3]);
			c[0]++;
			c[1] += (e.attendees() != null) ? e.attendees() : 0;
		}
		for (ProjectRecord p : monthProjects) {
			String code = this.rows.rowRegion(p.regionCode()).code();
			counts.computeIfAbsent(code, (k) -> new long[3])[2]++;
			amounts.merge(code, amountOf(p), BigDecimal::add);
		}
		Region scope = this.rows.scope();
		List<RegionFigures> figures = new ArrayList<>();
		for (Region region : this.rows.rowRegions()) {
			long[] c = counts.getOrDefault(region.code(), new long[3]);
			boolean self = region.equals(scope);
			if (self && c[0] == 0 && c[2] == 0) {
				continue; // 本级 only when something happened at the scope's own level
			}
			figures.add(new RegionFigures(region.code(), region.name(), self, c[0], c[1], c[2],
					amounts.getOrDefault(region.code(), BigDecimal.ZERO)));
		}
		return List.copyOf(figures);
	}

	List<IndustryFigures> byIndustry(List<ProjectRecord> monthProjects) {
		BigDecimal total = amount(monthProjects);
		Map<String, List<ProjectRecord>> byCode = new LinkedHashMap<>();
		this.rows.industries().all().forEach((i) -> byCode.put(i.code(), new ArrayList<>()));
		monthProjects.forEach((p) -> byCode.computeIfAbsent(p.industryCode(), (k) -> new ArrayList<>()).add(p));
		return byCode.entrySet()
			.stream()
			.filter((entry) -> !entry.getValue().isEmpty())
			.map((entry) -> {
				BigDecimal amount = amount(entry.getValue());
				return new IndustryFigures(entry.getKey(), this.rows.industryName(entry.getKey()),
						entry.getValue().size(), amount, share(amount, total));
			})
			.sorted(Comparator.comparing(IndustryFigures::amountWan)
				.reversed()
				.thenComparing(Comparator.comparingLong(IndustryFigures::projects).reversed()))
			.toList();
	}

	/**
	 * The month's projects by second-level industry, grouped under {@code byIndustry} in its order: sub-industries
	 * by amount, then projects, then taxonomy order; the industry's projects without one last, as 未细分.
	 */
	List<SubIndustryFigures> bySubIndustry(List<ProjectRecord> monthProjects, List<IndustryFigures> byIndustry) {
		BigDecimal total = amount(monthProjects);
		List<SubIndustryFigures> figures = new ArrayList<>();
		for (IndustryFigures industry : byIndustry) {
			Map<String, List<ProjectRecord>> bySub = new LinkedHashMap<>();
			this.rows.industries()
				.subIndustries(industry.code())
				.forEach((sub) -> bySub.put(sub.code(), new ArrayList<>()));
			List<ProjectRecord> undivided = new ArrayList<>();
			for (ProjectRecord p : monthProjects) {
				if (!p.industryCode().equals(industry.code())) {
					continue;
				}
				if (p.industrySubCode() == null) {
					undivided.add(p);
				}
				else {
					bySub.computeIfAbsent(p.industrySubCode(), (k) -> new ArrayList<>()).add(p);
				}
			}
			bySub.entrySet()
				.stream()
				.filter((entry) -> !entry.getValue().isEmpty())
				.map((entry) -> {
					BigDecimal amount = amount(entry.getValue());
					return new SubIndustryFigures(industry.code(), industry.name(), entry.getKey(),
							this.rows.subIndustryName(entry.getKey()), entry.getValue().size(), amount,
							share(amount, total));
				})
				.sorted(Comparator.comparing(SubIndustryFigures::amountWan)
					.reversed()
					.thenComparing(Comparator.comparingLong(SubIndustryFigures::projects).reversed()))
				.forEach(figures::add);
			if (!undivided.isEmpty()) {
				BigDecimal amount = amount(undivided);
				figures.add(new SubIndustryFigures(industry.code(), industry.name(), null,
						this.rows.english() ? "Not subdivided" : "未细分", undivided.size(), amount,
						share(amount, total)));
			}
		}
		return List.copyOf(figures);
	}

	/** Investor origin at province level, or city level within the scope's own province (SPEC §5). */
	List<OriginFigures> byOrigin(List<ProjectRecord> monthProjects) {
		RegionCatalog regions = this.rows.regions();
		Optional<Region> scopeProvince = regions.ancestorAt(this.rows.scope(), RegionLevel.PROVINCE);
		Map<String, String> names = new LinkedHashMap<>();
		Map<String, long[]> counts = new LinkedHashMap<>();
		Map<String, BigDecimal> amounts = new LinkedHashMap<>();
		for (ProjectRecord p : monthProjects) {
			Region origin = (p.investorOriginCode() != null) ? regions.byCode(p.investorOriginCode()).orElse(null)
					: null;
			String code;
			String name;
			if (origin == null) {
				code = "";
				name = this.rows.english() ? "Unknown" : "未填写或无法识别";
			}
			else {
				Region province = regions.ancestorAt(origin, RegionLevel.PROVINCE).orElse(origin);
				Region bucket = province;
				if (scopeProvince.isPresent() && province.equals(scopeProvince.get())) {
					bucket = regions.ancestorAt(origin, RegionLevel.CITY).orElse(province);
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

	List<RegionIndustryFigures> byRegionIndustry(List<ProjectRecord> monthProjects) {
		Map<List<String>, List<ProjectRecord>> cells = new LinkedHashMap<>();
		for (ProjectRecord p : monthProjects) {
			cells.computeIfAbsent(List.of(this.rows.rowRegion(p.regionCode()).code(), p.industryCode()),
					(k) -> new ArrayList<>())
				.add(p);
		}
		return cells.entrySet().stream().map((entry) -> {
			Region region = this.rows.regions().byCode(entry.getKey().get(0)).orElseThrow();
			String industry = entry.getKey().get(1);
			return new RegionIndustryFigures(region.code(), region.name(), industry, this.rows.industryName(industry),
					entry.getValue().size(), amount(entry.getValue()));
		})
			.sorted(Comparator.comparing(RegionIndustryFigures::regionCode)
				.thenComparing(RegionIndustryFigures::industryCode))
			.toList();
	}

	List<EventTypeFigures> eventsByType(List<EventRecord> monthEvents) {
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

}
