package cn.investpromo.store;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import cn.investpromo.quality.LedgerKind;
import cn.investpromo.quality.Reject;
import cn.investpromo.quality.SheetQuality;
import cn.investpromo.target.AnnualTarget;
import cn.investpromo.target.TargetIndicator;

/**
 * The data-quality and target queries of {@link ReportQueries}: sheets, rejects, targets,
 * regions with data.
 */
final class QualityQueries {

	private final NamedParameterJdbcTemplate jdbc;

	QualityQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	List<String> regionCodesWithData() {
		return this.jdbc.queryForList("SELECT DISTINCT region_code FROM ledger_file_region",
				new MapSqlParameterSource(), String.class);
	}

	List<AnnualTarget> targets(List<String> regionCodes, int year) {
		if (regionCodes.isEmpty()) {
			return List.of();
		}
		List<AnnualTarget> targets = new ArrayList<>();
		this.jdbc.query("""
				SELECT region_code, indicator, target_value FROM annual_target
				WHERE region_code IN (:regions) AND target_year = :year
				ORDER BY region_code, indicator""",
				new MapSqlParameterSource("regions", regionCodes).addValue("year", year), (RowCallbackHandler) (rs) -> {
					String indicator = rs.getString(2);
					for (TargetIndicator known : TargetIndicator.values()) {
						if (known.name().equals(indicator)) {
							targets.add(new AnnualTarget(rs.getString(1), year, known, rs.getBigDecimal(3)));
						}
					}
				});
		return List.copyOf(targets);
	}

	List<SheetQuality> sheets(@Nullable RegionScope scope) {
		MapSqlParameterSource params = new MapSqlParameterSource("unreadable", LedgerKind.UNREADABLE.code());
		String sql = "SELECT file_name, sheet_name, kind, rows_read, rows_accepted, rows_rejected, summary_rows "
				+ "FROM ledger_sheet " + Sql.filesOf(scope, params, "kind = :unreadable OR ")
				+ "ORDER BY file_name, sheet_name";
		return this.jdbc.query(sql, params, (rs, i) -> new SheetQuality(rs.getString(1), rs.getString(2),
				rs.getString(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7)));
	}

	List<String> unreadableFiles() {
		return this.jdbc.queryForList(
				"SELECT file_name || ': ' || message FROM ledger_sheet WHERE kind = :unreadable ORDER BY file_name",
				new MapSqlParameterSource("unreadable", LedgerKind.UNREADABLE.code()), String.class);
	}

	Rows<Reject> rejects(@Nullable RegionScope scope, boolean english) {
		String reason = english ? "COALESCE(reason_en, reason)" : "reason";
		MapSqlParameterSource params = new MapSqlParameterSource();
		String from = " FROM ledger_reject " + Sql.filesOf(scope, params, "");
		return Sql.rows(this.jdbc, "SELECT COUNT(*)" + from,
				"SELECT file_name, sheet_name, row_number, column_name, cell_value, " + reason + from
						+ "ORDER BY file_name, sheet_name, row_number",
				params, (rs, i) -> new Reject(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
						nonNull(rs.getString(5)), rs.getString(6)));
	}

	private static String nonNull(@Nullable String text) {
		return (text != null) ? text : "";
	}

}
