package cn.investpromo.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import cn.investpromo.project.ProjectStatus;
import cn.investpromo.project.SignedProject;
import cn.investpromo.store.ReportQueries.ProjectAtEnd;

/**
 * The project lists of {@link ReportQueries}: the period's projects, the large ones,
 * possible duplicates.
 */
final class ProjectLists {

	private final NamedParameterJdbcTemplate jdbc;

	ProjectLists(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Rows<ProjectAtEnd> largeProjects(RegionScope scope, LocalDate from, LocalDate to, BigDecimal leastWan) {
		MapSqlParameterSource params = Sql.range(from, to).addValue("least", leastWan);
		String where = " FROM signed_project WHERE signed_date BETWEEN :from AND :to AND amount_wan >= :least AND "
				+ scope.predicate("region_code", params);
		return Sql.rows(this.jdbc, "SELECT COUNT(*)" + where,
				"SELECT signed_project.*, " + Sql.statusAtEnd("") + " AS status_at" + where
						+ " ORDER BY amount_wan DESC, signed_date, project_key",
				params, (rs, i) -> new ProjectAtEnd(ProjectColumns.TABLE.row(rs, i),
						ProjectStatus.valueOf(rs.getString("status_at"))));
	}

	List<ProjectAtEnd> largestProjects(RegionScope scope, LocalDate from, LocalDate to, int limit) {
		MapSqlParameterSource params = Sql.range(from, to);
		String where = "signed_date BETWEEN :from AND :to AND amount_wan > 0 AND "
				+ scope.predicate("region_code", params);
		params.addValue("skip", limit - 1);
		List<BigDecimal> last = this.jdbc.queryForList(
				"SELECT amount_wan FROM signed_project WHERE " + where
						+ " ORDER BY amount_wan DESC OFFSET :skip ROWS FETCH NEXT 1 ROWS ONLY",
				params, BigDecimal.class);
		if (!last.isEmpty()) {
			params.addValue("least", last.get(0));
			where += " AND amount_wan >= :least";
		}
		return this.jdbc.query(
				"SELECT signed_project.*, " + Sql.statusAtEnd("") + " AS status_at FROM signed_project WHERE " + where,
				params, (rs, i) -> new ProjectAtEnd(ProjectColumns.TABLE.row(rs, i),
						ProjectStatus.valueOf(rs.getString("status_at"))));
	}

	Rows<SignedProject> projects(RegionScope scope, LocalDate from, LocalDate to) {
		MapSqlParameterSource params = Sql.range(from, to);
		String where = " FROM signed_project WHERE signed_date BETWEEN :from AND :to AND "
				+ scope.predicate("region_code", params);
		return Sql.rows(this.jdbc, "SELECT COUNT(*)" + where,
				"SELECT *" + where + " ORDER BY amount_wan DESC NULLS LAST, signed_date, project_key", params,
				ProjectColumns.TABLE::row);
	}

	List<SignedProject> possibleDuplicates(RegionScope scope, LocalDate from, LocalDate to, int days) {
		MapSqlParameterSource params = Sql.range(from, to);
		String sql = """
				SELECT a.* FROM signed_project a
				WHERE a.signed_date BETWEEN :from AND :to AND %s AND EXISTS (
				  SELECT 1 FROM signed_project b
				  WHERE b.investor_key = a.investor_key AND b.region_code = a.region_code
				    AND b.project_key <> a.project_key AND b.signed_date BETWEEN :from AND :to
				    AND b.signed_date BETWEEN a.signed_date - INTERVAL '%2$d' DAY AND a.signed_date + INTERVAL '%2$d' DAY)
				ORDER BY a.signed_date, a.project_key"""
			.formatted(scope.predicate("a.region_code", params), days);
		return this.jdbc.query(sql, params, ProjectColumns.TABLE::row);
	}

	List<String> unmatchedIndustries(RegionScope scope, LocalDate from, LocalDate to, String otherCode) {
		MapSqlParameterSource params = Sql.range(from, to).addValue("other", otherCode);
		String sql = """
				SELECT industry_text, MIN(signed_date) AS first_day FROM signed_project
				WHERE industry_code = :other AND signed_date BETWEEN :from AND :to AND %s
				GROUP BY industry_text ORDER BY first_day, industry_text"""
			.formatted(scope.predicate("region_code", params));
		return this.jdbc.query(sql, params, (rs, i) -> rs.getString(1));
	}

}
