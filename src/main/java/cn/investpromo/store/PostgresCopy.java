package cn.investpromo.store;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * A chunk upserted into PostgreSQL in two statements (issue 24): {@code COPY} into a
 * temporary staging table of the same columns, then one {@code INSERT … SELECT … ON
 * CONFLICT} from it, which updates a stored row only where a column differs, so that an
 * unchanged row keeps its {@code updated_at} as the UPDATE-then-INSERT did.
 */
final class PostgresCopy {

	private PostgresCopy() {
	}

	static boolean applies(Connection connection) throws SQLException {
		return connection.isWrapperFor(PGConnection.class);
	}

	/**
	 * Runs {@code work} in a transaction of its own when the connection commits every
	 * statement: the staging table's rows would otherwise be gone before they are read.
	 */
	static void inTransaction(Connection connection, SqlWork work) throws SQLException {
		if (!connection.getAutoCommit()) {
			work.run();
			return;
		}
		connection.setAutoCommit(false);
		try {
			work.run();
			connection.commit();
		}
		catch (SQLException | RuntimeException ex) {
			connection.rollback();
			throw ex;
		}
		finally {
			connection.setAutoCommit(true);
		}
	}

	/** Statements that may throw {@link SQLException}. */
	interface SqlWork {

		void run() throws SQLException;

	}

	/**
	 * Stages and upserts the entities; of two with one key, the later is stored (the
	 * staging table would otherwise give ON CONFLICT the same row twice).
	 */
	static <E> void save(Connection connection, EntityTable<E, ?> table, List<E> entities, Timestamp now)
			throws SQLException {
		Map<String, E> byKey = new LinkedHashMap<>();
		entities.forEach((entity) -> byKey.put(table.key(entity), entity));
		List<String> names = table.columnNames();
		String staging = table.table() + "_staging";
		try (Statement statement = connection.createStatement()) {
			// ON COMMIT DELETE ROWS: a chunk's rows never outlive its transaction
			statement.execute("CREATE TEMPORARY TABLE IF NOT EXISTS " + staging + " (LIKE " + table.table()
					+ ") ON COMMIT DELETE ROWS");
			statement.execute("DELETE FROM " + staging); // an earlier item's, in the same
															// transaction
		}
		StringBuilder csv = new StringBuilder();
		for (E entity : byKey.values()) {
			MapSqlParameterSource values = table.parameters(entity, now);
			for (String name : names) {
				csv.append(csvValue(values.getValue(name))).append(',');
			}
			csv.append(now).append('\n');
		}
		try {
			connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("COPY " + staging + " (" + String.join(", ", names) + ", updated_at) FROM STDIN (FORMAT csv)",
						new StringReader(csv.toString()));
		}
		catch (IOException ex) {
			throw new SQLException("COPY into " + staging + " failed", ex);
		}
		try (Statement statement = connection.createStatement()) {
			statement.executeUpdate(upsert(table.table(), staging, names));
		}
	}

	/**
	 * Null is an unquoted empty field; a text is always quoted, so "" is the empty text.
	 */
	private static String csvValue(@Nullable Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof String text) {
			return '"' + text.replace("\"", "\"\"") + '"';
		}
		return (value instanceof java.math.BigDecimal decimal) ? decimal.toPlainString() : value.toString();
	}

	static String upsert(String table, String staging, List<String> names) {
		String key = names.get(0);
		List<String> values = names.subList(1, names.size());
		String columns = String.join(", ", names) + ", updated_at";
		String set = values.stream().map((c) -> c + " = EXCLUDED." + c).collect(Collectors.joining(", "));
		String changed = values.stream()
			.map((c) -> table + "." + c + " IS DISTINCT FROM EXCLUDED." + c)
			.collect(Collectors.joining(" OR "));
		return "INSERT INTO " + table + " (" + columns + ") SELECT " + columns + " FROM " + staging + " ON CONFLICT ("
				+ key + ") DO UPDATE SET " + set + ", updated_at = EXCLUDED.updated_at WHERE " + changed;
	}

}
