package cn.investpromo.system.embedded;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import org.hsqldb.Session;
import org.hsqldb.jdbc.JDBCConnection;
import org.hsqldb.persist.DataFileCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import's larger cache, on a real HSQLDB file database: the open database gets it,
 * the stored setting is the normal one again once the context has started, and a killed
 * import's size is undone by the next command.
 */
class ImportCacheTests {

	private static final CacheSize NORMAL = new CacheSize(10_000, 50_000);

	private static final CacheSize IMPORT = new CacheSize(32_768, 131_072);

	/** Ledger bytes enough for the larger cache. */
	private static final long LARGE = ImportCache.SMALL_INPUT;

	@TempDir
	Path work;

	@Test
	void theHeapBeyond128MbDecidesTheSizeAQuarterOfIt() {
		assertThat(CacheSize.forHeap(256L << 20, null)).isEqualTo(IMPORT);
		assertThat(CacheSize.forHeap(128L << 20, null)).isNull();
		assertThat(CacheSize.forHeap(160L << 20, null)).isNull(); // 8 MB: below
																	// HSQLDB's default
		assertThat(CacheSize.forHeap(4L << 30, null)).isEqualTo(new CacheSize(65_536, 262_144));
		assertThat(CacheSize.forHeap(4L << 30, 0)).isNull();
		assertThat(CacheSize.forHeap(128L << 20, 100)).isEqualTo(new CacheSize(102_400, 409_600));
	}

	@Test
	void theImportOpensWithTheLargerCacheAndLeavesTheNormalSizeStored() throws Exception {
		// given: a database with a cached table, at HSQLDB's default size
		String url = url();
		try (Connection connection = DriverManager.getConnection(url, "SA", "")) {
			execute(connection, "CREATE TABLE t (id INT PRIMARY KEY)");
		}
		// when: an import opens it and the context connects
		Opened opened = importInto(url, LARGE, "INSERT INTO t VALUES (1)");
		// then: the open database has the import's cache, the stored size is the normal
		// one
		assertThat(opened.liveBytes()).isEqualTo(32_768L * 1024);
		assertThat(opened.stored()).isEqualTo(NORMAL);
		// and the next open, after a clean shutdown, gets the normal cache
		assertThat(CacheSettings.scriptSize(script())).isEqualTo(NORMAL);
		try (Connection next = DriverManager.getConnection(url, "SA", "")) {
			assertThat(liveBytes(next)).isEqualTo(10_000L * 1024);
			execute(next, "SHUTDOWN");
		}
	}

	@Test
	void aNewDatabaseGetsTheLargerCacheForTheTablesTheContextCreates() throws Exception {
		// as Flyway does on a new database
		Opened opened = importInto(url(), LARGE, "CREATE TABLE t (id INT PRIMARY KEY)", "INSERT INTO t VALUES (1)");
		assertThat(opened.liveBytes()).isEqualTo(32_768L * 1024);
		assertThat(CacheSettings.scriptSize(script())).isEqualTo(NORMAL);
	}

	@Test
	void aKilledImportsSizeIsPutBackByTheNextCommand() throws Exception {
		// given: what an import killed after it enlarged the cache leaves: its size
		// stored, the marker beside it
		String url = killedImport();
		// when: a report starts
		ImportCache.settle(environment(url));
		// then
		assertThat(CacheSettings.scriptSize(script())).isEqualTo(NORMAL);
		assertThat(marker()).doesNotExist();
	}

	@Test
	void theImportLaunchedAgainAfterAKillStoresTheNormalSizeNotTheKilledOnes() throws Exception {
		Opened opened = importInto(killedImport(), LARGE, "INSERT INTO t VALUES (2)");
		assertThat(opened.liveBytes()).isEqualTo(32_768L * 1024);
		assertThat(opened.stored()).isEqualTo(NORMAL);
		assertThat(CacheSettings.scriptSize(script())).isEqualTo(NORMAL);
	}

