package cn.investpromo.region;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

import cn.investpromo.value.Reason;

/**
 * Name resolution for {@link RegionCatalog} (SPEC §3.1): names, short names, paths,
 * context, titles.
 */
final class RegionResolver {

	/** Characters that may separate the names of a path: 山东省/烟台市/招远市, 招远市(夏甸镇). */
	private static final String SEPARATORS = "-/\\|,、·.()[]";

	private static final int LISTED_CANDIDATES = 8;

	private final RegionTree catalog;

	private final RegionIndex index;

	RegionResolver(RegionTree catalog, RegionIndex index) {
		this.catalog = catalog;
		this.index = index;
	}

	RegionMatch resolve(String text, @Nullable Region context) {
		String shown = text.strip();
		String key = RegionNames.normalise(text);
		if (key.isEmpty()) {
			return RegionMatch.failed(List.of(), Reason.of("region.blank"));
		}
		List<Region> found = walk(key, 0, null);
		if (found.isEmpty()) {
			return RegionMatch.failed(List.of(), Reason.of("region.unknown", shown));
		}
		// inside the context if any are, and then only the highest level: 鼓楼 means a 鼓楼区
		// before a 鼓楼街道
		List<Region> candidates = widest(insideContext(found, context));
		if (candidates.size() == 1) {
			return RegionMatch.of(candidates.get(0));
		}
		List<Region> sorted = candidates.stream()
			.sorted(Comparator.comparingInt((Region region) -> breadth(region.level())).thenComparing(Region::code))
			.toList();
		List<String> listed = sorted.stream().limit(LISTED_CANDIDATES).map(this.catalog::pathName).toList();
		// place names stay as written in both languages; only the separator differs
		Reason.Text names = new Reason.Text(String.join("、", listed), String.join(", ", listed));
		Reason reason = (sorted.size() > LISTED_CANDIDATES)
				? Reason.of("region.ambiguousMore", shown, names, sorted.size())
				: Reason.of("region.ambiguous", shown, names);
		return RegionMatch.failed(sorted, reason);
	}

	/**
	 * Left to right, the longest name that lies below what matched so far; backtracks
	 * when the rest does not resolve (内江市中区 = 内江 + 市中区). Returns the regions the last
	 * name matched, or none.
	 */
	private List<Region> walk(String key, int from, @Nullable List<Region> scopes) {
		int start = from;
		while (start < key.length() && SEPARATORS.indexOf(key.charAt(start)) >= 0) {
			start++;
		}
		if (start == key.length()) {
			return (scopes != null) ? scopes : List.of();
		}
		for (int end = Math.min(key.length(), start + this.index.longestKey()); end > start; end--) {
			List<Region> hits = lookup(key.substring(start, end), scopes);
			if (!hits.isEmpty()) {
				List<Region> rest = walk(key, end, hits);
				if (!rest.isEmpty()) {
					return rest;
				}
			}
		}
		return List.of();
	}

	/** Full names and aliases first; short names only when no full name matches. */
	private List<Region> lookup(String part, @Nullable List<Region> scopes) {
		List<Region> hits = below(this.index.byName(part), scopes);
		return hits.isEmpty() ? below(this.index.byShortName(part), scopes) : hits;
	}

	private List<Region> below(List<Region> regions, @Nullable List<Region> scopes) {
		if (scopes == null || regions.isEmpty()) {
			return regions;
		}
		return regions.stream()
			.filter((region) -> scopes.stream()
				.anyMatch((scope) -> !scope.code().equals(region.code()) && this.catalog.contains(scope, region)))
			.toList();
	}

	/**
	 * The candidates inside context, else inside its parent, and so on up to the
	 * province; else all of them.
	 */
	private List<Region> insideContext(List<Region> candidates, @Nullable Region context) {
		if (candidates.size() < 2) {
			return candidates;
		}
		Region scope = context;
		while (scope != null && !scope.code().equals(Region.CHINA_CODE)) {
			Region inScope = scope;
			List<Region> inside = candidates.stream()
				.filter((region) -> this.catalog.contains(inScope, region))
				.toList();
			if (!inside.isEmpty()) {
				return inside;
			}
			scope = this.catalog.parent(scope).orElse(null);
		}
		return candidates;
	}

