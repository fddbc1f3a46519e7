package cn.investpromo.job;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import cn.investpromo.region.Region;
import cn.investpromo.region.RegionCatalog;
import cn.investpromo.region.RegionLevel;
import cn.investpromo.report.Period;

/**
 * The units below a scope that have figures in a period: a project signed, an event held,
 * or a project started or put into production in it, in the unit or below it. Read from
 * the stored paths of the regions the rows name ({@code region_path}, placed first), a
 * few rows, not from the ledger rows themselves.
 */
@Component
class UnitsWithFigures {

	private static final String PATHS = """
			SELECT path FROM region_path WHERE path <> '' AND region_code IN (
			  SELECT region_code FROM signed_project WHERE signed_date BETWEEN :from AND :to
			  UNION SELECT host_region_code FROM promo_event WHERE start_date BETWEEN :from AND :to
			  UNION SELECT region_code FROM signed_project WHERE construction_date BETWEEN :from AND :to
			  UNION SELECT region_code FROM signed_project WHERE production_date BETWEEN :from AND :to)""";

	private final NamedParameterJdbcTemplate jdbc;

	UnitsWithFigures(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The scope's units with figures in the period, by code: its children, or with a
	 * level every unit down to it.
	 */
	List<Region> below(Region scope, Period period, EachLevel level, RegionCatalog regions) {
		List<String> paths = this.jdbc.queryForList(PATHS,
				new MapSqlParameterSource("from", period.from()).addValue("to", period.to()), String.class);
		TreeSet<String> codes = new TreeSet<>();
		for (String path : paths) {
			List<String> chain = Arrays.stream(path.split("/")).filter((code) -> !code.isEmpty()).toList();
			int at = chain.indexOf(scope.code());
			if (at < 0) {
				continue;
			}
			for (int i = at + 1; i < chain.size(); i++) {
				if (level == EachLevel.CHILDREN ? i == at + 1 : level.includes(depth(chain.get(i), regions))) {
					codes.add(chain.get(i));
				}
			}
		}
		List<Region> units = new ArrayList<>();
		codes.forEach((code) -> regions.byCode(code).ifPresent(units::add));
		return units;
	}

	/** The unit's depth: its level's, a zone one below its parent's. */
	private static int depth(String code, RegionCatalog regions) {
		Optional<Region> region = regions.byCode(code);
		if (region.isEmpty()) {
			return Integer.MAX_VALUE;
		}
		if (region.get().level() == RegionLevel.ZONE) {
			return regions.parent(region.get())
				.map((parent) -> depth(parent.code(), regions) + 1)
				.orElse(Integer.MAX_VALUE);
		}
		int depth = EachLevel.depth(region.get().level());
		return (depth == 0) ? Integer.MAX_VALUE : depth;
	}

}
