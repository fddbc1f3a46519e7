package cn.investpromo.store;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import cn.investpromo.project.AgreementType;
import cn.investpromo.event.EventType;
import cn.investpromo.event.PromotionEvent;
import cn.investpromo.project.SignedProject;
import cn.investpromo.quality.Source;
import cn.investpromo.quality.LedgerKind;
import cn.investpromo.project.ProjectStatus;
import cn.investpromo.target.AnnualTarget;
import cn.investpromo.quality.Reject;
import cn.investpromo.quality.SheetQuality;
import cn.investpromo.target.TargetIndicator;

/**
 * Reads what a report needs where the data lives (SPEC §5, issue 8): counts and sums of a
 * scope and a date range as {@code GROUP BY} queries that HSQLDB and PostgreSQL run
 * unchanged, and as rows only what a report lists row by row. Every query selects its
 * scope with {@link RegionScope}, binding parameters by name.
 */
@Repository
public class ReportQueries {

	private final NamedParameterJdbcTemplate jdbc;

	public ReportQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Events, attendees and enterprises of one calendar month.
	 *
	 * @param attendees 参会人数 of the events that give one
	 * @param withAttendees events that give a 参会人数 (the others left it blank)
	 * @param withEnterprises events that give a 参会企业数
	 */
	public record EventMonth(YearMonth month, long events, long attendees, long enterprises, long withAttendees,
			long withEnterprises) {
	}

	/**
	 * Projects of one calendar month.
	 *
	 * @param amountWan agreed investment, projects without an amount counting zero
	 * @param withAmount projects with an amount
	 * @param atLeast per threshold asked for, the projects of at least that amount
	 */
	public record ProjectMonth(YearMonth month, long projects, BigDecimal amountWan, long withAmount,
			List<Long> atLeast) {
	}

	/**
	 * Events of one value of a column (a region code, an event type).
	 *
	 * @param attendees 参会人数 of the events that give one
	 * @param withAttendees events that give a 参会人数 (the others left it blank)
	 * @param withEnterprises events that give a 参会企业数
	 */
	public record EventGroup(String key, long events, long attendees, long enterprises, long withAttendees,
			long withEnterprises) {
	}

	/** What projects can be grouped by. */
	public enum ProjectColumn {

		REGION("region_code"), INDUSTRY("industry_code"), SUB_INDUSTRY("industry_sub_code"),
		ORIGIN("investor_origin_code");

		private final String column;

		ProjectColumn(String column) {
			this.column = column;
		}

	}

	/**
	 * Projects of one combination of column values.
	 *
	 * @param keys the values of the columns grouped by, in their order; null where the
	 * project has none
	 * @param amountWan agreed investment, projects without an amount counting zero
	 * @param withAmount projects with an amount
	 * @param fundsWan 到位资金 of those with a value
	 * @param withFunds projects with a 到位资金 value
	 */
	public record ProjectGroup(List<@Nullable String> keys, long projects, BigDecimal amountWan, long withAmount,
			BigDecimal fundsWan, long withFunds) {

		public @Nullable String key(int i) {
			return this.keys.get(i);
		}

	}

	/** Projects of a region by a status. */
	public record RegionCount(String regionCode, String status, long projects) {
	}

	/**
	 * Every region code any ledger row names, events' hosts and projects' regions, for
	 * what a 全国 report covers: read from what each import records of its file's regions,
	 * a few rows, rather than from the rows themselves.
	 */
	public List<String> regionCodesWithData() {
		return this.jdbc.queryForList("SELECT DISTINCT region_code FROM ledger_file_region",
				new MapSqlParameterSource(), String.class);
	}

