package cn.investpromo.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import picocli.CommandLine.Option;

/** Options every command takes: where the database lives. */
class CommonOptions {

	@Option(names = "--data", paramLabel = "DIR",
			description = "Database directory (embedded HSQLDB), default: data/ or investpromo.data-dir")
	@Nullable Path dataDir;

	/**
	 * The Spring properties the options set; unset options leave configuration files in
	 * charge.
	 */
	Map<String, Object> properties() {
		Map<String, Object> properties = new LinkedHashMap<>();
		if (this.dataDir != null) {
			properties.put("investpromo.data-dir", this.dataDir.toAbsolutePath().toString());
		}
		return properties;
	}

}
