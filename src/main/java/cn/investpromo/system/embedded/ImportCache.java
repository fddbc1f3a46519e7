package cn.investpromo.system.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * The embedded database's row cache, larger while an import runs (issue 10). HSQLDB sizes
 * its cache of cached-table rows once, when it opens a database, from the size the
 * database stores ({@code SET FILES CACHE
 * SIZE}, 10 MB of rows by default). At that size an import of 100,000 rows spends much of
 * its database time reading back rows the cache evicted, to walk the seven indexes of
 * {@code signed_project}. So before an import's context starts, the database is opened
 * once to store a larger size and shut down; it is opened again, now with the larger
 * cache, and this connection keeps that instance open while the context starts; then the
 * normal size is stored back. Every later open, a report's under a small heap included,
 * gets the normal cache. A marker file beside the database remembers both sizes: an
 * import killed before its clean shutdown leaves the larger size stored, and the next
 * command puts the normal one back.
 */
public final class ImportCache implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(ImportCache.class);

	/**
	 * Ledgers smaller than this (about 20,000 rows of .xlsx) fit the normal cache:
	 * opening twice would not pay.
	 */
	static final long SMALL_INPUT = 2L << 20;

	private static final ImportCache NONE = new ImportCache(null, null);

	private final @Nullable Connection held;

	private final @Nullable CacheSize normal;

	private boolean closed;

	private ImportCache(@Nullable Connection held, @Nullable CacheSize normal) {
		this.held = held;
		this.normal = normal;
	}

	/** Nothing to hold: the database opens as it is. */
	public static ImportCache none() {
		return NONE;
	}

	/**
	 * For an import into an embedded file database: stores the import's cache size and
	 * reopens the database with it; the result holds the open database until
	 * {@link #close()}, after the context has opened its own connections, and then stores
	 * the normal size back. Nothing is done for any other database, or when the heap
	 * leaves no room ({@link CacheSize#forHeap}) or the ledgers to read,
	 * {@code ledgerBytes} in all, are small; {@code configuredMb} is
	 * {@code investpromo.import-cache-mb}.
	 * @throws DataAccessResourceFailureException when the database cannot be opened, with
	 * HSQLDB's reason
	 */
	public static ImportCache open(Environment environment, @Nullable Integer configuredMb, long ledgerBytes) {
		try {
			return enlarge(environment, configuredMb, ledgerBytes);
		}
		catch (SQLException ex) {
			throw new DataAccessResourceFailureException(ex.getMessage(), ex);
		}
	}

	private static ImportCache enlarge(Environment environment, @Nullable Integer configuredMb, long ledgerBytes)
			throws SQLException {
		String url = environment.getProperty("spring.datasource.url", "");
		Path marker = ImportCacheMarker.path(url);
		CacheSize wanted = (ledgerBytes < SMALL_INPUT) ? null
				: CacheSize.forHeap(Runtime.getRuntime().maxMemory(), configuredMb);
		if (marker == null) {
			return NONE;
		}
		CacheSettings.Marker earlier = CacheSettings.Marker.read(marker);
		if (wanted == null && earlier == null) {
			return NONE; // a small heap or input, and no killed import's size to undo:
							// the database opens as it is
		}
		Connection connection = CacheSettings.connect(environment, url);
		try {
			CacheSize current = CacheSettings.stored(connection);
			// a killed import left its size stored: the marker knows the normal one
			CacheSize normal = (earlier != null && current.equals(earlier.bulk())) ? earlier.normal() : current;
			if (wanted == null || wanted.kb() <= normal.kb()) {
				wanted = normal;
			}
			if (!wanted.equals(normal)) {
				CacheSettings.Marker.write(marker, normal, wanted);
			}
			if (!current.equals(wanted)) {
				CacheSettings.store(connection, wanted);
				CacheSettings.execute(connection, "SHUTDOWN");
				connection.close();
				connection = CacheSettings.connect(environment, url);
			}
			if (wanted.equals(normal)) {
				Files.deleteIfExists(marker);
				return new ImportCache(connection, null);
			}
			return new ImportCache(connection, normal);
		}
		catch (IOException ex) {
			connection.close();
			throw new UncheckedIOException(ex);
		}
		catch (SQLException | RuntimeException ex) {
			connection.close();
			throw ex;
		}
	}

	/**
	 * For any other command: when an import that enlarged the cache did not end cleanly,
	 * its size is still the stored one, and the database is opened once to put the normal
	 * size back. Costs one file check otherwise.
	 * @throws DataAccessResourceFailureException when the database cannot be opened, with
	 * HSQLDB's reason
	 */
	public static void settle(Environment environment) {
		ImportCacheMarker.settle(environment);
	}

	/**
	 * Stores the normal size back and lets go of the database instance, which the
	 * context's connection pool holds open from now on. Called once the context has
	 * started: HSQLDB makes its cache when a cached table is first used (in a new
	 * database, when Flyway creates them), and a size stored before that would be the one
	 * it gets.
	 */
	@Override
	public void close() {
		if (this.held == null || this.closed) {
			return;
		}
		this.closed = true;
		try (Connection connection = this.held) {
			if (this.normal != null) {
				// stored for the next open; the cache of this one keeps the size it was
				// made with
				CacheSettings.store(connection, this.normal);
			}
		}
		catch (SQLException ex) {
			// not worth failing the import for: the marker stays, and the next command
			// stores the normal size
			log.warn("The database's normal cache size could not be stored back: {}", ex.getMessage());
		}
	}

}
