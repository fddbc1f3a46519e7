package cn.investpromo.region;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lookup keys of {@link RegionIndex} as they are built: each region's normalised full
 * name or alias and its short name, with the length of the longest key.
 */
final class RegionNameKeys {

	private final Map<String, List<Region>> byName;

	private final Map<String, List<Region>> byShortName;

	private int longest;

	RegionNameKeys(int regions) {
		this.byName = new HashMap<>(regions * 2);
		this.byShortName = new HashMap<>(regions * 2);
	}

	/** Indexes a name and, when it differs, its short name. */
	void add(String name, Region region) {
		String key = RegionNames.normalise(name);
		add(this.byName, key, region);
		this.longest = Math.max(this.longest, key.length());
		String shortName = RegionNames.shortName(name);
		if (shortName.length() == name.length()) {
			return;
		}
		String shortKey = RegionNames.normalise(shortName);
		add(this.byShortName, shortKey, region);
		this.longest = Math.max(this.longest, shortKey.length());
	}

	// most keys name one region, so they start as an immutable singleton list
	private static void add(Map<String, List<Region>> map, String key, Region region) {
		List<Region> regions = map.get(key);
		if (regions == null) {
			map.put(key, List.of(region));
			return;
		}
		for (Region known : regions) {
			if (known == region) {
				return;
			}
		}
		List<Region> more = new ArrayList<>(regions.size() + 1);
		more.addAll(regions);
		more.add(region);
		map.put(key, more);
	}

	Map<String, List<Region>> byName() {
		return this.byName;
	}

	Map<String, List<Region>> byShortName() {
		return this.byShortName;
	}

	int longest() {
		return this.longest;
	}

}
