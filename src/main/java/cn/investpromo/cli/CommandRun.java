package cn.investpromo.cli;

import java.util.function.Supplier;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Model.CommandSpec;

import cn.investpromo.job.JobRunner;

/**
 * The skeleton of a command's {@code call()}: start the application, run the command in
 * it, close it, and turn a failure outside any job into one line and an exit status.
 */
final class CommandRun {

	private CommandRun() {
	}

	/** What a command does once the application has started; its exit status. */
	@FunctionalInterface
	interface Body {

		int run(ConfigurableApplicationContext context, Console console) throws Exception;

	}

	/**
	 * Runs a command that launches jobs: a signal stops the running job at its next chunk
	 * boundary, and the application closes once it has stopped.
	 */
	static int launching(CommandSpec spec, Supplier<ConfigurableApplicationContext> start, Body body) {
		Console console = new Console(spec);
		GracefulShutdown shutdown = new GracefulShutdown();
		try (shutdown; ConfigurableApplicationContext context = start.get()) {
			shutdown.onSignal(context.getBean(JobRunner.class)::stopRunning);
			return body.run(context, console);
		}
		catch (Exception ex) {
			return console.failed(ex);
		}
	}

	/** Runs a command that launches no job. */
	static int plain(CommandSpec spec, Supplier<ConfigurableApplicationContext> start, Body body) {
		Console console = new Console(spec);
		try (ConfigurableApplicationContext context = start.get()) {
			return body.run(context, console);
		}
		catch (Exception ex) {
			return console.failed(ex);
		}
	}

}
