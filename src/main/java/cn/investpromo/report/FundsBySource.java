package cn.investpromo.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.investpromo.ledger.LedgerItem.ProjectRecord;
import cn.investpromo.region.Region;
import cn.investpromo.region.RegionCatalog;
import cn.investpromo.region.RegionLevel;

import static cn.investpromo.report.Sums.funds;
import static cn.investpromo.report.Sums.share;

/** 到位资金 of the projects signed January to M, by their investors' origin (definitions in {@link FundsArrived}). */
final class FundsBySource {

	private final ScopedRows rows;

	FundsBySource(ScopedRows rows) {
		this.rows = rows;
	}

	FundsArrived fundsArrived() {
		List<ProjectRecord> ytd = this.rows.projectsIn(this.rows.month().withMonth(1), this.rows.month());
		RegionCatalog catalog = this.rows.regions();
		Optional<Region> province = catalog.ancestorAt(this.rows.scope(), RegionLevel.PROVINCE);
		Optional<Region> city = catalog.ancestorAt(this.rows.scope(), RegionLevel.CITY);
		Map<FundsSourceKind, List<ProjectRecord>> bySource = new EnumMap<>(FundsSourceKind.class);
		for (ProjectRecord p : ytd) {
			bySource.computeIfAbsent(source(p, province, city), (k) -> new ArrayList<>()).add(p);
		}
		BigDecimal total = funds(ytd);
		List<FundsArrived.FundsSource> sources = new ArrayList<>();
		if (province.isPresent()) {
			bySource.forEach((kind, list) -> {
				BigDecimal amount = funds(list);
				sources.add(new FundsArrived.FundsSource(kind, list.size(), amount, share(amount, total)));
			});
		}
		long withFunds = ytd.stream().filter((p) -> p.fundsArrivedWan() != null).count();
		return new FundsArrived(total, ytd.size(), withFunds, province.isPresent(), List.copyOf(sources));
	}

	private FundsSourceKind source(ProjectRecord p, Optional<Region> province, Optional<Region> city) {
		RegionCatalog catalog = this.rows.regions();
		Region origin = (p.investorOriginCode() != null) ? catalog.byCode(p.investorOriginCode()).orElse(null)
				: null;
		if (origin == null || province.isEmpty()) {
			return FundsSourceKind.UNKNOWN;
		}
		if (origin.level() == RegionLevel.FOREIGN) {
			return FundsSourceKind.OUTSIDE_PROVINCE;
		}
		Optional<Region> originProvince = catalog.ancestorAt(origin, RegionLevel.PROVINCE);
		if (originProvince.isEmpty()) {
			return FundsSourceKind.UNKNOWN; // a region group may straddle the province line
		}
		if (!originProvince.get().equals(province.get())) {
			return FundsSourceKind.OUTSIDE_PROVINCE;
		}
		if (city.isEmpty()) {
			return FundsSourceKind.WITHIN_PROVINCE;
		}
		Optional<Region> originCity = catalog.ancestorAt(origin, RegionLevel.CITY);
		if (originCity.isEmpty()) {
			return FundsSourceKind.UNKNOWN; // only the province is named: inside or outside the city is unknown
		}
		return originCity.get().equals(city.get()) ? FundsSourceKind.WITHIN_CITY
				: FundsSourceKind.OUTSIDE_CITY_IN_PROVINCE;
	}

}
