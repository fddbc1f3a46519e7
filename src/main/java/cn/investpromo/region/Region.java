package cn.investpromo.region;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A region: an administrative division (GB/T 2260 / NBS code), a development zone, a
 * region group or a foreign country, with the aliases it may also be written as.
 *
 * @param code stable code: 6 digits for province, city and county ({@code 370685}), 9 for
 * towns ({@code 370685108}), our own for zones ({@code 370685Z01}), groups ({@code G01})
 * and foreign regions ({@code F-KR})
 * @param parentCode the parent in the hierarchy; {@link RegionCatalog#CHINA_CODE} for
 * provinces, {@code null} for the root, groups and foreign regions
 * @param aliases other names, such as historical ones ({@code 新津县} for {@code 新津区})
 */
public record Region(String code, String name, RegionLevel level, @Nullable String parentCode, List<String> aliases) {

	/** Code of the synthetic root 全国, the parent of every province. */
	public static final String CHINA_CODE = "000000";

	public Region {
		Objects.requireNonNull(level, "level");
		if (code == null || code.isBlank() || name == null || name.isBlank()) {
			throw new IllegalArgumentException("a region needs a code and a name: " + code + " " + name);
		}
		aliases = List.copyOf(aliases);
	}

	/**
	 * The name without its administrative suffix, as used in lookups (内蒙古自治区 → 内蒙古, 招远市 →
	 * 招远).
	 */
	public String shortName() {
		return RegionNames.shortName(this.name);
	}

	Region withParent(@Nullable String parent) {
		return new Region(this.code, this.name, this.level, parent, this.aliases);
	}

	Region withMoreAliases(List<String> more) {
		List<String> merged = new ArrayList<>(this.aliases);
		more.stream().filter((alias) -> !merged.contains(alias) && !alias.equals(this.name)).forEach(merged::add);
		return new Region(this.code, this.name, this.level, this.parentCode, merged);
	}

	@Override
	public String toString() {
		return this.code + " " + this.name;
	}

}
