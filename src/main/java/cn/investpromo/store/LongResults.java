package cn.investpromo.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Runs a query whose result may be long (a list the report prints row by row) so that the
 * database does not hold the whole result in memory either (issue 24). An embedded HSQLDB
 * builds every result in the JVM's heap by default: the 69,300 重点项目 of a busy county,
 * about a kilobyte each, took most of a 128 MB heap before the first was written. For the
 * query the session keeps at most {@value #MEMORY_ROWS} rows of a result in memory and
 * the rest in its temporary files; PostgreSQL's driver reads {@value #FETCH_ROWS} rows at
 * a time when the query runs inside a transaction, as the report's steps do.
 */
final class LongResults {

	/** Rows of one result HSQLDB keeps in memory; more go to its temporary files. */
	static final int MEMORY_ROWS = 2_000;

	static final int FETCH_ROWS = 500;

	private LongResults() {
	}

	/** Hands each row of {@code sql} to {@code handler}, all on one connection. */
	static void query(NamedParameterJdbcTemplate jdbc, String sql, SqlParameterSource params,
			RowCallbackHandler handler) {
		jdbc.getJdbcOperations().execute((ConnectionCallback<Boolean>) (connection) -> {
			boolean hsqldb = connection.getMetaData().getURL().startsWith("jdbc:hsqldb:");
			if (hsqldb) {
				memoryRows(connection, MEMORY_ROWS);
			}
			try {
				JdbcTemplate single = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
				single.setFetchSize(FETCH_ROWS);
				new NamedParameterJdbcTemplate(single).query(sql, params, handler);
			}
			finally {
				if (hsqldb) {
					// back to the database's default for whatever else the connection
					// runs
					memoryRows(connection, 0);
				}
			}
			return true;
		});
	}

	private static void memoryRows(Connection connection, int rows) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("SET SESSION RESULT MEMORY ROWS " + rows);
		}
	}

}
