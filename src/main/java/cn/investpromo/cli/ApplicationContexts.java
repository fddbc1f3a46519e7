package cn.investpromo.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;

import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.support.SpringApplicationJsonEnvironmentPostProcessor;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

import cn.investpromo.InvestpromoApplication;
import cn.investpromo.job.RunLock.DatabaseInUseException;
import cn.investpromo.system.InvestpromoProperties;

/** Starts the Spring application for one command, with the properties its options set. */
final class ApplicationContexts {

	/**
	 * HSQLDB names its lock file in the message: "... [file =/srv/data/investpromo.lck,
	 * exists=true ...".
	 */
	private static final Pattern LOCK_FILE = Pattern.compile("file =(.+?)[/\\\\][^/\\\\]+\\.lck");

	private ApplicationContexts() {
	}

	/**
	 * Options become command-line properties, which outrank every configuration file
	 * (builder defaults would not). Spring's own shutdown hook stays off: the commands
	 * close the context themselves, after a running job has stopped
	 * ({@link GracefulShutdown}), instead of pulling the database away from under it.
	 * {@code command} is what a refused second launch is told holds the embedded
	 * database.
	 */
	static ConfigurableApplicationContext start(String command, Map<String, Object> properties) {
		return start(command, properties, EarlyChecks.Check.NONE);
	}

	/**
	 * Like {@link #start(String, Map)}, answering first, before any part of the
	 * application starts, what the configuration alone decides: a data directory another
	 * process holds, bad usage ({@link UsageException}, from {@code checks}) and a bad
	 * setting. These need only the configuration files read, not the context; the
	 * cheapest answers come first, the refusal of a held data directory before even the
	 * settings are bound.
	 */
	static ConfigurableApplicationContext start(String command, Map<String, Object> properties,
			EarlyChecks.Check checks) {
		return start(command, properties, checks, false);
	}

	/**
	 * Like {@link #start(String, Map, EarlyChecks.Check)}, for a command that imports:
	 * the embedded database opens with the import's larger row cache
	 * ({@link ImportCache}).
	 */
	static ConfigurableApplicationContext startImporting(String command, Map<String, Object> properties,
			EarlyChecks.Check checks) {
		return start(command, properties, checks, true);
	}

	private static ConfigurableApplicationContext start(String command, Map<String, Object> properties,
			EarlyChecks.Check checks, boolean importing) {
		String[] args = properties.entrySet()
			.stream()
			.map((entry) -> "--" + entry.getKey() + "=" + entry.getValue())
			.toArray(String[]::new);
		quietUntilConfigured();
		checks.options();
		ConfigurableEnvironment environment = configuration(args);
		Path folder = DataDirectoryLock.embeddedDatabaseFolder(environment);
		// only an existing folder can be held; a new one is made only once the command is
		// known to start
		AtomicReference<DataDirectoryLock> lock = new AtomicReference<>(
				(folder != null && Files.isDirectory(folder)) ? DataDirectoryLock.acquire(folder, command) : null);
		try {
			checks.configuration(environment);
			InvestpromoProperties settings = Binder.get(environment)
				.bindOrCreate("investpromo", InvestpromoProperties.class);
			if (folder != null && lock.get() == null) {
				lock.set(DataDirectoryLock.acquire(folder, command));
			}
			LockDataDirectory locking = new LockDataDirectory(command, lock);
			if (!importing) {
				ImportCache.settle(environment);
			}
			try (ImportCache cache = importing ? ImportCache.open(environment, settings.importCacheMb(),
					ImportCache.ledgerBytes(settings.inputDir())) : ImportCache.none()) {
				return new SpringApplicationBuilder(InvestpromoApplication.class).logStartupInfo(false)
					.registerShutdownHook(false)
					.listeners(locking)
					.initializers(locking)
					.run(args);
			}
		}
		catch (RuntimeException ex) {
			// a context that got as far as starting was closed by Boot already, its
			// database with it; a database
			// the import cache could not open comes here too, its reason in the cause
			DataDirectoryLock held = lock.get();
			if (held != null) {
				held.close();
			}
			DatabaseInUseException inUse = databaseInUse(ex);
			throw (inUse != null) ? inUse : ex;
		}
	}

