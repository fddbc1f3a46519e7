package cn.investpromo.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import cn.investpromo.region.RegionCatalog;

/**
 * The stored path of every region code the ledger rows name ({@code region_path}), which
 * {@link RegionScope} ranges over: codes are registered as rows are written and placed
 * from the region catalogue before a report reads.
 */
@Repository
public class RegionPaths {

	private final NamedParameterJdbcTemplate jdbc;

	public RegionPaths(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Registers codes not stored yet, unplaced; a report places them. */
	void register(Collection<String> codes) {
		Set<String> wanted = new TreeSet<>(codes);
		if (wanted.isEmpty()) {
			return;
		}
		List<String> stored = this.jdbc.queryForList(
				"SELECT region_code FROM region_path WHERE region_code IN (:codes)", Map.of("codes", wanted),
				String.class);
		wanted.removeAll(stored);
		List<MapSqlParameterSource> rows = new ArrayList<>();
		wanted.forEach((code) -> rows.add(new MapSqlParameterSource("code", code)));
		this.jdbc.batchUpdate("INSERT INTO region_path (region_code, path) VALUES (:code, '')",
				rows.toArray(MapSqlParameterSource[]::new));
	}

	/**
	 * Sets every stored code's path from the catalogue, so that a zone a regions sheet
	 * moved is found under its new parent; a code the catalogue no longer knows is left
	 * out of every scope.
	 */
	public void place(RegionCatalog regions) {
		Map<String, String> stored = new HashMap<>();
		this.jdbc.query("SELECT region_code, path FROM region_path", (rs) -> {
			stored.put(rs.getString(1), rs.getString(2));
		});
		List<MapSqlParameterSource> changes = new ArrayList<>();
		stored.forEach((code, path) -> {
			String current = regions.byCode(code).map(regions::path).orElse("");
			if (!current.equals(path)) {
				changes.add(new MapSqlParameterSource("code", code).addValue("path", current));
			}
		});
		if (!changes.isEmpty()) {
			this.jdbc.batchUpdate("UPDATE region_path SET path = :path WHERE region_code = :code",
					changes.toArray(MapSqlParameterSource[]::new));
		}
	}

}
