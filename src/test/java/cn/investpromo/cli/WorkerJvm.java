package cn.investpromo.cli;

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
 * {@code investpromo worker} in a JVM of its own (the test class path, the real main
 * class), whose output lines a test waits for, and which it can kill with SIGKILL.
 */
final class WorkerJvm implements AutoCloseable {

	static final Predicate<String> STARTED = (line) -> line.contains("partition started:");

	static final Predicate<String> ENDED = (line) -> line.contains("partition ended:");

	private final String name;

	private final Process process;

	private final List<String> lines = new ArrayList<>();

	private final Thread pump;

	private WorkerJvm(String name, Process process) {
		this.name = name;
		this.process = process;
		this.pump = new Thread(this::pump, "worker-output-" + name);
		this.pump.setDaemon(true);
		this.pump.start();
	}

	/** Starts {@code investpromo worker} with these system properties. */
	static WorkerJvm start(String name, Path data, List<String> systemProperties) throws IOException {
		return start(name, data, "384m", systemProperties);
	}

	/** Starts {@code investpromo worker} with this heap and these system properties. */
	static WorkerJvm start(String name, Path data, String heap, List<String> systemProperties) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xmx" + heap);
		command.add("-Djava.awt.headless=true");
		command.add("-Dfile.encoding=UTF-8");
		systemProperties.forEach((property) -> command.add("-D" + property));
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add("cn.investpromo.InvestpromoApplication");
		command.addAll(List.of("worker", "--data", data.toString()));
		return new WorkerJvm(name, new ProcessBuilder(command).redirectErrorStream(true).start());
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

	/** Waits for the {@code count}th output line that matches; returns it. */
	String await(Predicate<String> match, int count, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		synchronized (this.lines) {
			while (true) {
				List<String> matching = this.lines.stream().filter(match).toList();
				if (matching.size() >= count) {
					return matching.get(count - 1);
				}
				long left = deadline - System.nanoTime();
				if (left <= 0 || !this.process.isAlive()) {
					throw new AssertionError(
							"worker " + this.name + ": no such line within " + timeout + "; output:\n" + output());
				}
				this.lines.wait(Math.max(1, Math.min(TimeUnit.NANOSECONDS.toMillis(left), 200)));
			}
		}
	}

	/** The output lines so far that match. */
	List<String> lines(Predicate<String> match) {
		synchronized (this.lines) {
			return this.lines.stream().filter(match).toList();
		}
	}

	/** SIGKILL: no shutdown hook, no transaction ends; like a power cut. */
	void kill() throws InterruptedException {
		this.process.toHandle().destroyForcibly();
		this.process.waitFor();
		this.pump.join(5_000);
	}

	/** SIGTERM; returns the exit status. */
	int terminate(Duration timeout) throws InterruptedException {
		this.process.toHandle().destroy();
		if (!this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			throw new AssertionError("worker " + this.name + " still running after SIGTERM:\n" + output());
		}
		this.pump.join(5_000);
		return this.process.exitValue();
	}

	String output() {
		synchronized (this.lines) {
			return String.join("\n", this.lines);
		}
	}

	@Override
	public void close() {
		this.process.destroyForcibly();
	}

}
