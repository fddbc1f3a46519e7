package cn.investpromo.job;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import cn.investpromo.system.embedded.DatabaseInUseException;

/**
 * Makes sure one investpromo process at a time runs jobs against a database, so that an
 * execution still marked running while we hold the lock can only be left over from a
 * process that died.
 * <p>
 * The embedded HSQLDB file database needs nothing here: the command line locks its data
 * directory before opening it (and HSQLDB's own lock file lets one process open it), so
 * if we got this far, no one else has it. On PostgreSQL a session-level advisory lock,
 * held on a connection of its own for the length of the run, does the same and is
 * released by the server when a killed process's connection drops.
 */
@Component
public class RunLock {

	/** Arbitrary but fixed: "investpromo" in ASCII, folded into a bigint. */
	private static final long ADVISORY_KEY = 0x696e7665737470L;

	private final DataSource dataSource;

	private @Nullable Connection held;

	public RunLock(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/**
	 * Takes the lock, or throws {@link DatabaseInUseException} when another process has
	 * it.
	 */
	public synchronized void acquire() throws SQLException {
		if (this.held != null) {
			return;
		}
		Connection connection = this.dataSource.getConnection();
		boolean locked = false;
		try {
			String product = connection.getMetaData().getDatabaseProductName();
			if (!product.toLowerCase(java.util.Locale.ROOT).contains("postgres")) {
				return;
			}
			try (PreparedStatement statement = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
				statement.setLong(1, ADVISORY_KEY);
				try (ResultSet result = statement.executeQuery()) {
					locked = result.next() && result.getBoolean(1);
				}
			}
			if (!locked) {
				throw new DatabaseInUseException(connection.getMetaData().getURL());
			}
			this.held = connection;
		}
		finally {
			if (!locked) {
				connection.close();
			}
		}
	}

	/** Gives the lock back; the connection returns to the pool. */
	public synchronized void release() {
		Connection connection = this.held;
		this.held = null;
		if (connection == null) {
			return;
		}
		try (PreparedStatement statement = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
			statement.setLong(1, ADVISORY_KEY);
			statement.execute();
		}
		catch (SQLException ex) {
			// closing the session below releases it anyway
		}
		finally {
			try {
				connection.close();
			}
			catch (SQLException ex) {
				// nothing left to give back
			}
		}
	}

}
