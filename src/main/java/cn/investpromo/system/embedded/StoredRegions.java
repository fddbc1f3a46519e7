package cn.investpromo.system.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import cn.investpromo.region.RegionCatalog;
import cn.investpromo.store.ReferenceStore;
import cn.investpromo.store.ReferenceStore.UserRegions;

/**
 * The user regions an embedded file database holds, read before the application starts
 * (issue 10): a regions sheet imported into it may define a scope the shipped catalogue
 * does not know.
 */
public final class StoredRegions {

	private StoredRegions() {
	}

	/**
	 * The shipped catalogue with the user regions an embedded file database holds, read
	 * over a plain JDBC connection (no Spring, no Flyway: a few rows); null when that
	 * cannot be done here (a server database, a database not yet migrated, stored regions
	 * that no longer fit), and the full start decides.
	 */
	public static @Nullable RegionCatalog withStoredRegions(RegionCatalog shipped, Environment environment) {
		String url = environment.getProperty("spring.datasource.url", "");
		if (EmbeddedDatabaseFiles.base(url) == null) {
			return null;
		}
		if (storedRegionsEmpty(url)) {
			return shipped;
		}
		// read-only files: no lock file, no log, no checkpoint when the connection closes
		DriverManagerDataSource database = new DriverManagerDataSource(url + ";ifexists=true;files_readonly=true",
				environment.getProperty("spring.datasource.username", "SA"),
				environment.getProperty("spring.datasource.password", ""));
		JdbcTemplate jdbc = new JdbcTemplate(database);
		try {
			UserRegions user = new ReferenceStore(jdbc).userRegions();
			return user.regions().isEmpty() ? shipped : shipped.withExtensions(user.regions(), user.members());
		}
		catch (DataAccessException | IllegalArgumentException ex) {
			return null;
		}
		finally {
			shutDown(jdbc);
		}
	}

	/**
	 * Whether the embedded database's files say that no user region is stored, without
	 * opening it (opening HSQLDB in a cold JVM costs most of a second): HSQLDB's script
	 * lists every non-empty cached table with its row count
	 * ({@code SET TABLE … INDEX '…'}); a database shut down cleanly has no log of later
	 * changes. Only a positive answer counts: a script without the line for the migration
	 * history (always non-empty), a pending log, or a file that cannot be read leaves the
	 * question to the database itself.
	 */
	public static boolean storedRegionsEmpty(String url) {
		String database = EmbeddedDatabaseFiles.base(url);
		if (database == null) {
			return false;
		}
		try {
			Path script = Path.of(database + ".script");
			Path log = Path.of(database + ".log");
			if (Files.exists(log) && Files.size(log) > 0) {
				return false;
			}
			boolean history = false;
			try (Stream<String> lines = Files.lines(script, StandardCharsets.UTF_8)) {
				for (String line : (Iterable<String>) lines::iterator) {
					if (line.startsWith("SET TABLE PUBLIC.USER_REGION INDEX ")) {
						return false;
					}
					history |= line.startsWith("SET TABLE PUBLIC.\"flyway_schema_history\" INDEX ");
				}
			}
			return history;
		}
		catch (IOException | UncheckedIOException | InvalidPathException ex) {
			return false;
		}
	}

	/**
	 * Closes the read-only database even when the configured address lacks
	 * {@code shutdown=true}: HSQLDB keeps one open database per path in the JVM, and the
	 * full start that may follow must open the files for writing.
	 */
	private static void shutDown(JdbcTemplate jdbc) {
		try {
			jdbc.execute("SHUTDOWN");
		}
		catch (DataAccessException ex) {
			// already closed with its last connection, or never opened
		}
	}

	/**
	 * Whether the configured database may hold user regions: an embedded file database
	 * whose files exist, or any server database; a fresh data folder or an in-memory
	 * database holds none.
	 */
	public static boolean databaseMayDefineRegions(Environment environment) {
		String url = environment.getProperty("spring.datasource.url", "");
		if (url.regionMatches(true, 0, "jdbc:hsqldb:mem:", 0, "jdbc:hsqldb:mem:".length())) {
			return false;
		}
		String database = EmbeddedDatabaseFiles.base(url);
		if (database == null) {
			return true;
		}
		try {
			return Files.exists(Path.of(database + ".properties")) || Files.exists(Path.of(database + ".script"));
		}
		catch (InvalidPathException ex) {
			// the full start says what is wrong with the address
			return true;
		}
	}

}
