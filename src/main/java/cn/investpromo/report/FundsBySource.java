package cn.investpromo.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import cn.investpromo.region.Region;
import cn.investpromo.region.RegionCatalog;
import cn.investpromo.region.RegionLevel;
import cn.investpromo.store.ReportQueries.ProjectColumn;
import cn.investpromo.store.ReportQueries.ProjectGroup;

/**
 * 到位资金 of the projects signed January to the period's end, by their investors' origin
 * (definitions in {@link FundsArrived}).
 */
final class FundsBySource {

	private final ReportData data;

	FundsBySource(ReportData data) {
		this.data = data;
	}

	FundsArrived fundsArrived() {
		Period period = this.data.period();
		List<ProjectGroup> ytd = this.data.queries()
			.projectGroups(this.data.regionScope(), period.last().withMonth(1).atDay(1), period.to(),
					List.of(ProjectColumn.ORIGIN));
		RegionCatalog catalog = this.data.regions();
		Optional<Region> province = catalog.ancestorAt(this.data.scope(), RegionLevel.PROVINCE);
		Optional<Region> city = catalog.ancestorAt(this.data.scope(), RegionLevel.CITY);
		Map<FundsSourceKind, long[]> projects = new EnumMap<>(FundsSourceKind.class);
		Map<FundsSourceKind, BigDecimal> funds = new EnumMap<>(FundsSourceKind.class);
		BigDecimal total = BigDecimal.ZERO;
		long all = 0;
		long withFunds = 0;
		for (ProjectGroup g : ytd) {
			FundsSourceKind kind = source(g.key(0), province, city);
			long[] counts = projects.computeIfAbsent(kind, (k) -> new long[2]);
			counts[0] += g.projects();
			counts[1] += g.withFunds();
			funds.merge(kind, g.fundsWan(), BigDecimal::add);
			total = total.add(g.fundsWan());
			all += g.projects();
			withFunds += g.withFunds();
		}
		List<FundsArrived.FundsSource> sources = new ArrayList<>();
		if (province.isPresent()) {
			for (FundsSourceKind kind : projects.keySet()) {
				// merged with projects
				long[] counts = projects.get(kind);
				// where none of the source's projects reports funds, its funds are
				// unknown
				BigDecimal amount = Sums.reported(Objects.requireNonNull(funds.get(kind)), counts[1], counts[0]);
				sources.add(new FundsArrived.FundsSource(kind, counts[0], counts[1], amount,
						Sums.knownShare(amount, total)));
			}
		}
		return new FundsArrived(total, all, withFunds, province.isPresent(), List.copyOf(sources));
	}

	private FundsSourceKind source(@Nullable String originCode, Optional<Region> province, Optional<Region> city) {
		RegionCatalog catalog = this.data.regions();
		Region origin = (originCode != null) ? catalog.byCode(originCode).orElse(null) : null;
		if (origin == null || province.isEmpty()) {
			return FundsSourceKind.UNKNOWN;
		}
		if (origin.level() == RegionLevel.FOREIGN) {
			return FundsSourceKind.OUTSIDE_PROVINCE;
		}
		Optional<Region> originProvince = catalog.ancestorAt(origin, RegionLevel.PROVINCE);
		if (originProvince.isEmpty()) {
			return FundsSourceKind.UNKNOWN; // a region group may straddle the province
											// line
		}
		if (!originProvince.get().equals(province.get())) {
			return FundsSourceKind.OUTSIDE_PROVINCE;
		}
		if (city.isEmpty()) {
			return FundsSourceKind.WITHIN_PROVINCE;
		}
		Optional<Region> originCity = catalog.ancestorAt(origin, RegionLevel.CITY);
		if (originCity.isEmpty()) {
			return FundsSourceKind.UNKNOWN; // only the province is named: inside or
											// outside the city is unknown
		}
		return originCity.get().equals(city.get()) ? FundsSourceKind.WITHIN_CITY
				: FundsSourceKind.OUTSIDE_CITY_IN_PROVINCE;
	}

}
