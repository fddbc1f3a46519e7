package cn.investpromo.cli;

import java.nio.file.Path;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import picocli.CommandLine.Option;

/** The {@code --input} option of the commands that import. */
class InputOption {

	@Option(names = "--input", paramLabel = "DIR", description = "Folder of ledgers, default: input/")
	@Nullable Path input;

	/** Adds the option, when given, to the Spring properties a command starts with. */
	void addTo(Map<String, Object> properties) {
		if (this.input != null) {
			properties.put("investpromo.input-dir", this.input.toAbsolutePath().toString());
		}
	}

}
