package cn.investpromo.store;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * Upserts entities by key with an UPDATE-then-INSERT that both HSQLDB and PostgreSQL run
 * unchanged; the UPDATE touches only rows whose columns differ, so re-importing an
 * unchanged ledger changes nothing, not even {@code updated_at}.
 */
final class Upsert {

	private final NamedParameterJdbcTemplate jdbc;

	Upsert(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The keys already stored are looked up first, in one query: only those rows can need
	 * an UPDATE (which changes them only where a column differs), and the others are
	 * inserted, each kind in one batch. A first import thus costs one index lookup per
	 * row and the INSERT, not an UPDATE that finds nothing.
	 */
	<E> void save(EntityTable<E, ?> table, List<E> entities) {
		if (entities.isEmpty()) {
			return; // "IN ()" is no SQL
		}
		Timestamp now = Timestamp.valueOf(LocalDateTime.now());
		List<String> keys = entities.stream().map(table::key).toList();
		Set<String> stored = new HashSet<>(
				this.jdbc.queryForList(table.existing(), new MapSqlParameterSource("keys", keys), String.class));
		List<SqlParameterSource> updates = new ArrayList<>(stored.size());
		List<SqlParameterSource> inserts = new ArrayList<>(entities.size() - stored.size());
		for (E entity : entities) {
			(stored.contains(table.key(entity)) ? updates : inserts).add(table.parameters(entity, now));
		}
		if (!updates.isEmpty()) {
			this.jdbc.batchUpdate(table.update(), updates.toArray(SqlParameterSource[]::new));
		}
		if (!inserts.isEmpty()) {
			this.jdbc.batchUpdate(table.insert(), inserts.toArray(SqlParameterSource[]::new));
		}
	}

}
