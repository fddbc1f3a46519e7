package cn.investpromo.system.embedded;

import org.jspecify.annotations.Nullable;

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

}
