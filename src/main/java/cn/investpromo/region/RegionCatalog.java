package cn.investpromo.region;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * All known regions (SPEC §3.1) with their hierarchy, groups and name lookups; immutable
 * and thread-safe.
 *
 * <p>
 * The statistical filler rows of the source ({@code 110100 市辖区}, {@code 500200 县},
 * {@code 419000
 * 省直辖县级行政区划}) keep their codes for {@link #byCode}, but no name resolves to them and the
 * hierarchy skips them: {@code 东城区}'s parent is {@code 北京市}.
 */
public final class RegionCatalog {

	/** Code of the synthetic root 全国, the parent of every province. */
	public static final String CHINA_CODE = "000000";

	private static final int MAX_GROUP_DEPTH = 8;

	private final RegionIndex index;

	/** Group code → member codes, in the order defined. */
	private final Map<String, List<String>> members;

	private final RegionResolver resolver;

	/**
	 * Made on the first English name: most commands never ask for one, and pinyin4j takes
	 * a while to load.
	 */
	private volatile @Nullable RegionRomanizer romanizer;

	private RegionCatalog(RegionIndex index, Map<String, List<String>> members) {
		this.index = index;
		this.members = members;
		this.resolver = new RegionResolver(this, index);
	}

	/**
	 * The region's name as an English report prints it, in pinyin with the Chinese:
	 * "Zhaoyuan (招远市)".
	 */
	public String englishName(Region region) {
		RegionRomanizer current = this.romanizer;
		if (current == null) {
			synchronized (this) {
				current = this.romanizer;
				if (current == null) {
					current = new RegionRomanizer();
					this.romanizer = current;
				}
			}
		}
		return current.withChinese(region);
	}

	/**
	 * The shipped table plus the shipped extensions, from the compact form the build
	 * writes of them ({@link RegionCatalogFile}, about 0.2 s in a cold JVM); built from
	 * the tables themselves (0.6 s) when that form is missing or older than the tables,
	 * as after an IDE's build that did not run Maven's.
	 */
	public static RegionCatalog loadDefault() {
		RegionCatalog prebuilt = RegionCatalogFile.readShipped();
		return (prebuilt != null) ? prebuilt : fromTables();
	}

	/** The shipped table plus the shipped extensions, parsed and indexed. */
	static RegionCatalog fromTables() {
		List<Region> regions = new ArrayList<>(RegionFiles.readTable());
		regions.add(new Region(CHINA_CODE, "全国", RegionLevel.GROUP, null, List.of("中国")));
		RegionFiles.Contents extensions = RegionFiles.readExtensions();
		return extend(regions, Map.of(), extensions.regions(), extensions.members());
	}

	/**
	 * A catalog of an index built already and its group members
	 * ({@link RegionCatalogFile}).
	 */
	static RegionCatalog of(RegionIndex index, Map<String, List<String>> members) {
		return new RegionCatalog(index, Map.copyOf(members));
	}

	RegionIndex index() {
		return this.index;
	}

	/** Group code → member codes, as defined. */
	Map<String, List<String>> groupMembers() {
		return this.members;
	}

	/**
	 * This catalog plus user regions (SPEC §2.3 regions sheet); a known code only gains
	 * the new aliases.
	 */
	public RegionCatalog withExtensions(List<Region> userRegions) {
		return withExtensions(userRegions, Map.of());
	}

	/**
	 * This catalog plus user regions and group members. A known code keeps its name,
	 * level and parent and gains the new aliases; a new region's parent must be known;
	 * members are given by code or by a name that resolves unambiguously, and replace the
	 * group's previous members.
	 * @throws IllegalArgumentException naming the offending region when a definition is
	 * inconsistent
	 */
	public RegionCatalog withExtensions(List<Region> userRegions, Map<String, List<String>> groupMembers) {
		return extend(this.index.all(), this.members, userRegions, groupMembers);
	}

	private static RegionCatalog extend(Collection<Region> regions, Map<String, List<String>> members,
			List<Region> userRegions, Map<String, List<String>> groupMembers) {
		Map<String, Region> merged = new HashMap<>(regions.size() * 2);
		regions.forEach((region) -> merged.put(region.code(), region));
		for (Region region : userRegions) {
			Region known = merged.get(region.code());
			if (known == null) {
				merged.put(region.code(), region);
			}
			else if (!known.name().equals(region.name()) || known.level() != region.level()) {
				throw new IllegalArgumentException("地区代码 " + region.code() + " 已是 " + known.name() + "（" + known.level()
						+ "），不能再定义为 " + region.name() + "（" + region.level() + "）");
			}
			else {
				merged.put(region.code(), known.withMoreAliases(region.aliases()));
			}
		}
		for (Region region : userRegions) {
			checkParents(Objects.requireNonNull(merged.get(region.code())), merged);
		}
		RegionIndex index = new RegionIndex(merged.values());
		// member names resolve against the extended regions, so a group may name a zone
		// defined alongside it
		RegionCatalog withoutNewMembers = new RegionCatalog(index, members);
		Map<String, List<String>> allMembers = new HashMap<>(members);
		groupMembers.forEach((group, entries) -> allMembers.put(group, withoutNewMembers.memberCodes(group, entries)));
		return new RegionCatalog(index, Map.copyOf(allMembers));
	}

	private static void checkParents(Region region, Map<String, Region> regions) {
		boolean parentless = region.level() == RegionLevel.GROUP || region.level() == RegionLevel.FOREIGN;
		if (region.parentCode() == null && !parentless) {
			throw new IllegalArgumentException("地区 " + region.code() + " " + region.name() + " 缺少上级地区");
		}
		Region current = region;
		for (int depth = 0; current.parentCode() != null; depth++) {
			Region parent = regions.get(current.parentCode());
			if (parent == null || depth > MAX_GROUP_DEPTH) {
				throw new IllegalArgumentException("地区 " + region.code() + " " + region.name() + " 的上级地区 "
						+ current.parentCode() + (parent == null ? " 不存在" : " 形成循环"));
			}
			current = parent;
		}
	}

	private List<String> memberCodes(String group, List<String> entries) {
		Region groupRegion = this.index.byCode(group);
		if (groupRegion == null || groupRegion.level() != RegionLevel.GROUP) {
			throw new IllegalArgumentException("地区组 " + group + " 不存在或不是地区组");
		}
		List<String> codes = new ArrayList<>(entries.size());
		for (String entry : entries) {
			Region member = this.index.byCode(entry);
			if (member == null) {
				RegionMatch match = resolve(entry, null);
				if (!match.resolved()) {
					throw new IllegalArgumentException("地区组 " + groupRegion.name() + " 的成员无法识别：" + match.problem());
				}
				member = Objects.requireNonNull(match.region());
			}
			if (member.code().equals(group)) {
				throw new IllegalArgumentException("地区组 " + groupRegion.name() + " 不能包含自身");
			}
			codes.add(member.code());
		}
		return List.copyOf(codes);
	}

	/**
	 * The region with this code, including our own codes (zones, groups, foreign
	 * regions).
	 */
	public Optional<Region> byCode(String code) {
		return Optional.ofNullable(this.index.byCode(code));
	}

	/**
	 * Direct children in code order; a group's children are its members;
	 * {@link #CHINA_CODE} gives the provinces.
	 */
	public List<Region> children(String code) {
		List<String> memberCodes = this.members.get(code);
		if (memberCodes != null) {
			return memberCodes.stream().map(this.index::byCode).sorted(Comparator.comparing(Region::code)).toList();
		}
		return this.index.children(code);
	}

	/** The root 全国. */
	public Region china() {
		return Objects.requireNonNull(this.index.byCode(CHINA_CODE));
	}

	/** The members of a group, as defined; empty for any other region. */
	public List<Region> members(Region group) {
		return this.members.getOrDefault(group.code(), List.of()).stream().map(this.index::byCode).toList();
	}

	/**
	 * The parent in the hierarchy (全国 for a province); empty for the root, groups and
	 * foreign regions.
	 */
	public Optional<Region> parent(Region region) {
		return Optional.ofNullable(parentOrNull(region));
	}

	private @Nullable Region parentOrNull(Region region) {
		return (region.parentCode() != null) ? this.index.byCode(region.parentCode()) : null;
	}

	/** Ancestors, nearest first, up to the province (全国 not included). */
	public List<Region> ancestors(Region region) {
		List<Region> ancestors = new ArrayList<>(4);
		for (Region parent = parentOrNull(region); parent != null
				&& !parent.code().equals(CHINA_CODE); parent = parentOrNull(parent)) {
			ancestors.add(parent);
		}
		return ancestors;
	}

	/**
	 * The region itself if it is at that level, else its nearest ancestor at that level
	 * (its province, its city).
	 */
	public Optional<Region> ancestorAt(Region region, RegionLevel level) {
		if (region.level() == level) {
			return Optional.of(region);
		}
		return ancestors(region).stream().filter((ancestor) -> ancestor.level() == level).findFirst();
	}

	/**
	 * Whether region is ancestor or lies below it; a group contains its members and
	 * everything below them.
	 */
	public boolean contains(Region ancestor, Region region) {
		return contains(ancestor.code(), region, 0);
	}

	private boolean contains(String ancestor, Region region, int depth) {
		for (Region current = region; current != null; current = parentOrNull(current)) {
			if (current.code().equals(ancestor)) {
				return true;
			}
		}
		if (depth < MAX_GROUP_DEPTH) {
			for (String member : this.members.getOrDefault(ancestor, List.of())) {
				if (contains(member, region, depth + 1)) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * The direct child of scope on region's path (for a group: the member containing
	 * region); empty when region is scope itself or lies outside it. Used to break a
	 * scope's figures down by its children (SPEC §5).
	 */
	public Optional<Region> childOfScopeContaining(Region scope, Region region) {
		if (scope.code().equals(region.code())) {
			return Optional.empty();
		}
		List<String> memberCodes = this.members.get(scope.code());
		if (memberCodes != null) {
			return memberCodes.stream()
				.map(this.index::byCode)
				.filter((member) -> contains(member, region))
				.findFirst();
		}
		for (Region current = region; current != null; current = parentOrNull(current)) {
			if (scope.code().equals(current.parentCode())) {
				return Optional.of(current);
			}
		}
		return Optional.empty();
	}

	/**
	 * The region's place in the hierarchy as stored for scope queries: the codes from the
	 * root down to the region, each followed by "/"
	 * ({@code /000000/370000/370600/370685/}); a group or foreign region is its own root
	 * ({@code /G01/}).
	 */
	public String path(Region region) {
		List<String> codes = new ArrayList<>();
		Region current = region;
		for (int depth = 0; current != null && depth <= 2 * MAX_GROUP_DEPTH; depth++) {
			codes.add(0, current.code());
			current = parentOrNull(current);
		}
		return "/" + String.join("/", codes) + "/";
	}

	/**
	 * The paths whose regions {@link #contains} counts in scope: the scope's own and, for
	 * a group, those of its members (and of theirs, for a group of groups).
	 */
	public List<String> scopePaths(Region scope) {
		List<String> paths = new ArrayList<>();
		scopePaths(scope, paths, 0);
		return List.copyOf(paths);
	}

	private void scopePaths(Region scope, List<String> paths, int depth) {
		String path = path(scope);
		if (!paths.contains(path)) {
			paths.add(path);
		}
		if (depth < MAX_GROUP_DEPTH) {
			for (String member : this.members.getOrDefault(scope.code(), List.of())) {
				scopePaths(Objects.requireNonNull(this.index.byCode(member)), paths, depth + 1);
			}
		}
	}

	/**
	 * The full path name from the province down, as a person would write it: 江苏省南京市鼓楼区.
	 */
	public String pathName(Region region) {
		StringBuilder path = new StringBuilder();
		ancestors(region).forEach((ancestor) -> path.insert(0, ancestor.name()));
		return path.append(region.name()).toString();
	}

	/**
	 * Resolves ledger text to a region (SPEC §3.1): by full name, alias, short name, or a
	 * path of names such as {@code 招远市夏甸镇}; an ambiguous name is settled inside context
	 * (the row's or ledger's region) or rejected with its candidates.
	 */
	public RegionMatch resolve(String text, @Nullable Region context) {
		return this.resolver.resolve(text, context);
	}

	/**
	 * The most specific region (county or zone, then city, then province) named in a
	 * title or file name such as {@code 招远市招商台账2019.xlsx}; towns are ignored.
	 */
	public Optional<Region> findContextIn(String freeText) {
		return this.resolver.findContextIn(freeText);
	}

	boolean isPlaceholder(Region region) {
		return this.index.isPlaceholder(region);
	}

}
