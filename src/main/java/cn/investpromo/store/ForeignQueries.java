package cn.investpromo.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import cn.investpromo.project.SignedProject;

/**
 * The 外资 figures of a scope (SPEC §2.9, §5.2): 合同外资 and the foreign-invested projects of
 * its signings, and 实际使用外资, the 境外 arrivals of the funds ledger ({@code fund_arrival}
 * rows whose effective source is {@code FOREIGN}, in 万美元).
 */
public final class ForeignQueries {

	/**
	 * A project counts as foreign-invested with 合同外资 above zero or an investor outside
	 * the mainland.
	 */
	static final String FOREIGN = "(contracted_fdi_usd_wan > 0 OR (investor_country IS NOT NULL AND investor_country <> '中国'))";

	private final NamedParameterJdbcTemplate jdbc;

	ForeignQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One calendar month's 外资.
	 *
	 * @param foreignProjects foreign-invested projects signed in the month
	 * @param withContracted those of them that give a 合同外资
	 * @param contractedUsdWan their 合同外资, in 万美元
	 * @param actualUsdWan 境外 arrivals of the month, in 万美元
	 */
	public record ForeignMonth(YearMonth month, long foreignProjects, long withContracted, BigDecimal contractedUsdWan,
			BigDecimal actualUsdWan) {
	}

	/**
	 * One country's (or region's) 外资 of a date range.
	 *
	 * @param country the stored normal name; null for arrivals without a linked project
	 * or whose project names no country, and projects with 合同外资 but no country
	 * @param projects foreign-invested projects signed in the range
	 * @param contractedUsdWan their 合同外资
	 * @param actualUsdWan the range's 境外 arrivals of projects of this country, whenever
	 * they were signed
	 */
	public record CountryGroup(@Nullable String country, long projects, BigDecimal contractedUsdWan,
			BigDecimal actualUsdWan) {
	}

	/**
	 * Whether the scope has any foreign-invested project or any 境外 arrival, at any date:
	 * without either a report leaves its 外资 section out.
	 */
	public boolean any(RegionScope scope) {
		return exists("signed_project", FOREIGN, scope) || exists("fund_arrival", "source = 'FOREIGN'", scope);
	}

