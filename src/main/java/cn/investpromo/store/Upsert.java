package cn.investpromo.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.ConnectionCallback;
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

	/**
	 * The tables whose last chunk met a stored key: their next chunk looks the keys up
	 * first instead of trying to insert them all.
	 */
	private final Set<String> updating = ConcurrentHashMap.newKeySet();

	Upsert(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * On PostgreSQL a chunk is copied into a staging table and upserted from it
	 * ({@link PostgresCopy}). Elsewhere it is first inserted whole, behind a savepoint
	 * (issue 24): in a first import no key is stored yet, and looking each up before
	 * inserting it walked the key's index twice per row. When a key is already stored the
	 * insert fails on it, is rolled back to the savepoint, and the chunk takes the lookup
	 * path (below), as do the table's next chunks until one of them finds no stored key.
	 * Outside a transaction there is no savepoint to roll back to: the lookup path alone.
	 */
	<E> void save(EntityTable<E, ?> table, List<E> entities) {
		if (entities.isEmpty()) {
			return; // "IN ()" is no SQL
		}
		Timestamp now = Timestamp.valueOf(LocalDateTime.now());
		if (Boolean.TRUE.equals(this.jdbc.getJdbcTemplate()
			.execute((ConnectionCallback<Boolean>) (connection) -> saved(connection, table, entities, now)))) {
			return;
		}
		int stored = saveLookingUp(table, entities, now);
		if (stored == 0) {
			this.updating.remove(table.table());
		}
		else {
			this.updating.add(table.table());
		}
	}

	private <E> boolean saved(Connection connection, EntityTable<E, ?> table, List<E> entities, Timestamp now)
			throws SQLException {
		if (PostgresCopy.applies(connection)) {
			PostgresCopy.inTransaction(connection, () -> PostgresCopy.save(connection, table, entities, now));
			return true;
		}
		if (this.updating.contains(table.table()) || connection.getAutoCommit()) {
			return false;
		}
		Savepoint savepoint = connection.setSavepoint();
		try {
			this.jdbc.batchUpdate(table.insert(), parameters(table, entities, now));
		}
		catch (DataIntegrityViolationException ex) {
			connection.rollback(savepoint); // a stored key (or a value no column holds)
			return false;
		}
		connection.releaseSavepoint(savepoint);
		return true;
	}

	private static <E> SqlParameterSource[] parameters(EntityTable<E, ?> table, List<E> entities, Timestamp now) {
		return entities.stream().map((entity) -> table.parameters(entity, now)).toArray(SqlParameterSource[]::new);
	}

	/**
	 * The keys already stored are looked up first, in one query: only those rows can need
	 * an UPDATE (which changes them only where a column differs), and the others are
	 * inserted, each kind in one batch. Returns how many of the keys were stored.
	 */
	private <E> int saveLookingUp(EntityTable<E, ?> table, List<E> entities, Timestamp now) {
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
		return stored.size();
	}

}
