package cn.investpromo.store;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import cn.investpromo.enterprise.InvestorTag;

/**
 * The investor tags of a scope's projects (SPEC §3.3), computed where the data lives: a
 * project's tags are those of its 企业标签 column and those its investor has, by name or
 * alias, in the enterprise sheet's latest list of each tag up to the year it was signed,
 * a list that no longer names it ending the tag.
 */
public final class TagQueries {

	/** The sums of one group of projects, as {@code ProjectSums} adds them. */
	private static final String SUMS = """
			EXTRACT(YEAR FROM signed_date) AS y, EXTRACT(MONTH FROM signed_date) AS m, COUNT(*) AS n,
			  COALESCE(SUM(amount_wan), 0) AS amount, COUNT(amount_wan) AS with_amount,
			  SUM(CASE WHEN amount_wan IS NULL AND agreement_type <> 'INVESTMENT' THEN 1 ELSE 0 END) AS unagreed""";

	private final NamedParameterJdbcTemplate jdbc;

	TagQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Projects of one tag (or of several counted once) signed in one calendar month.
	 *
	 * @param tag the tag; null for projects counted once over several tags
	 * @param amountWan agreed investment, projects without an amount counting zero
	 * @param withAmount projects with an amount
	 * @param unagreed projects without an amount whose agreement type sets none
	 */
	public record TagMonth(@Nullable String tag, YearMonth month, long projects, BigDecimal amountWan, long withAmount,
			long unagreed) {
	}

	/**
	 * A tagged project of the period with its tags, as stored.
	 *
	 * @param unagreed whether it has no amount because its agreement type sets none
	 */
	public record TaggedProject(String name, String investor, String regionCode, LocalDate signedDate,
			@Nullable BigDecimal amountWan, boolean unagreed, List<String> tags) {
	}

	/** Tagged projects of [from, to] by tag and month of signing. */
	public List<TagMonth> tagMonths(RegionScope scope, LocalDate from, LocalDate to) {
		MapSqlParameterSource params = Sql.range(from, to);
		String sql = """
				SELECT tag, %s FROM (%s) tagged
				GROUP BY tag, EXTRACT(YEAR FROM signed_date), EXTRACT(MONTH FROM signed_date)""".formatted(SUMS,
				tagged(scope, params));
		return this.jdbc.query(sql, params, (rs, i) -> month(rs.getString("tag"), rs));
	}

	/**
	 * Projects of [from, to] by month of signing that carry any of the tags, each project
	 * once however many of them it has (三个500强).
	 */
	public List<TagMonth> anyOfMonths(RegionScope scope, LocalDate from, LocalDate to, List<String> tags) {
		MapSqlParameterSource params = Sql.range(from, to).addValue("anyOf", tags);
		String sql = """
				SELECT %s FROM (SELECT DISTINCT project_key, signed_date, amount_wan, agreement_type FROM (%s) tagged
				  WHERE tag IN (:anyOf)) projects
				GROUP BY EXTRACT(YEAR FROM signed_date), EXTRACT(MONTH FROM signed_date)""".formatted(SUMS,
				tagged(scope, params));
		return this.jdbc.query(sql, params, (rs, i) -> month(null, rs));
	}