	private boolean exists(String table, String condition, RegionScope scope) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		String sql = "SELECT 1 FROM " + table + " WHERE " + condition + " AND " + scope.predicate("region_code", params)
				+ " FETCH FIRST 1 ROWS ONLY";
		return !this.jdbc.queryForList(sql, params).isEmpty();
	}

	/** The months of [from, to] with foreign-invested signings or 境外 arrivals. */
	public List<ForeignMonth> months(RegionScope scope, LocalDate from, LocalDate to) {
		MapSqlParameterSource params = Sql.range(from, to);
		Map<YearMonth, ForeignMonth> months = new TreeMap<>();
		String signed = """
				SELECT EXTRACT(YEAR FROM signed_date) AS y, EXTRACT(MONTH FROM signed_date) AS m, COUNT(*) AS n,
				  COUNT(contracted_fdi_usd_wan) AS with_contracted, COALESCE(SUM(contracted_fdi_usd_wan), 0) AS contracted
				FROM signed_project
				WHERE signed_date BETWEEN :from AND :to AND %s AND %s
				GROUP BY EXTRACT(YEAR FROM signed_date), EXTRACT(MONTH FROM signed_date)"""
			.formatted(FOREIGN, scope.predicate("region_code", params));
		this.jdbc.query(signed, params, (rs) -> {
			YearMonth month = YearMonth.of(rs.getInt("y"), rs.getInt("m"));
			months.put(month, new ForeignMonth(month, rs.getLong("n"), rs.getLong("with_contracted"),
					rs.getBigDecimal("contracted"), BigDecimal.ZERO));
		});
		String arrived = """
				SELECT EXTRACT(YEAR FROM arrival_date) AS y, EXTRACT(MONTH FROM arrival_date) AS m,
				  COALESCE(SUM(usd_wan), 0) AS usd
				FROM fund_arrival
				WHERE source = 'FOREIGN' AND arrival_date BETWEEN :from AND :to AND %s
				GROUP BY EXTRACT(YEAR FROM arrival_date), EXTRACT(MONTH FROM arrival_date)"""
			.formatted(scope.predicate("region_code", params));
		this.jdbc.query(arrived, params, (rs) -> {
			YearMonth month = YearMonth.of(rs.getInt("y"), rs.getInt("m"));
			ForeignMonth m = months.getOrDefault(month,
					new ForeignMonth(month, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO));
			months.put(month, new ForeignMonth(month, m.foreignProjects(), m.withContracted(), m.contractedUsdWan(),
					rs.getBigDecimal("usd")));
		});
		return List.copyOf(months.values());
	}

	/**
	 * The foreign-invested signings of [from, to] and the 境外 arrivals of [from, to] by
	 * country, the country of an arrival being its linked project's; largest first (合同外资
	 * and arrivals together), the unknown country last.
	 */
	public List<CountryGroup> byCountry(RegionScope scope, LocalDate from, LocalDate to) {
		MapSqlParameterSource params = Sql.range(from, to);
		Map<String, CountryGroup> rows = new TreeMap<>();
		String signed = """
				SELECT investor_country, COUNT(*) AS n, COALESCE(SUM(contracted_fdi_usd_wan), 0) AS contracted
				FROM signed_project
				WHERE signed_date BETWEEN :from AND :to AND %s AND %s
				GROUP BY investor_country""".formatted(FOREIGN, scope.predicate("region_code", params));
		this.jdbc.query(signed, params, (rs) -> {
			String country = rs.getString(1);
			rows.put(key(country),
					new CountryGroup(country, rs.getLong("n"), rs.getBigDecimal("contracted"), BigDecimal.ZERO));
		});
		String arrived = """
				SELECT p.investor_country, COALESCE(SUM(a.usd_wan), 0) AS usd
				FROM fund_arrival a LEFT JOIN signed_project p ON p.project_key = a.project_key
				WHERE a.source = 'FOREIGN' AND a.arrival_date BETWEEN :from AND :to AND %s
				GROUP BY p.investor_country""".formatted(scope.predicate("a.region_code", params));
		this.jdbc.query(arrived, params, (rs) -> {
			String country = rs.getString(1);
			CountryGroup g = rows.getOrDefault(key(country),
					new CountryGroup(country, 0, BigDecimal.ZERO, BigDecimal.ZERO));
			rows.put(key(country),
					new CountryGroup(country, g.projects(), g.contractedUsdWan(), rs.getBigDecimal("usd")));
		});
		List<CountryGroup> sorted = new ArrayList<>(rows.values());
		sorted.sort((a, b) -> {
			if ((a.country() == null) != (b.country() == null)) {
				return (a.country() == null) ? 1 : -1;
			}
			int bySize = b.contractedUsdWan()
				.add(b.actualUsdWan())
				.compareTo(a.contractedUsdWan().add(a.actualUsdWan()));
			return (bySize != 0) ? bySize : Long.compare(b.projects(), a.projects());
		});
		return List.copyOf(sorted);
	}

	/** 境外 arrivals of [from, to] by the region they landed in, in 万美元. */
	public Map<String, BigDecimal> actualByRegion(RegionScope scope, LocalDate from, LocalDate to) {
		MapSqlParameterSource params = Sql.range(from, to);
		String sql = """
				SELECT region_code, COALESCE(SUM(usd_wan), 0) FROM fund_arrival
				WHERE source = 'FOREIGN' AND arrival_date BETWEEN :from AND :to AND %s
				GROUP BY region_code""".formatted(scope.predicate("region_code", params));
		Map<String, BigDecimal> regions = new TreeMap<>();
		this.jdbc.query(sql, params, (rs) -> {
			regions.put(rs.getString(1), rs.getBigDecimal(2));
		});
		return regions;
	}

	/**
	 * The foreign-invested projects signed in [from, to], largest 合同外资 first: a short
	 * list (a county signs a few a month).
	 */
	public List<SignedProject> projects(RegionScope scope, LocalDate from, LocalDate to) {
		MapSqlParameterSource params = Sql.range(from, to);
		String sql = """
				SELECT * FROM signed_project WHERE signed_date BETWEEN :from AND :to AND %s AND %s
				ORDER BY contracted_fdi_usd_wan DESC NULLS LAST, signed_date, project_key""".formatted(FOREIGN,
				scope.predicate("region_code", params));
		return this.jdbc.query(sql, params, ProjectColumns.TABLE::row);
	}

	private static String key(@Nullable String country) {
		// the unknown country sorts apart from every name
		return Objects.requireNonNullElse(country, "\u0000");
	}

}
