package cn.investpromo.system.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;

/**
 * Where the embedded database's cache size is kept: read and stored over a plain JDBC
 * connection, read from a cleanly shut down database's script, and remembered in the
 * {@link ImportCache}'s marker file.
 */
final class CacheSettings {

	private CacheSettings() {
	}

	static Connection connect(Environment environment, String url) throws SQLException {
		return DriverManager.getConnection(url, environment.getProperty("spring.datasource.username", "SA"),
				environment.getProperty("spring.datasource.password", ""));
	}

	static CacheSize stored(Connection connection) throws SQLException {
		return new CacheSize(property(connection, "hsqldb.cache_size"), property(connection, "hsqldb.cache_rows"));
	}

	private static int property(Connection connection, String name) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement(
				"SELECT PROPERTY_VALUE FROM INFORMATION_SCHEMA.SYSTEM_PROPERTIES WHERE PROPERTY_NAME = ?")) {
			query.setString(1, name);
			try (ResultSet result = query.executeQuery()) {
				if (!result.next()) {
					throw new SQLException("HSQLDB does not report " + name);
				}
				return Integer.parseInt(result.getString(1).trim());
			}
		}
	}

	static void store(Connection connection, CacheSize size) throws SQLException {
		execute(connection, "SET FILES CACHE SIZE " + size.kb());
		execute(connection, "SET FILES CACHE ROWS " + size.rows());
	}

	static void execute(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	/**
	 * The sizes a cleanly shut down database's script stores; null when it does not say.
	 */
	static @Nullable CacheSize scriptSize(Path script) {
		Integer kb = null;
		Integer rows = null;
		try (Stream<String> lines = Files.lines(script, StandardCharsets.UTF_8)) {
			for (String line : (Iterable<String>) lines::iterator) {
				if (line.startsWith("SET FILES CACHE SIZE ")) {
					kb = Integer.valueOf(line.substring("SET FILES CACHE SIZE ".length()).trim());
				}
				else if (line.startsWith("SET FILES CACHE ROWS ")) {
					rows = Integer.valueOf(line.substring("SET FILES CACHE ROWS ".length()).trim());
				}
				else if (line.startsWith("CREATE ")) {
					break; // the settings come first
				}
			}
		}
		catch (IOException | UncheckedIOException | NumberFormatException ex) {
			return null;
		}
		return (kb != null && rows != null) ? new CacheSize(kb, rows) : null;
	}

	/**
	 * The normal size and the import's, as the marker file keeps them:
	 * {@code normal 10000 50000}, {@code import …}.
	 */
	record Marker(CacheSize normal, CacheSize bulk) {

		static @Nullable Marker read(Path file) {
			try {
				List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
				return new Marker(size(lines, "normal"), size(lines, "import"));
			}
			catch (IOException | RuntimeException ex) {
				return null; // none, or not ours: the stored size stands
			}
		}

		private static CacheSize size(List<String> lines, String name) {
			for (String line : lines) {
				String[] words = line.trim().split("\\s+");
				if (words.length == 3 && words[0].equals(name)) {
					return new CacheSize(Integer.parseInt(words[1]), Integer.parseInt(words[2]));
				}
			}
			throw new IllegalArgumentException("no " + name + " line");
		}

		static void write(Path file, CacheSize normal, CacheSize bulk) throws IOException {
			Files.writeString(file, "normal " + normal.text() + "\nimport " + bulk.text() + "\n",
					StandardCharsets.UTF_8);
		}

	}

}
