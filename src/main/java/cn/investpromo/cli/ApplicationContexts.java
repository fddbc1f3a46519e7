package cn.investpromo.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

import cn.investpromo.InvestpromoApplication;
import cn.investpromo.job.RunLock.DatabaseInUseException;

/** Starts the Spring application for one command, with the properties its options set. */
final class ApplicationContexts {

	/** HSQLDB names its lock file in the message: "... [file =/srv/data/investpromo.lck, exists=true ...". */
	private static final Pattern LOCK_FILE = Pattern.compile("file =(.+?)[/\\\\][^/\\\\]+\\.lck");

	private ApplicationContexts() {
	}

	/**
	 * Options become command-line properties, which outrank every configuration file (builder defaults would not).
	 * Spring's own shutdown hook stays off: the commands close the context themselves, after a running job has
	 * stopped ({@link GracefulShutdown}), instead of pulling the database away from under it. {@code command} is
	 * what a refused second launch is told holds the embedded database.
	 */
	static ConfigurableApplicationContext start(String command, Map<String, Object> properties) {
		String[] args = properties.entrySet()
			.stream()
			.map((entry) -> "--" + entry.getKey() + "=" + entry.getValue())
			.toArray(String[]::new);
		AtomicReference<DataDirectoryLock> lock = new AtomicReference<>();
		LockDataDirectory locking = new LockDataDirectory(command, lock);
		try {
			return new SpringApplicationBuilder(InvestpromoApplication.class).logStartupInfo(false)
				.registerShutdownHook(false)
				.listeners(locking)
				.initializers(locking)
				.run(args);
		}
		catch (RuntimeException ex) {
			// a context that got as far as starting was closed by Boot already, its database with it
			DataDirectoryLock held = lock.get();
			if (held != null) {
				held.close();
			}
			DatabaseInUseException inUse = databaseInUse(ex);
			throw (inUse != null) ? inUse : ex;
		}
	}

	/**
	 * Takes the data directory's lock as soon as the configuration is known (every property source, profiles
	 * included), before the context and so the embedded database start, and hands it to the context, which lets go
	 * of it last, after the datasource has closed the database.
	 */
	private record LockDataDirectory(String command, AtomicReference<DataDirectoryLock> lock)
			implements ApplicationListener<ApplicationEnvironmentPreparedEvent>,
			ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
			Path folder = DataDirectoryLock.embeddedDatabaseFolder(event.getEnvironment());
			if (folder != null) {
				this.lock.set(DataDirectoryLock.acquire(folder, this.command));
			}
		}

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			DataDirectoryLock held = this.lock.get();
			if (held != null && context.getBeanFactory() instanceof DefaultSingletonBeanRegistry registry) {
				// registered before any bean exists, so destroyed after all of them (reverse order)
				registry.registerDisposableBean("investpromoDataDirectoryLock", held::close);
			}
		}

	}

	/** The embedded database is locked by another process: say so in one line, naming its folder. */
	private static DatabaseInUseException databaseInUse(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof DatabaseInUseException inUse) {
				return inUse;
			}
			String message = cause.getMessage();
			// a live holder keeps the lock file's heartbeat fresh; other lock failures (no folder) are not "in use"
			if (message != null && message.contains("lock acquisition failure")
					&& message.toLowerCase(java.util.Locale.ROOT).contains("heartbeat")) {
				Matcher file = LOCK_FILE.matcher(message);
				return new DatabaseInUseException(file.find() ? Path.of(file.group(1)).toString() : message);
			}
		}
		return null;
	}

	/** The first line of the deepest cause, for a one-line message instead of a stack trace. */
	static String rootMessage(Throwable failure) {
		if (failure instanceof DatabaseInUseException) {
			return failure.getMessage();
		}
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = (root.getMessage() != null) ? root.getMessage() : root.getClass().getSimpleName();
		return message.lines().findFirst().orElse(message);
	}

}
