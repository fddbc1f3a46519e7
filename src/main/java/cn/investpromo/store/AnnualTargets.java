package cn.investpromo.store;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import cn.investpromo.target.TargetRow;

/**
 * Writes a file's targets to {@code annual_target} for {@link ReferenceStore}, leaving
 * unchanged rows untouched.
 */
final class AnnualTargets {

	private final JdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate named;

	AnnualTargets(JdbcTemplate jdbc, NamedParameterJdbcTemplate named) {
		this.jdbc = jdbc;
		this.named = named;
	}

	/** See {@link ReferenceStore#replaceTargets}. */
	void replace(String file, List<TargetRow> targets) {
		Timestamp now = Timestamp.valueOf(LocalDateTime.now());
		List<String> kept = new ArrayList<>();
		for (TargetRow t : targets) {
			kept.add(t.regionCode() + "|" + t.year() + "|" + t.indicator());
			MapSqlParameterSource row = new MapSqlParameterSource("region_code", t.regionCode())
				.addValue("target_year", t.year())
				.addValue("indicator", t.indicator())
				.addValue("target_value", t.value())
				.addValue("source_file", t.source().file())
				.addValue("source_sheet", t.source().sheet())
				.addValue("source_row", t.source().row())
				.addValue("updated_at", now);
			int updated = this.named.update("""
					UPDATE annual_target SET target_value = :target_value, source_file = :source_file,
					  source_sheet = :source_sheet, source_row = :source_row, updated_at = :updated_at
					WHERE region_code = :region_code AND target_year = :target_year AND indicator = :indicator
					  AND (target_value <> CAST(:target_value AS DECIMAL(24,6))
					    OR source_file <> CAST(:source_file AS VARCHAR(1000))
					    OR source_sheet <> CAST(:source_sheet AS VARCHAR(200))
					    OR source_row <> CAST(:source_row AS INTEGER))""", row);
			if (updated == 0 && count("""
					SELECT COUNT(*) FROM annual_target WHERE region_code = ? AND target_year = ? AND indicator = ?""",
					t.regionCode(), t.year(), t.indicator()) == 0) {
				this.named.update("""
						INSERT INTO annual_target (region_code, target_year, indicator, target_value, source_file,
						  source_sheet, source_row, updated_at)
						VALUES (:region_code, :target_year, :indicator, :target_value, :source_file, :source_sheet,
						  :source_row, :updated_at)""", row);
			}
		}
		List<Object[]> stale = this.jdbc.query(
				"SELECT region_code, target_year, indicator FROM annual_target WHERE source_file = ?",
				(rs, i) -> new Object[] { rs.getString(1), rs.getInt(2), rs.getString(3) }, file);
		for (Object[] key : stale) {
			if (!kept.contains(key[0] + "|" + key[1] + "|" + key[2])) {
				this.jdbc.update(
						"DELETE FROM annual_target WHERE region_code = ? AND target_year = ? AND indicator = ?", key);
			}
		}
	}

	private long count(String sql, Object... args) {
		Long count = this.jdbc.queryForObject(sql, Long.class, args);
		return (count != null) ? count : 0;
	}

}
