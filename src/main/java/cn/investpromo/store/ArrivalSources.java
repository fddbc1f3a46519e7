package cn.investpromo.store;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

import cn.investpromo.funds.FundSource;
import cn.investpromo.region.Region;
import cn.investpromo.region.RegionCatalog;
import cn.investpromo.region.RegionLevel;

/**
 * Derives a blank 资金来源 from the linked project (SPEC §2.7): 境外 when its investor is
 * outside the mainland, else its 投资方所在地 against the landing region's city and province,
 * else 未知.
 */
final class ArrivalSources {

	/** The stored 投资方国别 of the mainland (contract 1 of issue 21). */
	static final String MAINLAND = "中国";

	private final RegionCatalog regions;

	ArrivalSources(RegionCatalog regions) {
		this.regions = regions;
	}

	/**
	 * The source of an arrival landing in {@code landingCode} for a project whose
	 * investor comes from {@code originCode} (a region code) and {@code country} (its
	 * 投资方国别); the codes may be empty.
	 */
	FundSource of(String landingCode, String originCode, String country) {
		if (!country.isEmpty() && !MAINLAND.equals(country)) {
			return FundSource.FOREIGN;
		}
		Region origin = code(originCode);
		Region landing = code(landingCode);
		if (origin == null) {
			return FundSource.UNKNOWN;
		}
		if (origin.level() == RegionLevel.FOREIGN || outsideMainland(origin)) {
			return FundSource.FOREIGN;
		}
		if (landing == null) {
			return FundSource.UNKNOWN;
		}
		Optional<Region> province = this.regions.ancestorAt(landing, RegionLevel.PROVINCE);
		Optional<Region> originProvince = this.regions.ancestorAt(origin, RegionLevel.PROVINCE);
		if (province.isEmpty() || originProvince.isEmpty()) {
			return FundSource.UNKNOWN; // a region group may straddle the province line
		}
		if (!originProvince.get().equals(province.get())) {
			return FundSource.OUT_OF_PROVINCE;
		}
		Optional<Region> city = this.regions.ancestorAt(landing, RegionLevel.CITY);
		Optional<Region> originCity = this.regions.ancestorAt(origin, RegionLevel.CITY);
		if (city.isEmpty() || originCity.isEmpty()) {
			// only the province is named: inside or outside the city is not known
			return city.isEmpty() ? FundSource.IN_PROVINCE : FundSource.UNKNOWN;
		}
		return originCity.get().equals(city.get()) ? FundSource.IN_CITY : FundSource.IN_PROVINCE;
	}

	/** 香港、澳门、台湾 (GB/T 2260 71, 81, 82): outside the mainland, as 境外 counts them. */
	private boolean outsideMainland(Region origin) {
		return this.regions.ancestorAt(origin, RegionLevel.PROVINCE)
			.map((p) -> p.code().startsWith("71") || p.code().startsWith("81") || p.code().startsWith("82"))
			.orElse(false);
	}

	private @Nullable Region code(String code) {
		return code.isEmpty() ? null : this.regions.byCode(code).orElse(null);
	}

}
