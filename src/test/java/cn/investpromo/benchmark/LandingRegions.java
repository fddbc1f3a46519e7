package cn.investpromo.benchmark;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.investpromo.region.Region;
import cn.investpromo.region.RegionCatalog;
import cn.investpromo.region.RegionLevel;
import cn.investpromo.region.RegionMatch;

/**
 * Landing regions across China for the generated ledgers, taken from the real region
 * catalogue and written the ways clerks write them: a county by its name alone
 * ({@code 昆山市}), after its city ({@code 苏州市昆山市}) or as a full path ({@code 江苏省苏州市昆山市}),
 * every twentieth town after its county or as a full path. Only texts that the catalogue
 * resolves, in the ledgers' context 招远市, to the region they were written from are kept (a
 * bare 鼓楼区 names several), so no generated row is rejected for its region; several
 * thousand remain, in every province.
 *
 * @param codes the text → the code of the region it was written from
 */
record LandingRegions(List<String> texts, Map<String, String> codes) {

	/** Every this many towns of the catalogue, one is a landing region. */
	private static final int TOWN_EVERY = 20;

	static LandingRegions load() {
		RegionCatalog catalog = RegionCatalog.loadDefault();
		Region context = catalog.byCode("370685").orElseThrow();
		Map<String, String> codes = new LinkedHashMap<>();
		int[] counters = new int[2];
		for (Region province : catalog.children(RegionCatalog.CHINA_CODE)) {
			if (province.level() == RegionLevel.PROVINCE) {
				collect(catalog, province, context, codes, counters);
			}
		}
		return new LandingRegions(List.copyOf(codes.keySet()), Map.copyOf(codes));
	}

	private static void collect(RegionCatalog catalog, Region region, Region context, Map<String, String> codes,
			int[] counters) {
		if (region.level() == RegionLevel.COUNTY) {
			Region city = catalog.ancestorAt(region, RegionLevel.CITY).orElse(null);
			String text = switch (counters[0]++ % 3) {
				case 0 -> region.name();
				case 1 -> (city != null) ? city.name() + region.name() : catalog.pathName(region);
				default -> catalog.pathName(region);
			};
			keepIfResolved(catalog, text, region, context, codes);
		}
		else if (region.level() == RegionLevel.TOWN) {
			if (counters[1]++ % TOWN_EVERY == 0) {
				Region county = catalog.ancestorAt(region, RegionLevel.COUNTY).orElse(null);
				String text = (county != null && counters[1] % 2 == 0) ? county.name() + region.name()
						: catalog.pathName(region);
				keepIfResolved(catalog, text, region, context, codes);
			}
			return;
		}
		else if (region.level() != RegionLevel.PROVINCE && region.level() != RegionLevel.CITY) {
			return; // zones, groups and foreign regions are not where the generated
					// projects land
		}
		for (Region child : catalog.children(region.code())) {
			collect(catalog, child, context, codes, counters);
		}
	}

	private static void keepIfResolved(RegionCatalog catalog, String text, Region region, Region context,
			Map<String, String> codes) {
		RegionMatch match = catalog.resolve(text, context);
		if (match.resolved() && match.region().code().equals(region.code())) {
			codes.putIfAbsent(text, region.code());
		}
	}

	/** How many distinct provinces the landing regions lie in. */
	long provinces() {
		return this.codes.values().stream().map((code) -> code.substring(0, 2)).distinct().count();
	}

}
