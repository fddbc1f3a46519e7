package cn.investpromo.region;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The in-memory hash maps behind {@link RegionCatalog}: by code, children, and lookup
 * keys by full name or alias and by short name. Immutable once built.
 */
final class RegionIndex {

	/**
	 * Statistical filler rows (1101 市辖区 under 北京市): kept by code, never found by name,
	 * skipped in the tree.
	 */
	private static final Set<String> PLACEHOLDER_NAMES = Set.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");

	private final Map<String, Region> byCode;

	private final Set<String> placeholders;

	private final Map<String, List<Region>> children;

	private final Map<String, List<Region>> byName;

	private final Map<String, List<Region>> byShortName;

	private final int longestKey;

	RegionIndex(Collection<Region> regions) {
		this.placeholders = new HashSet<>();
		Map<String, Region> literal = new HashMap<>(regions.size() * 2);
		for (Region region : regions) {
			literal.put(region.code(), region);
			if (region.level() == RegionLevel.CITY && PLACEHOLDER_NAMES.contains(region.name())) {
				this.placeholders.add(region.code());
			}
		}
		List<Region> sorted = new ArrayList<>(literal.size());
		for (Region region : literal.values()) {
			Region parent = (region.parentCode() != null) ? literal.get(region.parentCode()) : null;
			// a municipality's districts hang from the municipality itself, not from its
			// 市辖区 row
			boolean underPlaceholder = parent != null && this.placeholders.contains(parent.code());
			sorted.add(underPlaceholder ? region.withParent(Objects.requireNonNull(parent).parentCode()) : region);
		}
		sorted.sort(Comparator.comparing(Region::code));
		this.byCode = new HashMap<>(sorted.size() * 2);
		this.children = new HashMap<>(sorted.size() / 4);
		RegionNameKeys keys = new RegionNameKeys(sorted.size());
		for (Region region : sorted) {
			this.byCode.put(region.code(), region);
			if (this.placeholders.contains(region.code())) {
				continue;
			}
			addChild(region);
			keys.add(region.name(), region);
			for (String alias : region.aliases()) {
				keys.add(alias, region);
			}
		}
		this.byName = keys.byName();
		this.byShortName = keys.byShortName();
		this.longestKey = keys.longest();
	}

	/**
	 * An index whose name keys were computed already ({@link RegionCatalogFile}): no name
	 * is normalised or shortened again, which is most of the work of the constructor
	 * above.
	 * @param sorted the regions in code order, parents as the index above sets them
	 */
	RegionIndex(List<Region> sorted, Set<String> placeholders, Map<String, List<Region>> byName,
			Map<String, List<Region>> byShortName, int longestKey) {
		this.placeholders = placeholders;
		this.byCode = new HashMap<>(sorted.size() * 2);
		this.children = new HashMap<>(sorted.size() / 4);
		for (Region region : sorted) {
			this.byCode.put(region.code(), region);
			if (!placeholders.contains(region.code())) {
				addChild(region);
			}
		}
		this.byName = byName;
		this.byShortName = byShortName;
		this.longestKey = longestKey;
	}

	private void addChild(Region region) {
		if (region.parentCode() != null) {
			this.children.computeIfAbsent(region.parentCode(), (code) -> new ArrayList<>()).add(region);
		}
	}

	@Nullable Region byCode(String code) {
		return this.byCode.get(code);
	}

	Collection<Region> all() {
		return Collections.unmodifiableCollection(this.byCode.values());
	}

	boolean isPlaceholder(Region region) {
		return this.placeholders.contains(region.code());
	}

	List<Region> children(String code) {
		return Collections.unmodifiableList(this.children.getOrDefault(code, List.of()));
	}

	/** Regions whose full name or alias has this normal form. */
	List<Region> byName(String key) {
		return Collections.unmodifiableList(this.byName.getOrDefault(key, List.of()));
	}

	/** Regions whose short name (or an alias's) has this normal form. */
	List<Region> byShortName(String key) {
		return Collections.unmodifiableList(this.byShortName.getOrDefault(key, List.of()));
	}

	int longestKey() {
		return this.longestKey;
	}

	/** Every region in code order, for {@link RegionCatalogFile}. */
	List<Region> sorted() {
		List<Region> sorted = new ArrayList<>(this.byCode.values());
		sorted.sort(Comparator.comparing(Region::code));
		return sorted;
	}

	/** The codes of the statistical filler rows, for {@link RegionCatalogFile}. */
	Set<String> placeholders() {
		return Collections.unmodifiableSet(this.placeholders);
	}

	/** Every full-name key with its regions, for {@link RegionCatalogFile}. */
	Map<String, List<Region>> nameKeys() {
		return Collections.unmodifiableMap(this.byName);
	}

	/** Every short-name key with its regions, for {@link RegionCatalogFile}. */
	Map<String, List<Region>> shortNameKeys() {
		return Collections.unmodifiableMap(this.byShortName);
	}

}