	/**
	 * Events and attendees by calendar month, for the months of [from, to] that have any;
	 * a blank count is NULL, which SUM leaves out and COUNT(column) does not count.
	 */
	public List<EventMonth> eventMonths(RegionScope scope, LocalDate from, LocalDate to) {
		MapSqlParameterSource params = range(from, to);
		String sql = """
				SELECT EXTRACT(YEAR FROM start_date) AS y, EXTRACT(MONTH FROM start_date) AS m, COUNT(*) AS n,
				  COALESCE(SUM(attendees), 0) AS attendees, COALESCE(SUM(enterprises), 0) AS enterprises,
				  COUNT(attendees) AS with_attendees, COUNT(enterprises) AS with_enterprises
				FROM promo_event
				WHERE start_date BETWEEN :from AND :to AND %s
				GROUP BY EXTRACT(YEAR FROM start_date), EXTRACT(MONTH FROM start_date)"""
			.formatted(scope.predicate("host_region_code", params));
		return this.jdbc.query(sql, params,
				(rs, i) -> new EventMonth(YearMonth.of(rs.getInt("y"), rs.getInt("m")), rs.getLong("n"),
						rs.getLong("attendees"), rs.getLong("enterprises"), rs.getLong("with_attendees"),
						rs.getLong("with_enterprises")));
	}

