package cn.investpromo.store;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import cn.investpromo.enterprise.EnterpriseRow;
import cn.investpromo.industry.IndustryExtension;
import cn.investpromo.industry.IndustryKeywords;
import cn.investpromo.target.TargetRow;
import cn.investpromo.region.UserRegion;
import cn.investpromo.region.Region;
import cn.investpromo.region.RegionLevel;

/**
 * Stores the reference sheets of SPEC §2.3: user regions, industry keywords and annual
 * targets. Every write leaves an unchanged row untouched, so re-importing the same sheet
 * changes nothing, not even {@code updated_at}.
 */
@Repository
public class ReferenceStore {

	private final JdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate named;

	private final AnnualTargets targets;

	private final EnterpriseTags enterprises;

	public ReferenceStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.named = new NamedParameterJdbcTemplate(jdbc);
		this.targets = new AnnualTargets(jdbc, this.named);
		this.enterprises = new EnterpriseTags(jdbc);
	}

	/**
	 * The user regions as stored, in code order, and the members of user-defined groups
	 * by group code.
	 */
	public record UserRegions(List<Region> regions, Map<String, List<String>> members) {
	}

	public UserRegions userRegions() {
		Map<String, List<String>> members = new LinkedHashMap<>();
		List<Region> regions = this.jdbc.query("""
				SELECT code, name, region_level, parent_code, aliases, members FROM user_region ORDER BY code""",
				(rs, i) -> {
					String memberText = rs.getString("members");
					if (memberText != null && !memberText.isEmpty()) {
						members.put(rs.getString("code"), split(memberText));
					}
					return new Region(rs.getString("code"), rs.getString("name"),
							RegionLevel.valueOf(rs.getString("region_level")), rs.getString("parent_code"),
							split(rs.getString("aliases")));
				});
		return new UserRegions(regions, members);
	}

	/**
	 * Upserts user regions by code; a region that disappears from its sheet stays known
	 * (rows may use its code).
	 */
	public void saveUserRegions(List<UserRegion> regions) {
		Timestamp now = Timestamp.valueOf(LocalDateTime.now());
		for (UserRegion user : regions) {
			Region r = user.region();
			MapSqlParameterSource row = new MapSqlParameterSource("code", r.code()).addValue("name", r.name())
				.addValue("region_level", r.level().name())
				.addValue("parent_code", r.parentCode(), Types.VARCHAR)
				.addValue("aliases", String.join("|", r.aliases()))
				.addValue("members", String.join("|", user.memberCodes()))
				.addValue("source_file", user.source().file())
				.addValue("source_sheet", user.source().sheet())
				.addValue("source_row", user.source().row())
				.addValue("updated_at", now);
			int updated = this.named.update("""
					UPDATE user_region SET name = :name, region_level = :region_level, parent_code = :parent_code,
					  aliases = :aliases, members = :members, source_file = :source_file, source_sheet = :source_sheet,
					  source_row = :source_row, updated_at = :updated_at
					WHERE code = :code AND (name <> CAST(:name AS VARCHAR(200))
					  OR region_level <> CAST(:region_level AS VARCHAR(10))
					  OR parent_code IS DISTINCT FROM CAST(:parent_code AS VARCHAR(20))
					  OR aliases IS DISTINCT FROM CAST(:aliases AS VARCHAR(2000))
					  OR members IS DISTINCT FROM CAST(:members AS VARCHAR(4000))
					  OR source_file <> CAST(:source_file AS VARCHAR(1000))
					  OR source_sheet <> CAST(:source_sheet AS VARCHAR(200))
					  OR source_row <> CAST(:source_row AS INTEGER))""", row);
			if (updated == 0 && count("SELECT COUNT(*) FROM user_region WHERE code = ?", r.code()) == 0) {
				this.named.update("""
						INSERT INTO user_region (code, name, region_level, parent_code, aliases, members, source_file,
						  source_sheet, source_row, updated_at)
						VALUES (:code, :name, :region_level, :parent_code, :aliases, :members, :source_file,
						  :source_sheet, :source_row, :updated_at)""", row);
			}
		}
	}

	/**
	 * Industry keywords in the order they were defined: file, sheet, row; with 上级产业 where
	 * the row gave one.
	 */
	public List<IndustryExtension> industryKeywords() {
		return this.jdbc.query("""
				SELECT parent_industry, industry, keywords FROM industry_keyword
				ORDER BY source_file, source_sheet, source_row""",
				(rs, i) -> new IndustryExtension(rs.getString(1), rs.getString(2), split(rs.getString(3))));
	}

	/** Replaces the keywords a file defines (none when its industries sheet is gone). */
	public void replaceIndustryKeywords(String file, List<IndustryKeywords> rows) {
		this.jdbc.update("DELETE FROM industry_keyword WHERE source_file = ?", file);
		for (IndustryKeywords row : rows) {
			this.jdbc.update("""
					DELETE FROM industry_keyword WHERE source_file = ? AND source_sheet = ? AND source_row = ?""",
					row.source().file(), row.source().sheet(), row.source().row());
			this.jdbc.update("""
					INSERT INTO industry_keyword (source_file, source_sheet, source_row, industry, keywords,
					  parent_industry)
					VALUES (?, ?, ?, ?, ?, ?)""", row.source().file(), row.source().sheet(), row.source().row(),
					row.industry(), String.join("|", row.keywords()), row.parent());
		}
	}

	/**
	 * Stores a file's targets in {@code annual_target}: a changed target is updated, an
	 * unchanged one left alone, and a target the file defined before but no longer does
	 * is removed.
	 */
	public void replaceTargets(String file, List<TargetRow> targets) {
		this.targets.replace(file, targets);
	}

	/**
	 * Stores a file's enterprise sheets (SPEC §3.3) in place of what it defined before
	 * (none when its sheet is gone).
	 */
	public void replaceEnterprises(String file, List<EnterpriseRow> rows) {
		this.enterprises.replace(file, rows);
	}

	/**
	 * What the reading of ledgers depends on, as text for a fingerprint: user regions and
	 * keywords.
	 */
	public String contentsForFingerprint() {
		StringBuilder text = new StringBuilder();
		this.jdbc.query("""
				SELECT code, name, region_level, parent_code, aliases, members FROM user_region ORDER BY code""",
				(rs) -> {
					for (int i = 1; i <= 6; i++) {
						text.append(rs.getString(i)).append('\t');
					}
					text.append('\n');
				});
		industryKeywords().forEach((row) -> {
			text.append(row.industry()).append('\t').append(row.keywords());
			// a row without 上级产业 reads as before this column existed, so old fingerprints
			// still hold
			if (row.parent() != null) {
				text.append("\tparent ").append(row.parent());
			}
			text.append('\n');
		});
		return text.toString();
	}

	private long count(String sql, Object... args) {
		Long count = this.jdbc.queryForObject(sql, Long.class, args);
		return (count != null) ? count : 0;
	}

	private static List<String> split(String text) {
		return (text == null || text.isEmpty()) ? List.of() : Arrays.asList(text.split("\\|"));
	}

}