	@Test
	void aSmallHeapLeavesTheDatabaseAsItIs() throws Exception {
		String url = url();
		try (ImportCache cache = ImportCache.open(environment(url), 0, LARGE)) {
			assertThat(cache).isSameAs(ImportCache.none());
		}
		assertThat(Files.exists(this.work.resolve("db.script"))).as("not even opened").isFalse();
	}

	@Test
	void smallLedgersLeaveTheDatabaseAsItIs() throws Exception {
		String url = url();
		try (ImportCache cache = ImportCache.open(environment(url), 32, ImportCache.SMALL_INPUT - 1)) {
			assertThat(cache).isSameAs(ImportCache.none());
		}
		assertThat(Files.exists(this.work.resolve("db.script"))).isFalse();
	}

	@Test
	void aKilledImportsSizeIsUndoneEvenByASmallImport() throws Exception {
		Opened opened = importInto(killedImport(), 0, "INSERT INTO t VALUES (3)");
		assertThat(opened.liveBytes()).isEqualTo(10_000L * 1024);
		assertThat(CacheSettings.scriptSize(script())).isEqualTo(NORMAL);
		assertThat(marker()).doesNotExist();
	}

	/**
	 * What the context's pool finds once an import opened the database: the live cache
	 * and the stored size.
	 */
	private record Opened(long liveBytes, CacheSize stored) {
	}

	/**
	 * An import of {@code ledgerBytes} at 32 MB: the cache opened, the pool's work done,
	 * the context started.
	 */
	private static Opened importInto(String url, long ledgerBytes, String... work) throws SQLException {
		try (ImportCache cache = ImportCache.open(environment(url), 32, ledgerBytes);
				Connection pool = DriverManager.getConnection(url, "SA", "")) {
			for (String sql : work) {
				execute(pool, sql);
			}
			cache.close();
			Opened opened = new Opened(liveBytes(pool), stored(pool));
			execute(pool, "SHUTDOWN");
			return opened;
		}
	}

	private String killedImport() throws SQLException, java.io.IOException {
		String url = url();
		try (Connection connection = DriverManager.getConnection(url, "SA", "")) {
			execute(connection, "CREATE TABLE t (id INT PRIMARY KEY)");
			execute(connection, "SET FILES CACHE SIZE 32768");
			execute(connection, "SET FILES CACHE ROWS 131072");
			execute(connection, "SHUTDOWN");
		}
		Files.writeString(marker(), "normal 10000 50000\nimport 32768 131072\n", StandardCharsets.UTF_8);
		assertThat(CacheSettings.scriptSize(script())).isEqualTo(IMPORT);
		return url;
	}

	private String url() {
		return "jdbc:hsqldb:file:" + this.work.resolve("db") + ";hsqldb.default_table_type=cached;shutdown=true";
	}

	private Path script() {
		return this.work.resolve("db.script");
	}

	private Path marker() {
		return this.work.resolve("db.import-cache");
	}

	private static StandardEnvironment environment(String url) {
		Map<String, Object> properties = new HashMap<>();
		properties.put("spring.datasource.url", url);
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
		return environment;
	}

	/** The size in bytes of the open database's row cache, as HSQLDB made it. */
	private static long liveBytes(Connection connection) throws SQLException {
		Session session = (Session) connection.unwrap(JDBCConnection.class).getSession();
		DataFileCache cache = session.getDatabase().logger.getCache();
		return cache.bytesCapacity();
	}

	private static CacheSize stored(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT PROPERTY_NAME, PROPERTY_VALUE FROM "
						+ "INFORMATION_SCHEMA.SYSTEM_PROPERTIES WHERE PROPERTY_NAME IN ('hsqldb.cache_size', "
						+ "'hsqldb.cache_rows') ORDER BY PROPERTY_NAME DESC")) {
			result.next();
			int kb = Integer.parseInt(result.getString(2));
			result.next();
			return new CacheSize(kb, Integer.parseInt(result.getString(2)));
		}
	}

	private static void execute(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