	/**
	 * Projects by calendar month of signing, with the projects of at least each threshold
	 * (万元).
	 */
	public List<ProjectMonth> projectMonths(RegionScope scope, LocalDate from, LocalDate to,
			List<BigDecimal> thresholdsWan) {
		MapSqlParameterSource params = range(from, to);
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
				  COALESCE(SUM(amount_wan), 0) AS amount, COUNT(amount_wan) AS with_amount%s
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
					rs.getBigDecimal("amount"), rs.getLong("with_amount"), List.copyOf(atLeast));
		});
	}

	/** Events of [from, to] by host region code. */
	public List<EventGroup> eventsByRegion(RegionScope scope, LocalDate from, LocalDate to) {
		return eventGroups(scope, from, to, "host_region_code");
	}

	/** Events of [from, to] by event type (its enum name). */
	public List<EventGroup> eventsByType(RegionScope scope, LocalDate from, LocalDate to) {
		return eventGroups(scope, from, to, "event_type");
	}

	private List<EventGroup> eventGroups(RegionScope scope, LocalDate from, LocalDate to, String column) {
		MapSqlParameterSource params = range(from, to);
		String sql = """
				SELECT %1$s AS k, COUNT(*) AS n, COALESCE(SUM(attendees), 0) AS attendees,
				  COALESCE(SUM(enterprises), 0) AS enterprises, COUNT(attendees) AS with_attendees,
				  COUNT(enterprises) AS with_enterprises
				FROM promo_event
				WHERE start_date BETWEEN :from AND :to AND %2$s
				GROUP BY %1$s ORDER BY %1$s""".formatted(column, scope.predicate("host_region_code", params));
		return this.jdbc.query(sql, params,
				(rs, i) -> new EventGroup(rs.getString("k"), rs.getLong("n"), rs.getLong("attendees"),
						rs.getLong("enterprises"), rs.getLong("with_attendees"), rs.getLong("with_enterprises")));
	}

	/** Projects signed in [from, to] grouped by the given columns, ordered by them. */
	public List<ProjectGroup> projectGroups(RegionScope scope, LocalDate from, LocalDate to, List<ProjectColumn> by) {
		MapSqlParameterSource params = range(from, to);
		String columns = by.stream().map((c) -> c.column).collect(Collectors.joining(", "));
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

	/**
	 * Projects signed in [from, end] by region and by their status at {@code end} (a
	 * {@link ProjectStatus} name): terminated stays terminated; else a 投产日期 or 开工日期 on or
	 * before the end decides; dates given but all after it mean still signed; without
	 * dates the ledger's status counts.
	 */
	public List<RegionCount> statusAt(RegionScope scope, LocalDate from, LocalDate end) {
		MapSqlParameterSource params = range(from, end);
		// grouped outside: a parameter in a GROUP BY expression is not the same
		// expression to HSQLDB
		String sql = """
				SELECT region_code, status_at, COUNT(*) AS n FROM (
				  SELECT region_code, %1$s AS status_at FROM signed_project
				  WHERE signed_date BETWEEN :from AND :to AND %2$s) statuses
				GROUP BY region_code, status_at""".formatted(statusAtEnd(""), scope.predicate("region_code", params));
		return this.jdbc.query(sql, params,
				(rs, i) -> new RegionCount(rs.getString(1), rs.getString(2), rs.getLong(3)));
	}

	/** A signed project and its status at the end of a range (see {@link #statusAt}). */
	public record ProjectAtEnd(SignedProject project, ProjectStatus statusAtEnd) {
	}

	/**
	 * The projects of the scope signed in [from, to] with an agreed investment of at
	 * least {@code leastWan}, largest first, each with its status at {@code to}: the 重点项目
	 * a bureau follows, read as the report walks them.
	 */
	public Rows<ProjectAtEnd> largeProjects(RegionScope scope, LocalDate from, LocalDate to, BigDecimal leastWan) {
		MapSqlParameterSource params = range(from, to).addValue("least", leastWan);
		String where = " FROM signed_project WHERE signed_date BETWEEN :from AND :to AND amount_wan >= :least AND "
				+ scope.predicate("region_code", params);
		return rows("SELECT COUNT(*)" + where,
				"SELECT signed_project.*, " + statusAtEnd("") + " AS status_at" + where
						+ " ORDER BY amount_wan DESC, signed_date, project_key",
				params, (rs, i) -> new ProjectAtEnd(project(rs, i), ProjectStatus.valueOf(rs.getString("status_at"))));
	}

	/**
	 * A project's status at {@code :to} (a {@link ProjectStatus} name) as SQL, its
	 * columns qualified by {@code alias} ({@code "p."}, or {@code ""}): terminated stays
	 * terminated; else a 投产日期 or 开工日期 on or before the end decides; dates given but all
	 * after it mean still signed; without dates the ledger's status.
	 */
	private static String statusAtEnd(String alias) {
		return """
				CASE WHEN %1$sstatus = 'TERMINATED' THEN 'TERMINATED'
				  WHEN %1$sproduction_date <= :to THEN 'IN_PRODUCTION'
				  WHEN %1$sconstruction_date <= :to THEN 'UNDER_CONSTRUCTION'
				  WHEN %1$sproduction_date IS NOT NULL OR %1$sconstruction_date IS NOT NULL THEN 'SIGNED'
				  ELSE %1$sstatus END""".formatted(alias);
	}

	/**
	 * The projects signed at one event, with their status at the end of the range.
	 *
	 * @param date the event's first day
	 * @param withAmount projects with an agreed investment
	 * @param amountWan their agreed investment
	 * @param started projects under construction or in production at the end
	 * @param inProduction projects in production at the end
	 * @param terminated projects terminated
	 * @param withFunds projects with a 到位资金 value
	 * @param fundsWan their 到位资金
	 * @param fundsOfKnownAmountsWan 到位资金 of the projects with both values
	 * @param amountsWithFundsWan agreed investment of the projects with both values
	 */
	public record EventSignings(String eventKey, String name, LocalDate date, long projects, long withAmount,
			BigDecimal amountWan, long started, long inProduction, long terminated, long withFunds, BigDecimal fundsWan,
			BigDecimal fundsOfKnownAmountsWan, BigDecimal amountsWithFundsWan) {
	}

	/**
	 * The events starting in [from, to] at which projects of the scope signed in [from,
	 * to] were signed (关联活动), latest first, with those projects' figures and their status
	 * at {@code to}. A project names its event by id (an event's id is its key, so one
	 * event) or by name, compared as names are (SPEC §2.5, {@code name_key}); of several
	 * events of that name it is the latest starting on or before the signing day, so that
	 * no project counts for two events.
	 */
	public List<EventSignings> eventSignings(RegionScope scope, LocalDate from, LocalDate to) {
		MapSqlParameterSource params = range(from, to);
		// two equi-joins rather than one join on "id OR name", so that each can use an
		// index
		String sql = """
				SELECT event_key, name, start_date, COUNT(*) AS n, COUNT(amount_wan) AS with_amount,
				  COALESCE(SUM(amount_wan), 0) AS amount,
				  SUM(CASE WHEN status_at IN ('UNDER_CONSTRUCTION', 'IN_PRODUCTION') THEN 1 ELSE 0 END) AS started,
				  SUM(CASE WHEN status_at = 'IN_PRODUCTION' THEN 1 ELSE 0 END) AS producing,
				  SUM(CASE WHEN status_at = 'TERMINATED' THEN 1 ELSE 0 END) AS terminated,
				  COUNT(funds_arrived_wan) AS with_funds, COALESCE(SUM(funds_arrived_wan), 0) AS funds,
				  COALESCE(SUM(CASE WHEN amount_wan IS NOT NULL THEN funds_arrived_wan END), 0) AS known_funds,
				  COALESCE(SUM(CASE WHEN funds_arrived_wan IS NOT NULL THEN amount_wan END), 0) AS funded_amount
				FROM (
				  SELECT e.event_key, e.name, e.start_date, p.amount_wan, p.funds_arrived_wan, %1$s AS status_at
				  FROM signed_project p JOIN promo_event e ON e.event_id = p.event_ref
				  WHERE p.signed_date BETWEEN :from AND :to AND e.start_date BETWEEN :from AND :to AND %2$s
				  UNION ALL
				  SELECT e.event_key, e.name, e.start_date, p.amount_wan, p.funds_arrived_wan, %1$s AS status_at
				  FROM signed_project p JOIN promo_event e ON e.name_key = p.event_ref_key
				  WHERE p.signed_date BETWEEN :from AND :to AND e.start_date BETWEEN :from AND p.signed_date AND %3$s
				    AND NOT EXISTS (SELECT 1 FROM promo_event l WHERE l.name_key = e.name_key
				      AND l.start_date BETWEEN e.start_date AND p.signed_date
				      AND (l.start_date > e.start_date OR l.event_key > e.event_key))) signings
				GROUP BY event_key, name, start_date
				ORDER BY start_date DESC, event_key""".formatted(statusAtEnd("p."),
				scope.predicate("p.region_code", params), scope.predicate("p.region_code", params));
		return this.jdbc.query(sql, params,
				(rs, i) -> new EventSignings(rs.getString("event_key"), rs.getString("name"),
						rs.getDate("start_date").toLocalDate(), rs.getLong("n"), rs.getLong("with_amount"),
						rs.getBigDecimal("amount"), rs.getLong("started"), rs.getLong("producing"),
						rs.getLong("terminated"), rs.getLong("with_funds"), rs.getBigDecimal("funds"),
						rs.getBigDecimal("known_funds"), rs.getBigDecimal("funded_amount")));
	}

	/**
	 * Projects not terminated, signed at any time, whose 开工日期
	 * ({@code UNDER_CONSTRUCTION}) or 投产日期 ({@code IN_PRODUCTION}) falls in [from, to],
	 * by region.
	 */
	public List<RegionCount> landedIn(RegionScope scope, LocalDate from, LocalDate to) {
		List<RegionCount> counts = new ArrayList<>();
		counts.addAll(landed(scope, from, to, "construction_date", "UNDER_CONSTRUCTION"));
		counts.addAll(landed(scope, from, to, "production_date", "IN_PRODUCTION"));
		return counts;
	}

	/**
	 * As {@link #landedIn(RegionScope, LocalDate, LocalDate)}, of the projects signed
	 * before {@code signedBefore} only: the new starts and new production that are not
	 * among the landing window's projects.
	 */
	public List<RegionCount> landedIn(RegionScope scope, LocalDate from, LocalDate to, LocalDate signedBefore) {
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
		MapSqlParameterSource params = range(from, to);
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

	/**
	 * The {@code limit} projects of [from, to] with the largest amounts, and any more
	 * that tie with the last of them, so that the caller's own order settles ties.
	 */
	public List<SignedProject> largestProjects(RegionScope scope, LocalDate from, LocalDate to, int limit) {
		MapSqlParameterSource params = range(from, to);
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
		return this.jdbc.query("SELECT * FROM signed_project WHERE " + where, params, ReportQueries::project);
	}

	/**
	 * Events starting within [from, to], in date order, read as the report walks them.
	 */
	public Rows<PromotionEvent> events(RegionScope scope, LocalDate from, LocalDate to) {
		MapSqlParameterSource params = range(from, to);
		String where = " FROM promo_event WHERE start_date BETWEEN :from AND :to AND "
				+ scope.predicate("host_region_code", params);
		return rows("SELECT COUNT(*)" + where, "SELECT *" + where + " ORDER BY start_date, event_key", params,
				ReportQueries::event);
	}

	/**
	 * Projects signed within [from, to], largest agreed investment first and those
	 * without an amount last (then by date), read as the report walks them: the order in
	 * which a director reads the period's list.
	 */
	public Rows<SignedProject> projects(RegionScope scope, LocalDate from, LocalDate to) {
		MapSqlParameterSource params = range(from, to);
		String where = " FROM signed_project WHERE signed_date BETWEEN :from AND :to AND "
				+ scope.predicate("region_code", params);
		return rows("SELECT COUNT(*)" + where,
				"SELECT *" + where + " ORDER BY amount_wan DESC NULLS LAST, signed_date, project_key", params,
				ReportQueries::project);
	}

	/**
	 * The rows of {@code select}, counted now by {@code count} and read anew each time
	 * they are walked, the first n of them through FETCH FIRST (standard SQL, as HSQLDB
	 * and PostgreSQL both read it).
	 */
	private <T> Rows<T> rows(String count, String select, MapSqlParameterSource params, RowMapper<T> mapper) {
		Long n = this.jdbc.queryForObject(count, params, Long.class);
		return Rows.read((n != null) ? n : 0, (limit, handler) -> {
			MapSqlParameterSource bound = new MapSqlParameterSource(params.getValues());
			String sql = select;
			if (limit >= 0) {
				sql += " FETCH FIRST :limit ROWS ONLY";
				bound.addValue("limit", limit);
			}
			this.jdbc.query(sql, bound, (RowCallbackHandler) (rs) -> handler.accept(mapper.mapRow(rs, 0)));
		});
	}

	/**
	 * The projects of [from, to] that have a possible duplicate there (SPEC §2.5: same
	 * investor in normal form, same landing region, a different key, signed within
	 * {@code days} days), in date order.
	 */
	public List<SignedProject> possibleDuplicates(RegionScope scope, LocalDate from, LocalDate to, int days) {
		MapSqlParameterSource params = range(from, to);
		String sql = """
				SELECT a.* FROM signed_project a
				WHERE a.signed_date BETWEEN :from AND :to AND %s AND EXISTS (
				  SELECT 1 FROM signed_project b
				  WHERE b.investor_key = a.investor_key AND b.region_code = a.region_code
				    AND b.project_key <> a.project_key AND b.signed_date BETWEEN :from AND :to
				    AND b.signed_date BETWEEN a.signed_date - INTERVAL '%2$d' DAY AND a.signed_date + INTERVAL '%2$d' DAY)
				ORDER BY a.signed_date, a.project_key"""
			.formatted(scope.predicate("a.region_code", params), days);
		return this.jdbc.query(sql, params, ReportQueries::project);
	}

	/**
	 * The industry texts of [from, to] classified as {@code otherCode}, each with the day
	 * it first appears.
	 */
	public List<String> unmatchedIndustries(RegionScope scope, LocalDate from, LocalDate to, String otherCode) {
		MapSqlParameterSource params = range(from, to).addValue("other", otherCode);
		String sql = """
				SELECT industry_text, MIN(signed_date) AS first_day FROM signed_project
				WHERE industry_code = :other AND signed_date BETWEEN :from AND :to AND %s
				GROUP BY industry_text ORDER BY first_day, industry_text"""
			.formatted(scope.predicate("region_code", params));
		return this.jdbc.query(sql, params, (rs, i) -> rs.getString(1));
	}

	/**
	 * The annual targets set for a region and year (SPEC §2.3 targets sheet); unknown
	 * indicators are ignored.
	 */
	public List<AnnualTarget> targets(String regionCode, int year) {
		return targets(List.of(regionCode), year);
	}

	/**
	 * The annual targets set for any of the regions in a year, by region code then
	 * indicator; unknown indicators are ignored.
	 */
	public List<AnnualTarget> targets(List<String> regionCodes, int year) {
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

	/** Every sheet of every file, as the latest import left it. */
	public List<SheetQuality> sheets() {
		return sheets(null);
	}

	/**
	 * The sheets of the files that hold rows of the scope, and of every file that could
	 * not be read at all, as the latest import left them; every sheet of every file for
	 * {@code null} (全国).
	 */
	public List<SheetQuality> sheets(@Nullable RegionScope scope) {
		MapSqlParameterSource params = new MapSqlParameterSource("unreadable", LedgerKind.UNREADABLE.code());
		String sql = "SELECT file_name, sheet_name, kind, rows_read, rows_accepted, rows_rejected, summary_rows "
				+ "FROM ledger_sheet " + filesOf(scope, params, "kind = :unreadable OR ")
				+ "ORDER BY file_name, sheet_name";
		return this.jdbc.query(sql, params, (rs, i) -> new SheetQuality(rs.getString(1), rs.getString(2),
				rs.getString(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7)));
	}

	/** Why each unreadable file could not be read, as "file: reason" lines. */
	public List<String> unreadableFiles() {
		return this.jdbc.queryForList(
				"SELECT file_name || ': ' || message FROM ledger_sheet WHERE kind = :unreadable ORDER BY file_name",
				new MapSqlParameterSource("unreadable", LedgerKind.UNREADABLE.code()), String.class);
	}

	/**
	 * The recorded rejects of the files that hold rows of the scope (every file's for
	 * {@code null}), by file, sheet and row, with the reason in the report's language; a
	 * row rejected before English reasons were stored keeps its Chinese one.
	 */
	public Rows<Reject> rejects(@Nullable RegionScope scope, boolean english) {
		String reason = english ? "COALESCE(reason_en, reason)" : "reason";
		MapSqlParameterSource params = new MapSqlParameterSource();
		String from = " FROM ledger_reject " + filesOf(scope, params, "");
		return rows("SELECT COUNT(*)" + from,
				"SELECT file_name, sheet_name, row_number, column_name, cell_value, " + reason + from
						+ "ORDER BY file_name, sheet_name, row_number",
				params, (rs, i) -> new Reject(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
						nonNull(rs.getString(5)), rs.getString(6)));
	}

	private static String filesOf(@Nullable RegionScope scope, MapSqlParameterSource params, String orElse) {
		if (scope == null) {
			return "";
		}
		return "WHERE " + orElse + "file_name IN (SELECT file_name FROM ledger_file_region WHERE "
				+ scope.predicate("region_code", params) + ") ";
	}

	private static MapSqlParameterSource range(LocalDate from, LocalDate to) {
		return new MapSqlParameterSource("from", Date.valueOf(from)).addValue("to", Date.valueOf(to));
	}

	private static PromotionEvent event(ResultSet rs, int rowNum) throws SQLException {
		return new PromotionEvent(rs.getString("event_key"), rs.getString("event_id"), rs.getString("name"),
				EventType.valueOf(rs.getString("event_type")), date(rs, "start_date"), date(rs, "end_date"),
				rs.getString("host_region_code"), rs.getString("venue"), rs.getString("target_region"),
				rs.getString("organizer"), integer(rs, "attendees"), integer(rs, "enterprises"),
				rs.getString("industries"), rs.getString("notes"), source(rs));
	}

	private static SignedProject project(ResultSet rs, int rowNum) throws SQLException {
		return new SignedProject(rs.getString("project_key"), rs.getString("project_id"), rs.getString("name"),
				date(rs, "signed_date"), rs.getString("region_code"), rs.getString("investor"),
				rs.getString("investor_origin_code"), rs.getString("investor_origin_text"),
				rs.getString("industry_code"), rs.getString("industry_text"), rs.getString("industry_sub_code"),
				AgreementType.valueOf(rs.getString("agreement_type")), rs.getBigDecimal("amount_wan"),
				rs.getString("amount_text"), rs.getString("currency"), ProjectStatus.valueOf(rs.getString("status")),
				rs.getString("event_ref"), localDate(rs, "construction_date"), localDate(rs, "production_date"),
				rs.getBigDecimal("funds_arrived_wan"), rs.getString("notes"), source(rs));
	}

	private static Source source(ResultSet rs) throws SQLException {
		return new Source(rs.getString("source_file"), rs.getString("source_sheet"), rs.getInt("source_row"));
	}

	/** A NOT NULL date column. */
	private static LocalDate date(ResultSet rs, String column) throws SQLException {
		return Objects.requireNonNull(localDate(rs, column));
	}

	private static @Nullable LocalDate localDate(ResultSet rs, String column) throws SQLException {
		Date date = rs.getDate(column);
		return (date != null) ? date.toLocalDate() : null;
	}

	private static @Nullable Integer integer(ResultSet rs, String column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

	private static String nonNull(@Nullable String text) {
		return (text != null) ? text : "";
	}

}