	/**
	 * The candidates at the highest level present (双流 → 双流区 rather than a town called
	 * 双流).
	 */
	private static List<Region> widest(List<Region> candidates) {
		int top = candidates.stream().mapToInt((region) -> breadth(region.level())).min().orElseThrow();
		return candidates.stream().filter((region) -> breadth(region.level()) == top).toList();
	}

	private static int breadth(RegionLevel level) {
		return switch (level) {
			case PROVINCE, GROUP, FOREIGN -> 0;
			case CITY -> 1;
			case COUNTY -> 2;
			case ZONE -> 3;
			case TOWN -> 4;
		};
	}

	/** One place in a title where names matched. */
	private record Hit(int position, List<Region> regions) {
	}

	Optional<Region> findContextIn(String freeText) {
		String key = RegionNames.normalise(freeText);
		List<Hit> hits = new ArrayList<>();
		for (int start = 0; start < key.length(); start++) {
			for (int end = Math.min(key.length(), start + this.index.longestKey()); end >= start + 2; end--) {
				List<Region> regions = namedInTitle(key.substring(start, end));
				if (!regions.isEmpty()) {
					// 吉林 names 吉林省 before 吉林市, as in resolve()
					List<Region> widest = widest(regions);
					hits.add(new Hit(start, (widest.size() == 1) ? widest : regions));
				}
			}
		}
		Set<Region> named = new LinkedHashSet<>();
		hits.forEach((hit) -> named.addAll(hit.regions()));
		// county (or zone), then city, then province; a name confirmed by its parent also
		// named in the title wins,
		// else the first one named
		for (int breadth = 2; breadth >= 0; breadth--) {
			int level = breadth;
			List<Hit> atLevel = keep(hits, (region) -> titleBreadth(region) == level);
			List<Hit> confirmed = keep(atLevel, (region) -> confirmedBy(region, named));
			List<Hit> chosen = confirmed.isEmpty() ? atLevel : confirmed;
			OptionalInt first = chosen.stream().mapToInt(Hit::position).min();
			if (first.isPresent()) {
				Set<Region> regions = new LinkedHashSet<>();
				chosen.stream()
					.filter((hit) -> hit.position() == first.getAsInt())
					.forEach((hit) -> regions.addAll(hit.regions()));
				if (regions.size() == 1) {
					return Optional.of(regions.iterator().next());
				}
			}
		}
		return Optional.empty();
	}

	private static List<Hit> keep(List<Hit> hits, Predicate<Region> test) {
		List<Hit> kept = new ArrayList<>();
		for (Hit hit : hits) {
			List<Region> regions = hit.regions().stream().filter(test).toList();
			if (!regions.isEmpty()) {
				kept.add(new Hit(hit.position(), regions));
			}
		}
		return kept;
	}

	/**
	 * Names a title may carry: full names and aliases of provinces, cities, counties and
	 * zones, and short names of provinces and cities (四川新材料…). Two-character districts
	 * such as 城区, 矿区 are ordinary words.
	 */
	private List<Region> namedInTitle(String part) {
		List<Region> regions = new ArrayList<>();
		for (Region region : this.index.byName(part)) {
			boolean commonWord = region.level() == RegionLevel.COUNTY && part.length() == 2 && part.endsWith("区");
			if (titleBreadth(region) >= 0 && !commonWord) {
				regions.add(region);
			}
		}
		for (Region region : this.index.byShortName(part)) {
			boolean provinceOrCity = region.level() == RegionLevel.PROVINCE || region.level() == RegionLevel.CITY;
			if (provinceOrCity && !regions.contains(region)) {
				regions.add(region);
			}
		}
		return regions;
	}

	private static int titleBreadth(Region region) {
		return switch (region.level()) {
			case PROVINCE -> 0;
			case CITY -> 1;
			case COUNTY, ZONE -> 2;
			case TOWN, GROUP, FOREIGN -> -1;
		};
	}

	private boolean confirmedBy(Region region, Set<Region> named) {
		return named.stream()
			.anyMatch((other) -> !other.code().equals(region.code()) && this.catalog.contains(other, region));
	}

}
