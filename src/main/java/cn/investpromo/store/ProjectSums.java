package cn.investpromo.store;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import cn.investpromo.store.ReportQueries.ProjectColumn;
import cn.investpromo.store.ReportQueries.ProjectGroup;
import cn.investpromo.store.ReportQueries.ProjectMonth;
import cn.investpromo.store.ReportQueries.RegionCount;

/**
 * The project sums of {@link ReportQueries}: by month, by columns, by status and by
 * landing.
 */
final class ProjectSums {

	private final NamedParameterJdbcTemplate jdbc;

	ProjectSums(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	List<ProjectMonth> projectMonths(RegionScope scope, LocalDate from, LocalDate to, List<BigDecimal> thresholdsWan) {
		MapSqlParameterSource params = Sql.range(from, to);
		StringBuilder bands = new StringBuilder();
		for (int i = 0; i < thresholdsWan.size(); i++) {
			params.addValue("atLeast" + i, thresholdsWan.get(i));
			bands.append(", SUM(CASE WHEN amount_wan >= :atLeast")
				.append(i)
				.append(" THEN 1 ELSE 0 END) AS band")
				.append(i);
		}
		String sql = """
				SELECT EXTRACT(YEAR FROM signed_date) AS y, EXTRACT(MONTH FROM signed_date) AS m, COUNT(*) AS n,
				  COALESCE(SUM(amount_wan), 0) AS amount, COUNT(amount_wan) AS with_amount,
				  SUM(CASE WHEN amount_wan IS NULL AND agreement_type <> 'INVESTMENT' THEN 1 ELSE 0 END) AS unagreed%s
				FROM signed_project
				WHERE signed_date BETWEEN :from AND :to AND %s
				GROUP BY EXTRACT(YEAR FROM signed_date), EXTRACT(MONTH FROM signed_date)""".formatted(bands,
				scope.predicate("region_code", params));
		return this.jdbc.query(sql, params, (rs, i) -> {
			List<Long> atLeast = new ArrayList<>();
			for (int b = 0; b < thresholdsWan.size(); b++) {
				atLeast.add(rs.getLong("band" + b));
			}
			return new ProjectMonth(YearMonth.of(rs.getInt("y"), rs.getInt("m")), rs.getLong("n"),
					rs.getBigDecimal("amount"), rs.getLong("with_amount"), rs.getLong("unagreed"),
					List.copyOf(atLeast));
		});
	}

	List<ProjectGroup> projectGroups(RegionScope scope, LocalDate from, LocalDate to, List<ProjectColumn> by) {
		MapSqlParameterSource params = Sql.range(from, to);
		String columns = by.stream().map((c) -> c.column()).collect(Collectors.joining(", "));
		String sql = """
				SELECT %1$s, COUNT(*) AS n, COALESCE(SUM(amount_wan), 0) AS amount, COUNT(amount_wan) AS with_amount,
				  COALESCE(SUM(funds_arrived_wan), 0) AS funds, COUNT(funds_arrived_wan) AS with_funds
				FROM signed_project
				WHERE signed_date BETWEEN :from AND :to AND %2$s
				GROUP BY %1$s ORDER BY %1$s""".formatted(columns, scope.predicate("region_code", params));
		return this.jdbc.query(sql, params, (rs, i) -> {
			List<@Nullable String> keys = new ArrayList<>();
			for (int c = 1; c <= by.size(); c++) {
				keys.add(rs.getString(c));
			}
			return new ProjectGroup(keys, rs.getLong("n"), rs.getBigDecimal("amount"), rs.getLong("with_amount"),
					rs.getBigDecimal("funds"), rs.getLong("with_funds"));
		});
	}

	List<RegionCount> statusAt(RegionScope scope, LocalDate from, LocalDate end) {
		MapSqlParameterSource params = Sql.range(from, end);
		// grouped outside: a parameter in a GROUP BY expression is not the same
		// expression to HSQLDB
		String sql = """
				SELECT region_code, status_at, COUNT(*) AS n FROM (
				  SELECT region_code, %1$s AS status_at FROM signed_project
				  WHERE signed_date BETWEEN :from AND :to AND %2$s) statuses
				GROUP BY region_code, status_at""".formatted(Sql.statusAtEnd(""),
				scope.predicate("region_code", params));
		return this.jdbc.query(sql, params,
				(rs, i) -> new RegionCount(rs.getString(1), rs.getString(2), rs.getLong(3)));
	}

	List<RegionCount> landedIn(RegionScope scope, LocalDate from, LocalDate to) {
		List<RegionCount> counts = new ArrayList<>();
		counts.addAll(landed(scope, from, to, "construction_date", "UNDER_CONSTRUCTION"));
		counts.addAll(landed(scope, from, to, "production_date", "IN_PRODUCTION"));
		return counts;
	}

	List<RegionCount> landedIn(RegionScope scope, LocalDate from, LocalDate to, LocalDate signedBefore) {
		List<RegionCount> counts = new ArrayList<>();
		counts.addAll(landed(scope, from, to, "construction_date", "UNDER_CONSTRUCTION", signedBefore));
		counts.addAll(landed(scope, from, to, "production_date", "IN_PRODUCTION", signedBefore));
		return counts;
	}

	private List<RegionCount> landed(RegionScope scope, LocalDate from, LocalDate to, String column, String kind) {
		return landed(scope, from, to, column, kind, null);
	}

	private List<RegionCount> landed(RegionScope scope, LocalDate from, LocalDate to, String column, String kind,
			@Nullable LocalDate signedBefore) {
		MapSqlParameterSource params = Sql.range(from, to);
		String before = "";
		if (signedBefore != null) {
			params.addValue("signedBefore", Date.valueOf(signedBefore));
			before = " AND signed_date < :signedBefore";
		}
		String sql = """
				SELECT region_code, COUNT(*) AS n FROM signed_project
				WHERE %1$s BETWEEN :from AND :to AND status <> 'TERMINATED'%3$s AND %2$s
				GROUP BY region_code""".formatted(column, scope.predicate("region_code", params), before);
		return this.jdbc.query(sql, params, (rs, i) -> new RegionCount(rs.getString(1), kind, rs.getLong(2)));
	}

}
