package cn.investpromo.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

import cn.investpromo.system.InvestpromoProperties;
import cn.investpromo.system.embedded.EmbeddedDatabaseFiles;

/**
 * The early check of the commands that only read what is stored ({@code history},
 * {@code report}, {@code deliver}): the embedded database must already be in the data
 * folder, so that a mistyped {@code --data} is named in one line instead of getting an
 * empty database made there (issue 22). A server database is not checked.
 */
final class ExistingDatabase implements EarlyChecks.Check {

	private final EarlyChecks.Check then;

	private ExistingDatabase(EarlyChecks.Check then) {
		this.then = then;
	}

	/** This check, then {@code then}'s. */
	static EarlyChecks.Check before(EarlyChecks.Check then) {
		return new ExistingDatabase(then);
	}

	@Override
	public void options() {
		this.then.options();
	}

	@Override
	public void configuration(Environment environment) {
		this.then.configuration(environment);
		// a bad setting is named first, as the start would name it
		Binder.get(environment).bindOrCreate("investpromo", InvestpromoProperties.class);
		Path folder = EmbeddedDatabaseFiles.folder(environment);
		String base = EmbeddedDatabaseFiles.base(environment.getProperty("spring.datasource.url", ""));
		if (folder == null || base == null || !underAFolder(folder)) {
			return;
		}
		Path files = Path.of(base).toAbsolutePath().normalize();
		Path script = files.resolveSibling(files.getFileName() + ".script");
		Path properties = files.resolveSibling(files.getFileName() + ".properties");
		if (!Files.isRegularFile(script) && !Files.isRegularFile(properties)) {
			throw new IllegalStateException("数据目录中没有数据库：" + folder + "；请检查 --data，或先导入台账 / no database in the data "
					+ "folder " + folder + ": check --data, or import first (investpromo import, or investpromo run)");
		}
	}

	/**
	 * Whether the folder is, or could be, a folder: a path through a file is a bad
	 * setting the settings' own check names.
	 */
	private static boolean underAFolder(Path folder) {
		@Nullable Path existing = folder;
		while (existing != null && !Files.exists(existing)) {
			existing = existing.getParent();
		}
		return existing != null && Files.isDirectory(existing);
	}

}
