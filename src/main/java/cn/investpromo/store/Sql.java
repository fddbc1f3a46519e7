package cn.investpromo.store;

import java.sql.Date;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import cn.investpromo.project.ProjectStatus;

/**
 * SQL pieces the report queries share: a date range, a status at a date, streamed rows.
 */
final class Sql {

	private Sql() {
	}

	/**
	 * A project's status at {@code :to} (a {@link ProjectStatus} name) as SQL, its
	 * columns qualified by {@code alias} ({@code "p."}, or {@code ""}): terminated stays
	 * terminated; else a 投产日期 or 开工日期 on or before the end decides; dates given but all
	 * after it mean still signed; without dates the ledger's status.
	 */
	static String statusAtEnd(String alias) {
		return """
				CASE WHEN %1$sstatus = 'TERMINATED' THEN 'TERMINATED'
				  WHEN %1$sproduction_date <= :to THEN 'IN_PRODUCTION'
				  WHEN %1$sconstruction_date <= :to THEN 'UNDER_CONSTRUCTION'
				  WHEN %1$sproduction_date IS NOT NULL OR %1$sconstruction_date IS NOT NULL THEN 'SIGNED'
				  ELSE %1$sstatus END""".formatted(alias);
	}

	/**
	 * A WHERE clause selecting the files that hold rows of the scope (or {@code orElse}),
	 * nothing for {@code null} (全国).
	 */
	static String filesOf(@Nullable RegionScope scope, MapSqlParameterSource params, String orElse) {
		if (scope == null) {
			return "";
		}
		return "WHERE " + orElse + "file_name IN (SELECT file_name FROM ledger_file_region WHERE "
				+ scope.predicate("region_code", params) + ") ";
	}

	static MapSqlParameterSource range(LocalDate from, LocalDate to) {
		return new MapSqlParameterSource("from", Date.valueOf(from)).addValue("to", Date.valueOf(to));
	}

	/**
	 * The rows of {@code select}, counted now by {@code count} and read anew each time
	 * they are walked, the first n of them through FETCH FIRST (standard SQL, as HSQLDB
	 * and PostgreSQL both read it).
	 */
	static <T> Rows<T> rows(NamedParameterJdbcTemplate jdbc, String count, String select, MapSqlParameterSource params,
			RowMapper<T> mapper) {
		Long n = jdbc.queryForObject(count, params, Long.class);
		return Rows.read((n != null) ? n : 0, (limit, handler) -> {
			MapSqlParameterSource bound = new MapSqlParameterSource(params.getValues());
			String sql = select;
			if (limit >= 0) {
				sql += " FETCH FIRST :limit ROWS ONLY";
				bound.addValue("limit", limit);
			}
			LongResults.query(jdbc, sql, bound, (rs) -> handler.accept(mapper.mapRow(rs, 0)));
		});
	}

}
