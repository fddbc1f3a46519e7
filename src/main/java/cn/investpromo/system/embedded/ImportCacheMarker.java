package cn.investpromo.system.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * The marker file {@link ImportCache} leaves beside an embedded database while an import
 * runs with a larger cache, and the putting back of the normal size after a killed one.
 */
final class ImportCacheMarker {

	private ImportCacheMarker() {
	}

	/**
	 * The marker beside an embedded file database, {@code data/investpromo.import-cache};
	 * null for any other.
	 */
	static @Nullable Path path(String url) {
		String files = EmbeddedDatabaseFiles.base(url);
		if (files == null) {
			return null;
		}
		try {
			return Path.of(files + ".import-cache");
		}
		catch (InvalidPathException ex) {
			return null; // the full start says what is wrong with the address
		}
	}

	/** See {@link ImportCache#settle}. */
	static void settle(Environment environment) {
		String url = environment.getProperty("spring.datasource.url", "");
		Path marker = path(url);
		if (marker == null || !Files.exists(marker)) {
			return;
		}
		CacheSettings.Marker earlier = CacheSettings.Marker.read(marker);
		CacheSize stored = CacheSettings.scriptSize(Path.of(EmbeddedDatabaseFiles.base(url) + ".script"));
		try {
			if (earlier != null && earlier.bulk().equals(stored)) {
				try (Connection connection = CacheSettings.connect(environment, url)) {
					CacheSettings.store(connection, earlier.normal());
					CacheSettings.execute(connection, "SHUTDOWN");
				}
			}
			Files.deleteIfExists(marker);
		}
		catch (SQLException ex) {
			throw new DataAccessResourceFailureException(ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
