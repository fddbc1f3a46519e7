package cn.investpromo.store;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import cn.investpromo.store.ReportQueries.RejectedCell;

/**
 * The coverage queries of {@link ReportQueries}: from when a scope's ledgers cover it,
 * and the rejected rows a comparison may be missing (issue 22).
 */
final class CoverageQueries {

	private final NamedParameterJdbcTemplate jdbc;

	CoverageQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Nullable LocalDate firstRowDate(RegionScope scope) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		String events = scope.predicate("host_region_code", params);
		String sql = """
				SELECT MIN(d) FROM (
				  SELECT MIN(start_date) AS d FROM promo_event WHERE %s
				  UNION ALL SELECT MIN(signed_date) AS d FROM signed_project WHERE %s) firsts""".formatted(events,
				scope.predicate("region_code", params));
		Date first = this.jdbc.queryForObject(sql, params, Date.class);
		return (first != null) ? first.toLocalDate() : null;
	}

	List<RejectedCell> rejectedCells(@Nullable RegionScope scope, List<String> kinds) {
		MapSqlParameterSource params = new MapSqlParameterSource("kinds", kinds);
		String sql = """
				SELECT s.kind, r.column_name, r.cell_value, r.row_month FROM ledger_reject r
				JOIN ledger_sheet s ON s.file_name = r.file_name AND s.sheet_name = r.sheet_name
				WHERE s.kind IN (:kinds) AND r.file_name IN (SELECT file_name FROM ledger_sheet %s)"""
			.formatted(Sql.filesOf(scope, params, ""));
		return this.jdbc.query(sql, params,
				(rs, i) -> new RejectedCell(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
	}

}
