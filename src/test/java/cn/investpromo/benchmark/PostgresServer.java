package cn.investpromo.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The embedded PostgreSQL server the benchmark imports into beside HSQLDB (issue 10): the
 * same binaries as {@code PostgresIntegrationTests}, its data directory on the
 * benchmark's own disk, a fresh database for every import, and the CPU time its processes
 * spend, which the importing JVM's own account cannot see.
 */
final class PostgresServer implements AutoCloseable {

	private static final String USER = "postgres";

	private final EmbeddedPostgres postgres;

	private final Path dataDirectory;

	private final Connection admin;

	private PostgresServer(EmbeddedPostgres postgres, Path dataDirectory) throws SQLException {
		this.postgres = postgres;
		this.dataDirectory = dataDirectory;
		this.admin = postgres.getPostgresDatabase().getConnection();
	}

	/**
	 * Starts a server on a new data directory. The embedded library turns {@code fsync}
	 * and {@code synchronous_commit} off for tests; a deployed server has both on, and so
	 * does this one, so that every chunk's commit waits for its WAL to reach the disk as
	 * it would in production.
	 */
	static PostgresServer start(Path dataDirectory) throws IOException, SQLException {
		Files.createDirectories(dataDirectory.getParent());
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(dataDirectory)
			.setCleanDataDirectory(true)
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.start();
		return new PostgresServer(postgres, dataDirectory);
	}

	/** The server's version and the settings that weigh on a bulk import, for the log. */
	String describe() throws SQLException {
		List<String> settings = new ArrayList<>();
		for (String name : List.of("server_version", "synchronous_commit", "fsync", "shared_buffers", "wal_level",
				"max_wal_size")) {
			settings.add(name + "=" + query("SHOW " + name));
		}
		return String.join(", ", settings);
	}

	/** Creates an empty database and returns its JDBC URL. */
	String freshDatabase(String name) throws SQLException {
		try (Statement statement = this.admin.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + name);
			statement.execute("CREATE DATABASE " + name);
		}
		return this.postgres.getJdbcUrl(USER, name);
	}

	/**
	 * The standard Spring datasource settings, as environment variables, for a child that
	 * uses {@code database}.
	 */
	Map<String, String> environment(String jdbcUrl) {
		return Map.of("SPRING_DATASOURCE_URL", jdbcUrl, "SPRING_DATASOURCE_USERNAME", USER,
				"SPRING_DATASOURCE_PASSWORD", "");
	}

	/** A count query against one of the server's databases. */
	long count(String database, String sql) throws SQLException {
		try (Connection connection = this.postgres.getDatabase(USER, database).getConnection();
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getLong(1);
		}
	}

	/**
	 * Waits until no client is connected to {@code database} any more (a backend ends a
	 * moment after its client), so that its CPU time has been added to the server's
	 * account when {@link #cpuSeconds()} reads it.
	 */
	void awaitDisconnected(String database) throws SQLException, InterruptedException {
		long deadline = System.nanoTime() + 30_000_000_000L;
		while (System.nanoTime() < deadline) {
			if (Long
				.parseLong(query("SELECT COUNT(*) FROM pg_stat_activity WHERE datname = '" + database + "'")) == 0) {
				return;
			}
			Thread.sleep(20);
		}
		throw new IllegalStateException("clients still connected to " + database + " 30 s after the import ended");
	}

	/**
	 * User and system CPU seconds of the server so far: the postmaster's own, what it
	 * collected from backends that ended (its {@code cutime + cstime}), and what its live
	 * processes (checkpointer, WAL writer, autovacuum, backends) have used. Linux only;
	 * NaN elsewhere.
	 */
	double cpuSeconds() {
		try {
			long postmaster = Long
				.parseLong(Files.readAllLines(this.dataDirectory.resolve("postmaster.pid")).get(0).trim());
			long ticks = 0;
			List<Path> processes;
			try (Stream<Path> proc = Files.list(Path.of("/proc"))) {
				processes = proc.filter((path) -> path.getFileName().toString().matches("\\d+")).toList();
			}
			// children before the parent: a backend that ends in between is counted twice
			// rather than not at all
			for (Path process : processes) {
				long[] stat = stat(process);
				if (stat != null && stat[0] == postmaster) {
					ticks += stat[1];
				}
			}
			long[] own = stat(Path.of("/proc", Long.toString(postmaster)));
			if (own == null) {
				return Double.NaN;
			}
			return (ticks + own[1]) / 100.0;
		}
		catch (IOException | RuntimeException ex) {
			return Double.NaN;
		}
	}

	/**
	 * Parent pid and utime + stime + cutime + cstime of a process, or null if it has
	 * gone.
	 */
	private static long[] stat(Path process) {
		try {
			String stat = Files.readString(process.resolve("stat"));
			// after the command name in parentheses: state, ppid (field 4) … utime (14)
			// stime cutime cstime (17)
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13])
					+ Long.parseLong(fields[14]);
			return new long[] { Long.parseLong(fields[1]), ticks };
		}
		catch (IOException | RuntimeException ex) {
			return null;
		}
	}

	private String query(String sql) throws SQLException {
		try (Statement statement = this.admin.createStatement(); ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getString(1);
		}
	}

	@Override
	public void close() throws IOException, SQLException {
		try {
			this.admin.close();
		}
		finally {
			this.postgres.close();
		}
	}

}
