package cn.investpromo.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.stereotype.Component;

/**
 * Checks at start-up what binding cannot: that the data and output folders exist or can
 * be made, and are writable, so that a misconfiguration is one clear line before any job
 * starts rather than a failure half-way through.
 */
@Component("startupChecks")
class StartupChecks {

	StartupChecks(InvestpromoProperties properties) {
		writable("investpromo.data-dir", properties.dataDir());
		writable("investpromo.output-dir", properties.outputDir());
	}

	private static void writable(String setting, Path directory) {
		Path folder = directory.toAbsolutePath().normalize();
		try {
			Files.createDirectories(folder);
		}
		catch (IOException ex) {
			throw new IllegalStateException(setting + ": 目录无法创建 / cannot create folder " + folder);
		}
		if (!Files.isDirectory(folder) || !Files.isWritable(folder)) {
			throw new IllegalStateException(setting + ": 目录不可写 / folder not writable: " + folder);
		}
	}

}
