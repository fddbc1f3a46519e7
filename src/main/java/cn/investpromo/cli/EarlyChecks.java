package cn.investpromo.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import cn.investpromo.region.RegionCatalog;
import cn.investpromo.region.RegionMatch;
import cn.investpromo.report.ReportLanguage;
import cn.investpromo.store.ReferenceStore;
import cn.investpromo.store.ReferenceStore.UserRegions;
import cn.investpromo.system.DefaultRegion;
import cn.investpromo.system.ReportScopes;

/**
 * What a command can tell is bad usage from its options, the settings and the shipped
 * region catalogue alone, so that it answers in one line before the database, Flyway and
 * Spring Batch start (issue 10). A scope the shipped catalogue does not know is looked up
 * among the user regions an existing embedded database holds (a regions sheet imported
 * into it may define that name); on a server database it is left to the full start.
 */
final class EarlyChecks {

	/**
	 * A daemon thread per load, so a command that fails meanwhile does not wait for it to
	 * exit.
	 */
	private static final Executor LOADER = (task) -> {
		Thread thread = new Thread(task, "region-catalog");
		thread.setDaemon(true);
		thread.start();
	};

	private EarlyChecks() {
	}

	/**
	 * What must be checked before a command starts; throws {@link UsageException} for bad
	 * usage.
	 */
	interface Check {

		Check NONE = new Check() {
		};

		/** What the options alone decide, checked before the configuration is read. */
		default void options() {
		}

		/**
		 * What needs the configuration as well (read, not yet bound and checked as the
		 * settings).
		 */
		default void configuration(Environment environment) {
		}

	}

	/**
	 * The checks of {@code report}, {@code run} and {@code deliver}: period, language and
	 * scope. A scope to look up starts the catalogue loading on a thread of its own at
	 * once, beside the reading of the configuration.
	 */
	static Check report(ReportOptions options) {
		return new Check() {

			private @Nullable CompletableFuture<RegionCatalog> catalog;

			@Override
			public void options() {
				try {
					options.reportPeriod();
					if (options.language != null) {
						ReportLanguage.parse(options.language);
					}
				}
				catch (IllegalArgumentException ex) {
					throw new UsageException(ex.getMessage());
				}
				if (options.scope != null && !options.scope.isBlank() && !china(options.scope)) {
					this.catalog = CompletableFuture.supplyAsync(RegionCatalog::loadDefault, LOADER);
				}
			}

			@Override
			public void configuration(Environment environment) {
				if (this.catalog != null && options.scope != null) {
					checkScope(options.scope, this.catalog.join(), environment);
				}
			}

		};
	}

	private static boolean china(String scope) {
		String text = scope.trim();
		return text.equals("全国") || text.equals("中国") || text.toLowerCase(Locale.ROOT).equals("all")
				|| text.equals(RegionCatalog.CHINA_CODE);
	}

	private static void checkScope(String scope, RegionCatalog shipped, Environment environment) {
		DefaultRegion defaultRegion = new DefaultRegion(null);
		String configured = environment.getProperty("investpromo.default-region");
		if (configured != null && !configured.isBlank()) {
			RegionMatch match = shipped.resolve(configured, null);
			if (!match.resolved()) {
				// a user region, or a bad setting: the full start knows which and says so
				return;
			}
			defaultRegion = new DefaultRegion(match.region());
		}
		try {
			ReportScopes.resolve(scope, shipped, defaultRegion);
		}
		catch (IllegalArgumentException ex) {
			if (!databaseMayDefineRegions(environment)) {
				throw new UsageException(ex.getMessage());
			}
			RegionCatalog stored = withStoredRegions(shipped, environment);
			if (stored == null) {
				return; // the full start reads the user regions and decides
			}
			try {
				ReportScopes.resolve(scope, stored, defaultRegion);
			}
			catch (IllegalArgumentException unknown) {
				throw new UsageException(unknown.getMessage());
			}
		}
	}

	/**
	 * The shipped catalogue with the user regions an embedded file database holds, read
	 * over a plain JDBC connection (no Spring, no Flyway: a few rows); null when that
	 * cannot be done here (a server database, a database not yet migrated, stored regions
	 * that no longer fit), and the full start decides.
	 */
	private static @Nullable RegionCatalog withStoredRegions(RegionCatalog shipped, Environment environment) {
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
	static boolean storedRegionsEmpty(String url) {
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
	static boolean databaseMayDefineRegions(Environment environment) {
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
