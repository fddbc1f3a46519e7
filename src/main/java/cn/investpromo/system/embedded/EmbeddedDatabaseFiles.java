package cn.investpromo.system.embedded;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;

/**
 * Where the embedded HSQLDB file database keeps its files, as its JDBC address names
 * them.
 */
public final class EmbeddedDatabaseFiles {

	private static final String HSQLDB_FILE = "jdbc:hsqldb:file:";

	private EmbeddedDatabaseFiles() {
	}

	/**
	 * The path, without extension, of the database's files ({@code data/investpromo} for
	 * {@code jdbc:hsqldb:file:data/investpromo;shutdown=true}); null when the address is
	 * not an HSQLDB file database's (a server, an in-memory database).
	 */
	public static @Nullable String base(String url) {
		if (!url.regionMatches(true, 0, HSQLDB_FILE, 0, HSQLDB_FILE.length())) {
			return null;
		}
		return url.substring(HSQLDB_FILE.length()).split(";", 2)[0];
	}

	/**
	 * The data directory when the datasource is the embedded HSQLDB file database inside
	 * it (the default); {@code null} for any other database, e.g. PostgreSQL, where
	 * {@link cn.investpromo.job.RunLock} does the job.
	 */
	public static @Nullable Path folder(Environment environment) {
		String files = base(environment.getProperty("spring.datasource.url", ""));
		if (files == null) {
			return null;
		}
		try {
			Path folder = Path.of(environment.getProperty("investpromo.data-dir", "data")).toAbsolutePath().normalize();
			Path database = Path.of(files).toAbsolutePath().normalize();
			return database.startsWith(folder) ? folder : null;
		}
		catch (InvalidPathException ex) {
			// not a path we can lock: HSQLDB and the start-up checks will say what is
			// wrong with it
			return null;
		}
	}

}
