package cn.investpromo.store;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import cn.investpromo.pipeline.PipelineProject;
import cn.investpromo.pipeline.PipelineStage;
import cn.investpromo.quality.Source;

/**
 * What a report reads of the pipeline (SPEC §2.8, §5.2) as of a period's end: the
 * projects of the scope first contacted by then (or without a first contact), by stage,
 * and the overdue and stale ones as rows read when printed.
 */
public final class PipelineQueries {

	/**
	 * A signed project that names the pipeline project {@code p}: by 项目编号, or by name and
	 * region (SPEC §2.8), signed within {@code :signedFrom}–{@code :signedTo}.
	 */
	private static final String SIGNED = """
			EXISTS (SELECT 1 FROM signed_project s WHERE s.signed_date BETWEEN :signedFrom AND :signedTo
			  AND ((p.project_id IS NOT NULL AND s.project_id = p.project_id)
			    OR (s.name_key = p.name_key AND s.region_code = p.region_code)))""";

	private static final String OPEN = "p.stage NOT IN ('SIGNED', 'DROPPED')";

	private static final String STAGE_ORDER = "CASE p.stage WHEN 'CONTACT' THEN 1 WHEN 'NEGOTIATING' THEN 2 "
			+ "WHEN 'ABOUT_TO_SIGN' THEN 3 WHEN 'SIGNED' THEN 4 ELSE 5 END";

	private final NamedParameterJdbcTemplate jdbc;

	PipelineQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Projects of one stage.
	 *
	 * @param expectedAmountWan 预计投资额 of those that give one
	 * @param withAmount projects that give one
	 */
	public record StageSum(PipelineStage stage, long projects, BigDecimal expectedAmountWan, long withAmount) {
	}

	/**
	 * A pipeline project as of a period's end.
	 *
	 * @param signed whether a signed project names it, signed by the period's end: it is
	 * no longer late, whatever its stage in the ledger still says
	 */
	public record PipelineAtEnd(PipelineProject project, boolean signed) {
	}

	/**
	 * The scope's pipeline as of {@code asOf}, by stage (stages without projects left
	 * out).
	 */
	public List<StageSum> byStage(RegionScope scope, LocalDate asOf) {
		MapSqlParameterSource params = params(asOf);
		return this.jdbc.query(
				"SELECT p.stage, COUNT(*), COALESCE(SUM(p.expected_amount_wan), 0), "
						+ "COUNT(p.expected_amount_wan) FROM pipeline_project p WHERE " + inPipeline(scope, params)
						+ " GROUP BY p.stage",
				params, (rs, i) -> new StageSum(PipelineStage.valueOf(rs.getString(1)), rs.getLong(2),
						rs.getBigDecimal(3), rs.getLong(4)));
	}

	/** Projects first contacted within {@code from}–{@code to} (新增线索). */
	public long newLeads(RegionScope scope, LocalDate from, LocalDate to) {
		MapSqlParameterSource params = Sql.range(from, to);
		Long n = this.jdbc.queryForObject("SELECT COUNT(*) FROM pipeline_project p WHERE p.first_contact "
				+ "BETWEEN :from AND :to AND " + scope.predicate("p.region_code", params), params, Long.class);
		return (n != null) ? n : 0;
	}

	/**
	 * Projects of the pipeline at {@code to} that a project signed within
	 * {@code from}–{@code to} names.
	 */
	public long converted(RegionScope scope, LocalDate from, LocalDate to) {
		MapSqlParameterSource params = params(to).addValue("signedFrom", Date.valueOf(from));
		Long n = this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM pipeline_project p WHERE " + inPipeline(scope, params) + " AND " + SIGNED, params,
				Long.class);
		return (n != null) ? n : 0;
	}

	/**
	 * Open projects whose 预计签约日期 lies before {@code asOf} and that no project signed by
	 * then names, the longest overdue first (the 督办 list).
	 */
	public Rows<PipelineAtEnd> overdue(RegionScope scope, LocalDate asOf) {
		MapSqlParameterSource params = params(asOf);
		String where = " FROM pipeline_project p WHERE " + inPipeline(scope, params) + " AND " + OPEN
				+ " AND p.expected_signing < :asOf AND NOT " + SIGNED;
		return rows(where, "p.expected_signing, p.name_key, p.project_key", params);
	}

	/**
	 * Open projects last followed up before {@code followedBefore} and not signed by
	 * {@code asOf}, the longest unfollowed first.
	 */
	public Rows<PipelineAtEnd> stale(RegionScope scope, LocalDate asOf, LocalDate followedBefore) {
		MapSqlParameterSource params = params(asOf).addValue("before", Date.valueOf(followedBefore));
		String where = " FROM pipeline_project p WHERE " + inPipeline(scope, params) + " AND " + OPEN
				+ " AND p.last_follow_up < :before AND NOT " + SIGNED;
		return rows(where, "p.last_follow_up, p.name_key, p.project_key", params);
	}

	/** Every project of the pipeline at {@code asOf}, by stage, then by 预计签约日期. */
	public Rows<PipelineAtEnd> projects(RegionScope scope, LocalDate asOf) {
		MapSqlParameterSource params = params(asOf);
		String where = " FROM pipeline_project p WHERE " + inPipeline(scope, params);
		return rows(where, STAGE_ORDER + ", p.expected_signing NULLS LAST, p.name_key, p.project_key", params);
	}

	private Rows<PipelineAtEnd> rows(String where, String order, MapSqlParameterSource params) {
		return Sql.rows(this.jdbc, "SELECT COUNT(*)" + where,
				"SELECT p.*, CASE WHEN " + SIGNED + " THEN 1 ELSE 0 END AS signed_by" + where + " ORDER BY " + order,
				params, (rs, i) -> new PipelineAtEnd(project(rs), rs.getInt("signed_by") == 1));
	}

	/**
	 * Parameters of a pipeline as of a day: signed projects count from the first day
	 * there is.
	 */
	private static MapSqlParameterSource params(LocalDate asOf) {
		return new MapSqlParameterSource("asOf", Date.valueOf(asOf)).addValue("signedTo", Date.valueOf(asOf))
			.addValue("signedFrom", Date.valueOf(LocalDate.of(1900, 1, 1)));
	}

	/** The scope's projects first contacted by {@code :asOf}, or never said when. */
	private static String inPipeline(RegionScope scope, MapSqlParameterSource params) {
		return "(p.first_contact IS NULL OR p.first_contact <= :asOf) AND " + scope.predicate("p.region_code", params);
	}

	private static PipelineProject project(ResultSet rs) throws SQLException {
		return new PipelineProject(rs.getString("project_key"), rs.getString("project_id"), rs.getString("name"),
				rs.getString("investor"), rs.getString("investor_origin"), rs.getString("region_code"),
				rs.getString("industry_code"), rs.getString("industry_text"), rs.getBigDecimal("expected_amount_wan"),
				rs.getString("currency"), PipelineStage.valueOf(rs.getString("stage")), date(rs, "first_contact"),
				date(rs, "expected_signing"), date(rs, "last_follow_up"), rs.getString("responsible_unit"),
				rs.getString("responsible"), rs.getString("notes"),
				new Source(rs.getString("source_file"), rs.getString("source_sheet"), rs.getInt("source_row")));
	}

	private static @Nullable LocalDate date(ResultSet rs, String column) throws SQLException {
		Date date = rs.getDate(column);
		return (date != null) ? date.toLocalDate() : null;
	}

}
