package cn.investpromo.store;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import cn.investpromo.event.PromotionEvent;
import cn.investpromo.store.ReportQueries.EventGroup;
import cn.investpromo.store.ReportQueries.EventMonth;
import cn.investpromo.store.ReportQueries.EventSignings;

/**
 * The event queries of {@link ReportQueries}: monthly and grouped sums, the period's
 * list, signings by event.
 */
final class EventQueries {

	private final NamedParameterJdbcTemplate jdbc;

	EventQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	List<EventMonth> eventMonths(RegionScope scope, LocalDate from, LocalDate to) {
		MapSqlParameterSource params = Sql.range(from, to);
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

	List<EventGroup> eventGroups(RegionScope scope, LocalDate from, LocalDate to, String column) {
		MapSqlParameterSource params = Sql.range(from, to);
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

	Rows<PromotionEvent> events(RegionScope scope, LocalDate from, LocalDate to) {
		MapSqlParameterSource params = Sql.range(from, to);
		String where = " FROM promo_event WHERE start_date BETWEEN :from AND :to AND "
				+ scope.predicate("host_region_code", params);
		return Sql.rows(this.jdbc, "SELECT COUNT(*)" + where, "SELECT *" + where + " ORDER BY start_date, event_key",
				params, EventColumns.TABLE::row);
	}

	List<EventSignings> eventSignings(RegionScope scope, LocalDate from, LocalDate to) {
		MapSqlParameterSource params = Sql.range(from, to);
		// two equi-joins rather than one join on "id OR name", so that each can use an
		// index
		String sql = """
				SELECT event_key, name, start_date, COUNT(*) AS n, COUNT(amount_wan) AS with_amount,
				  SUM(CASE WHEN amount_wan IS NULL AND agreement_type <> 'INVESTMENT' THEN 1 ELSE 0 END) AS unagreed,
				  COALESCE(SUM(amount_wan), 0) AS amount,
				  SUM(CASE WHEN status_at IN ('UNDER_CONSTRUCTION', 'IN_PRODUCTION') THEN 1 ELSE 0 END) AS started,
				  SUM(CASE WHEN status_at = 'IN_PRODUCTION' THEN 1 ELSE 0 END) AS producing,
				  SUM(CASE WHEN status_at = 'TERMINATED' THEN 1 ELSE 0 END) AS terminated,
				  COUNT(funds_arrived_wan) AS with_funds, COALESCE(SUM(funds_arrived_wan), 0) AS funds,
				  COALESCE(SUM(CASE WHEN amount_wan IS NOT NULL THEN funds_arrived_wan END), 0) AS known_funds,
				  COALESCE(SUM(CASE WHEN funds_arrived_wan IS NOT NULL THEN amount_wan END), 0) AS funded_amount
				FROM (
				  SELECT e.event_key, e.name, e.start_date, p.amount_wan, p.agreement_type, p.funds_arrived_wan, %1$s AS status_at
				  FROM signed_project p JOIN promo_event e ON e.event_id = p.event_ref
				  WHERE p.signed_date BETWEEN :from AND :to AND e.start_date BETWEEN :from AND :to AND %2$s
				  UNION ALL
				  SELECT e.event_key, e.name, e.start_date, p.amount_wan, p.agreement_type, p.funds_arrived_wan, %1$s AS status_at
				  FROM signed_project p JOIN promo_event e ON e.name_key = p.event_ref_key
				  WHERE p.signed_date BETWEEN :from AND :to AND e.start_date BETWEEN :from AND p.signed_date AND %3$s
				    AND NOT EXISTS (SELECT 1 FROM promo_event l WHERE l.name_key = e.name_key
				      AND l.start_date BETWEEN e.start_date AND p.signed_date
				      AND (l.start_date > e.start_date OR l.event_key > e.event_key))) signings
				GROUP BY event_key, name, start_date
				ORDER BY start_date DESC, event_key"""
			.formatted(Sql.statusAtEnd("p."), scope.predicate("p.region_code", params),
					scope.predicate("p.region_code", params));
		return this.jdbc.query(sql, params,
				(rs, i) -> new EventSignings(rs.getString("event_key"), rs.getString("name"),
						rs.getDate("start_date").toLocalDate(), rs.getLong("n"), rs.getLong("with_amount"),
						rs.getLong("unagreed"), rs.getBigDecimal("amount"), rs.getLong("started"),
						rs.getLong("producing"), rs.getLong("terminated"), rs.getLong("with_funds"),
						rs.getBigDecimal("funds"), rs.getBigDecimal("known_funds"), rs.getBigDecimal("funded_amount")));
	}

}
