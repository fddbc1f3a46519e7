package cn.investpromo.store;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * What the report reads of the stored arrivals (SPEC §2.7, §5.2): sums by month and
 * source, by landing region and by project for a scope and a date range, the arrivals
 * that name no known project, and the projects whose cumulative 到位资金 column disagrees
 * with their arrivals.
 */
public final class FundQueries {

	private final NamedParameterJdbcTemplate jdbc;

	FundQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The arrived amount of one month from one source (a {@code FundSource} name). */
	public record SourceMonth(YearMonth month, String source, BigDecimal amountWan) {
	}

	/** The arrived amount of one landing region code. */
	public record RegionSum(String regionCode, BigDecimal amountWan) {
	}

	/** A linked project's arrivals in a range. */
	public record ProjectSum(String projectKey, String name, String regionCode, String investor, BigDecimal amountWan,
			long arrivals) {
	}

	/** An arrival that names no known project (未关联项目). */
	public record Unlinked(String name, @Nullable String regionCode, LocalDate date, boolean monthOnly,
			BigDecimal amountWan, String file, String sheet, int row) {
	}

	/**
	 * A project whose cumulative 到位资金 column ({@code ledgerWan}) is not the sum of its
	 * arrivals.
	 */
	public record Disagreement(String name, String regionCode, BigDecimal ledgerWan, BigDecimal arrivalsWan) {

		/** The column less the arrivals. */
		public BigDecimal differenceWan() {
			return this.ledgerWan.subtract(this.arrivalsWan);
		}

	}

	/**
	 * The date of the scope's first arrival: from its month the funds ledger covers the
	 * scope; null when the scope has no arrival at all.
	 */
	public @Nullable LocalDate firstArrival(RegionScope scope) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		Date first = this.jdbc.queryForObject(
				"SELECT MIN(arrival_date) FROM fund_arrival WHERE " + scope.predicate("region_code", params), params,
				Date.class);
		return (first != null) ? first.toLocalDate() : null;
	}

	public List<SourceMonth> sourceMonths(RegionScope scope, LocalDate from, LocalDate to) {
		MapSqlParameterSource params = Sql.range(from, to);
		return this.jdbc.query(
				"""
						SELECT EXTRACT(YEAR FROM arrival_date) AS y, EXTRACT(MONTH FROM arrival_date) AS m, source,
						  SUM(amount_wan) FROM fund_arrival
						WHERE arrival_date BETWEEN :from AND :to AND %s
						GROUP BY EXTRACT(YEAR FROM arrival_date), EXTRACT(MONTH FROM arrival_date), source"""
					.formatted(scope.predicate("region_code", params)),
				params, (rs, i) -> new SourceMonth(YearMonth.of(rs.getInt(1), rs.getInt(2)), rs.getString(3),
						rs.getBigDecimal(4)));
	}

	public List<RegionSum> byRegion(RegionScope scope, LocalDate from, LocalDate to) {
		MapSqlParameterSource params = Sql.range(from, to);
		return this.jdbc.query(
				"""
						SELECT region_code, SUM(amount_wan) FROM fund_arrival
						WHERE arrival_date BETWEEN :from AND :to AND %s GROUP BY region_code"""
					.formatted(scope.predicate("region_code", params)),
				params, (rs, i) -> new RegionSum(rs.getString(1), rs.getBigDecimal(2)));
	}

	/** The linked projects with the largest arrivals in the range, largest first. */
	public List<ProjectSum> topProjects(RegionScope scope, LocalDate from, LocalDate to, int limit) {
		MapSqlParameterSource params = Sql.range(from, to).addValue("limit", limit);
		return this.jdbc.query(
				"""
						SELECT p.project_key, p.name, p.region_code, p.investor, t.amount, t.arrivals FROM (
						  SELECT project_key, SUM(amount_wan) AS amount, COUNT(*) AS arrivals FROM fund_arrival
						  WHERE project_key IS NOT NULL AND arrival_date BETWEEN :from AND :to AND %s
						  GROUP BY project_key) t
						JOIN signed_project p ON p.project_key = t.project_key
						ORDER BY t.amount DESC, p.name, p.project_key FETCH FIRST :limit ROWS ONLY"""
					.formatted(scope.predicate("region_code", params)),
				params, (rs, i) -> new ProjectSum(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getBigDecimal(5), rs.getLong(6)));
	}

	/** The arrivals in the range that name no known project, by date and row. */
	public List<Unlinked> unlinked(RegionScope scope, LocalDate from, LocalDate to) {
		MapSqlParameterSource params = Sql.range(from, to);
		return this.jdbc.query(
				"""
						SELECT project_name, region_code, arrival_date, month_only, amount_wan, source_file, source_sheet,
						  source_row FROM fund_arrival
						WHERE project_key IS NULL AND arrival_date BETWEEN :from AND :to AND %s
						ORDER BY arrival_date, source_file, source_sheet, source_row"""
					.formatted(scope.predicate("region_code", params)),
				params, (rs, i) -> new Unlinked(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(),
						rs.getBoolean(4), rs.getBigDecimal(5), rs.getString(6), rs.getString(7), rs.getInt(8)));
	}

	/**
	 * The scope's projects with arrivals whose 到位资金 column, where given, is not the sum
	 * of all their arrivals; the largest difference first.
	 */
	public List<Disagreement> disagreements(RegionScope scope) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		return this.jdbc.query(
				"""
						SELECT p.name, p.region_code, p.funds_arrived_wan, t.amount FROM (
						  SELECT project_key, SUM(amount_wan) AS amount FROM fund_arrival
						  WHERE project_key IS NOT NULL GROUP BY project_key) t
						JOIN signed_project p ON p.project_key = t.project_key
						WHERE p.funds_arrived_wan IS NOT NULL AND p.funds_arrived_wan <> t.amount AND %s
						ORDER BY ABS(p.funds_arrived_wan - t.amount) DESC, p.name"""
					.formatted(scope.predicate("p.region_code", params)),
				params, (rs, i) -> new Disagreement(rs.getString(1), rs.getString(2), rs.getBigDecimal(3),
						rs.getBigDecimal(4)));
	}

}
