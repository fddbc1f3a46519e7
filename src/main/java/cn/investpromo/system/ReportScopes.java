package cn.investpromo.system;

import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import cn.investpromo.region.Region;
import cn.investpromo.region.RegionCatalog;
import cn.investpromo.region.RegionMatch;

/**
 * Turns a scope text into a region: a name, short name, path or code; 全国/all for China
 * (SPEC §5).
 */
public final class ReportScopes {

	private ReportScopes() {
	}

	/** The region a scope names; blank means the default region, else all of China. */
	public static Region resolve(@Nullable String scope, RegionCatalog regions, DefaultRegion defaultRegion) {
		if (scope == null || scope.isBlank()) {
			return (defaultRegion.region() != null) ? defaultRegion.region() : regions.china();
		}
		String text = scope.trim();
		if (text.equals("全国") || text.equals("中国") || text.toLowerCase(Locale.ROOT).equals("all")
				|| text.equals(RegionCatalog.CHINA_CODE)) {
			return regions.china();
		}
		if (text.chars().allMatch(Character::isDigit) || text.matches("[0-9A-Za-z-]+")) {
			return regions.byCode(text)
				.orElseThrow(() -> new IllegalArgumentException("未知地区代码 / unknown region code: " + text));
		}
		RegionMatch match = regions.resolve(text, defaultRegion.region());
		if (!match.resolved()) {
			throw new IllegalArgumentException(match.problem());
		}
		return Objects.requireNonNull(match.region());
	}

}