	/**
	 * Takes the data directory's lock as soon as the configuration is known (every
	 * property source, profiles included), before the context and so the embedded
	 * database start, and hands it to the context, which lets go of it last, after the
	 * datasource has closed the database.
	 */
	private record LockDataDirectory(String command, AtomicReference<DataDirectoryLock> lock)
			implements
				ApplicationListener<ApplicationEnvironmentPreparedEvent>,
				ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
			Path folder = DataDirectoryLock.embeddedDatabaseFolder(event.getEnvironment());
			DataDirectoryLock early = this.lock.get();
			if (early != null && early.folder().equals(folder)) {
				return;
			}
			if (early != null) {
				// the application's own configuration names another folder than the early
				// reading did
				early.close();
				this.lock.set(null);
			}
			if (folder != null) {
				this.lock.set(DataDirectoryLock.acquire(folder, this.command));
			}
		}

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			DataDirectoryLock held = this.lock.get();
			if (held != null && context.getBeanFactory() instanceof DefaultSingletonBeanRegistry registry) {
				// registered before any bean exists, so destroyed after all of them
				// (reverse order)
				registry.registerDisposableBean("investpromoDataDirectoryLock", held::close);
			}
		}

	}

	/**
	 * Logback's own default, before Spring Boot configures logging, prints every line to
	 * the console: an early answer would show twice. Boot's configuration replaces this
	 * once the context starts.
	 */
	private static void quietUntilConfigured() {
		if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback
				&& logback.getObject(LoggingSystem.class.getName()) == null) {
			logback.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(Level.OFF);
		}
	}

	/**
	 * The configuration as the application will see it (command-line properties first,
	 * then {@code SPRING_APPLICATION_JSON}, system properties, the environment and the
	 * configuration files with their profiles), read without starting the application: a
	 * few classes instead of the whole context.
	 */
	private static ConfigurableEnvironment configuration(String[] args) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
		if (environment.containsProperty("spring.application.json")
				|| environment.containsProperty("SPRING_APPLICATION_JSON")) {
			// the application object, unused by the processor, costs its listeners and
			// initialisers to make
			new SpringApplicationJsonEnvironmentPostProcessor().postProcessEnvironment(environment,
					new SpringApplication(InvestpromoApplication.class));
		}
		ConfigDataEnvironmentPostProcessor.applyTo(environment);
		ConfigurationPropertySources.attach(environment);
		return environment;
	}

	/**
	 * The embedded database is locked by another process: say so in one line, naming its
	 * folder.
	 */
	private static @Nullable DatabaseInUseException databaseInUse(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof DatabaseInUseException inUse) {
				return inUse;
			}
			String message = cause.getMessage();
			// a live holder keeps the lock file's heartbeat fresh; other lock failures
			// (no folder) are not "in use"
			if (message != null && message.contains("lock acquisition failure")
					&& message.toLowerCase(java.util.Locale.ROOT).contains("heartbeat")) {
				Matcher file = LOCK_FILE.matcher(message);
				return new DatabaseInUseException(file.find() ? Path.of(file.group(1)).toString() : message);
			}
		}
		return null;
	}

	/**
	 * The first line of the deepest cause, for a one-line message instead of a stack
	 * trace.
	 */
	static String rootMessage(Throwable failure) {
		if (failure instanceof DatabaseInUseException) {
			return Objects.requireNonNull(failure.getMessage());
		}
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = (root.getMessage() != null) ? root.getMessage() : root.getClass().getSimpleName();
		return message.lines().findFirst().orElse(message);
	}

}
