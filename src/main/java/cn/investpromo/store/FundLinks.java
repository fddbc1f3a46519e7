package cn.investpromo.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import cn.investpromo.funds.FundSource;
import cn.investpromo.region.RegionCatalog;

/**
 * Links every stored arrival to its signed project and settles its landing region, its
 * effective source and its amount in 万美元 (SPEC §2.7), in set-based SQL over all arrivals,
 * after every import: so a projects ledger imported after the funds ledger still links,
 * and a corrected project re-derives its arrivals' source.
 */
@Repository
public class FundLinks {

	/**
	 * The project an arrival names: by id (a project with an id is keyed {@code ID|} and
	 * its id, as the arrival's reference is), else the one project of its name in the
	 * row's region or below it (in any region when the row names none).
	 */
	private static final String LINK = """
			UPDATE fund_arrival SET project_key = COALESCE(
			  (SELECT p.project_key FROM signed_project p WHERE p.project_key = fund_arrival.project_ref_key),
			  (SELECT MIN(p.project_key) FROM signed_project p
			   WHERE p.name_key = fund_arrival.name_key
			     AND (fund_arrival.row_region_code IS NULL OR p.region_code = fund_arrival.row_region_code
			       OR p.region_code IN (SELECT below.region_code FROM region_path below, region_path landing
			         WHERE landing.region_code = fund_arrival.row_region_code AND landing.path <> ''
			           AND below.path LIKE landing.path || '%'))
			   HAVING COUNT(*) = 1))""";

	private final NamedParameterJdbcTemplate jdbc;

	private final RegionPaths regionPaths;

	public FundLinks(NamedParameterJdbcTemplate jdbc, RegionPaths regionPaths) {
		this.jdbc = jdbc;
		this.regionPaths = regionPaths;
	}

	/** Links, places and derives every arrival; a no-op without arrivals. */
	public void relink(RegionCatalog regions) {
		Long arrivals = this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM (SELECT 1 FROM fund_arrival FETCH FIRST 1 ROWS ONLY) t", Map.of(), Long.class);
		if (arrivals == null || arrivals == 0) {
			return;
		}
		this.regionPaths.register(this.jdbc.queryForList(
				"SELECT DISTINCT row_region_code FROM fund_arrival WHERE row_region_code IS NOT NULL", Map.of(),
				String.class));
		this.regionPaths.place(regions);
		this.jdbc.update(LINK, Map.of());
		this.jdbc.update("""
				UPDATE fund_arrival SET region_code = COALESCE(row_region_code,
				  (SELECT p.region_code FROM signed_project p WHERE p.project_key = fund_arrival.project_key),
				  default_region_code)""", Map.of());
		this.jdbc.update("UPDATE fund_arrival SET source = COALESCE(written_source, :unknown)",
				Map.of("unknown", FundSource.UNKNOWN.name()));
		derive(new ArrivalSources(regions));
		this.jdbc.update("""
				UPDATE fund_arrival SET usd_wan = CASE WHEN source = :foreign THEN usd_equivalent_wan END""",
				Map.of("foreign", FundSource.FOREIGN.name()));
		this.jdbc.update("""
				INSERT INTO ledger_file_region (file_name, region_code)
				SELECT DISTINCT a.source_file, a.region_code FROM fund_arrival a
				WHERE a.region_code IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ledger_file_region r
				  WHERE r.file_name = a.source_file AND r.region_code = a.region_code)""", Map.of());
	}

	/**
	 * The blank sources of linked arrivals, derived once per (landing region, investor
	 * origin, 投资方国别) and set for all of its arrivals at once.
	 */
	private void derive(ArrivalSources sources) {
		List<MapSqlParameterSource> updates = new ArrayList<>();
		this.jdbc.query("""
				SELECT DISTINCT a.region_code, COALESCE(p.investor_origin_code, ''), %s
				FROM fund_arrival a JOIN signed_project p ON p.project_key = a.project_key
				WHERE a.written_source IS NULL AND a.region_code IS NOT NULL""".formatted(country("p.")), Map.of(),
				(rs) -> {
					FundSource source = sources.of(rs.getString(1), rs.getString(2), rs.getString(3));
					if (source != FundSource.UNKNOWN) {
						updates.add(
								new MapSqlParameterSource("region", rs.getString(1)).addValue("origin", rs.getString(2))
									.addValue("country", rs.getString(3))
									.addValue("source", source.name()));
					}
				});
		if (!updates.isEmpty()) {
			this.jdbc.batchUpdate("""
					UPDATE fund_arrival SET source = :source
					WHERE written_source IS NULL AND region_code = :region AND project_key IN (
					  SELECT p.project_key FROM signed_project p
					  WHERE COALESCE(p.investor_origin_code, '') = :origin AND %s = :country)"""
				.formatted(country("p.")), updates.toArray(MapSqlParameterSource[]::new));
		}
	}

	/**
	 * The project's normalised 投资方国别 (V17, issue 21's contract 1) as SQL, '' when none.
	 */
	private static String country(String alias) {
		return "COALESCE(" + alias + "investor_country, '')";
	}

}
