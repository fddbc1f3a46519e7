package cn.investpromo.cli;

import org.jspecify.annotations.Nullable;

import cn.investpromo.region.Region;
import cn.investpromo.region.RegionCatalog;
import cn.investpromo.system.DefaultRegion;
import cn.investpromo.system.ReportScopes;

/**
 * Turns {@code --scope} into a region: a name, short name, path or code; 全国/all for China
 * (SPEC §5).
 */
final class Scopes {

	private Scopes() {
	}

	static Region resolve(@Nullable String scope, RegionCatalog regions, DefaultRegion defaultRegion) {
		return ReportScopes.resolve(scope, regions, defaultRegion);
	}

}