	/**
	 * The tagged projects of [from, to], largest agreed investment first (those without
	 * one last), each with its tags in the order of SPEC §3.3 and then the bureau's own.
	 */
	public List<TaggedProject> taggedProjects(RegionScope scope, LocalDate from, LocalDate to) {
		MapSqlParameterSource params = Sql.range(from, to);
		String sql = """
				SELECT p.project_key, p.name, p.investor, p.region_code, p.signed_date, p.amount_wan,
				  p.agreement_type, t.tag
				FROM signed_project p JOIN (%s) t ON t.project_key = p.project_key
				ORDER BY p.amount_wan DESC NULLS LAST, p.signed_date, p.project_key, t.tag"""
			.formatted(tagged(scope, params));
		Map<String, TaggedProject> projects = new LinkedHashMap<>();
		Map<String, Set<String>> tags = new LinkedHashMap<>();
		this.jdbc.query(sql, params, (rs) -> {
			String key = rs.getString("project_key");
			BigDecimal amount = rs.getBigDecimal("amount_wan");
			TaggedProject project = new TaggedProject(rs.getString("name"), rs.getString("investor"),
					rs.getString("region_code"), rs.getDate("signed_date").toLocalDate(), amount,
					amount == null && !"INVESTMENT".equals(rs.getString("agreement_type")), List.of());
			projects.putIfAbsent(key, project);
			tags.computeIfAbsent(key, (k) -> new LinkedHashSet<>()).add(rs.getString("tag"));
		});
		List<TaggedProject> listed = new ArrayList<>();
		projects.forEach((key, p) -> listed.add(new TaggedProject(p.name(), p.investor(), p.regionCode(),
				p.signedDate(), p.amountWan(), p.unagreed(), InvestorTag.sorted(tags.getOrDefault(key, Set.of())))));
		return listed;
	}

	private static TagMonth month(@Nullable String tag, ResultSet rs) throws SQLException {
		return new TagMonth(tag, YearMonth.of(rs.getInt("y"), rs.getInt("m")), rs.getLong("n"),
				rs.getBigDecimal("amount"), rs.getLong("with_amount"), rs.getLong("unagreed"));
	}

	/**
	 * (project, tag) of the scope's projects signed in [:from, :to]: the 企业标签 column's
	 * tags, matched whole within the stored list, and the enterprise sheet's, of the
	 * latest list of the tag up to the signing year that names the investor.
	 */
	private String tagged(RegionScope scope, MapSqlParameterSource params) {
		String inScope = "p.signed_date BETWEEN :from AND :to AND " + scope.predicate("p.region_code", params);
		String fromSheet = """
				SELECT p.project_key, p.signed_date, p.amount_wan, p.agreement_type, et.tag
				FROM signed_project p
				JOIN enterprise_name n ON n.name_key = p.investor_key
				JOIN enterprise_tag et ON et.enterprise_key = n.enterprise_key
				WHERE %s AND et.list_year = (SELECT MAX(l.list_year) FROM enterprise_tag l
				  WHERE l.tag = et.tag AND l.list_year <= EXTRACT(YEAR FROM p.signed_date))""".formatted(inScope);
		List<String> columnTags = columnTags();
		if (columnTags.isEmpty()) {
			return fromSheet;
		}
		List<String> values = new ArrayList<>();
		for (int i = 0; i < columnTags.size(); i++) {
			params.addValue("columnTag" + i, columnTags.get(i));
			values.add("(CAST(:columnTag" + i + " AS VARCHAR(200)))");
		}
		// a tag is matched whole: 、tag、 within 、list、
		return """
				SELECT p.project_key, p.signed_date, p.amount_wan, p.agreement_type, c.tag
				FROM signed_project p JOIN (VALUES %s) AS c (tag)
				  ON POSITION('、' || c.tag || '、' IN '、' || p.investor_tags || '、') > 0
				WHERE p.investor_tags IS NOT NULL AND %s
				UNION
				%s""".formatted(String.join(", ", values), inScope, fromSheet);
	}

	/** Every tag the 企业标签 column gives any project, each once. */
	private List<String> columnTags() {
		Set<String> tags = new LinkedHashSet<>();
		this.jdbc.getJdbcTemplate()
			.query("SELECT DISTINCT investor_tags FROM signed_project WHERE investor_tags IS NOT NULL", (rs) -> {
				for (String tag : rs.getString(1).split(InvestorTag.SEPARATOR)) {
					if (!tag.isEmpty()) {
						tags.add(tag);
					}
				}
			});
		return List.copyOf(tags);
	}

}
