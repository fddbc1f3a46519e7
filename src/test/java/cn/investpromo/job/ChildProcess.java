package cn.investpromo.job;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The real {@code investpromo} command in a JVM of its own (the test class path, the real
 * main class), so that a test can kill it or send it SIGTERM and see what a user would
 * see.
 */
public final class ChildProcess implements AutoCloseable {

	private final Process process;

	private final List<String> lines = new ArrayList<>();

	private final Thread pump;

	private ChildProcess(Process process) {
		this.process = process;
		this.pump = new Thread(this::pump, "child-output");
		this.pump.setDaemon(true);
		this.pump.start();
	}

	/**
	 * Starts {@code investpromo <args>} with extra system properties
	 * ({@code -Dname=value}).
	 */
	static ChildProcess start(List<String> systemProperties, String... args) throws IOException {
		return start("512m", systemProperties, args);
	}

	/**
	 * Starts {@code investpromo <args>} with this heap ({@code 384m}) and extra system
	 * properties.
	 */
	public static ChildProcess start(String heap, List<String> systemProperties, String... args) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xmx" + heap);
		command.add("-Djava.awt.headless=true");
		command.add("-Dfile.encoding=UTF-8");
		systemProperties.forEach((property) -> command.add("-D" + property));
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add("cn.investpromo.InvestpromoApplication");
		command.addAll(List.of(args));
		return new ChildProcess(new ProcessBuilder(command).redirectErrorStream(true).start());
	}

	private void pump() {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(this.process.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				synchronized (this.lines) {
					this.lines.add(line);
					this.lines.notifyAll();
				}
			}
		}
		catch (IOException ex) {
			// the process is gone
		}
	}

	/** Waits for an output line that matches, failing the test after {@code timeout}. */
	String awaitLine(Predicate<String> match, Duration timeout) throws InterruptedException {
		return awaitLines(match, 1, timeout);
	}

	/** Waits for the {@code count}th output line that matches; returns it. */
	public String awaitLines(Predicate<String> match, int count, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		synchronized (this.lines) {
			int seen = 0;
			int matched = 0;
			while (true) {
				for (; seen < this.lines.size(); seen++) {
					if (match.test(this.lines.get(seen)) && ++matched == count) {
						return this.lines.get(seen);
					}
				}
				long left = deadline - System.nanoTime();
				if (left <= 0 || (!this.process.isAlive() && seen == this.lines.size())) {
					throw new AssertionError("no matching line within " + timeout + "; output:\n" + output());
				}
				this.lines.wait(Math.max(1, Math.min(TimeUnit.NANOSECONDS.toMillis(left), 200)));
			}
		}
	}

	long pid() {
		return this.process.pid();
	}

	/** Waits for the process to end by itself; returns its exit status. */
	int waitFor(Duration timeout) throws InterruptedException {
		if (!this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			throw new AssertionError("still running after " + timeout + "; output:\n" + output());
		}
		this.pump.join(5_000);
		return this.process.exitValue();
	}

	/**
	 * SIGKILL: no shutdown hook runs, like a power cut as far as the process is
	 * concerned.
	 */
	public int kill() throws InterruptedException {
		// through the handle: Process.destroy*() would also close our end of its output,
		// losing the last lines
		this.process.toHandle().destroyForcibly();
		int status = this.process.waitFor();
		this.pump.join(5_000);
		return status;
	}

	/** SIGTERM, as systemd or {@code kill} sends it; returns the exit status. */
	public int terminate(Duration timeout) throws InterruptedException {
		this.process.toHandle().destroy();
		if (!this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			throw new AssertionError("still running " + timeout + " after SIGTERM; output:\n" + output());
		}
		// the last lines may still be in the pipe
		this.pump.join(5_000);
		return this.process.exitValue();
	}

	public String output() {
		synchronized (this.lines) {
			return String.join("\n", this.lines);
		}
	}

	/** The output lines so far that match. */
	public List<String> lines(Predicate<String> match) {
		synchronized (this.lines) {
			return this.lines.stream().filter(match).toList();
		}
	}

	@Override
	public void close() {
		this.process.destroyForcibly();
	}

}
