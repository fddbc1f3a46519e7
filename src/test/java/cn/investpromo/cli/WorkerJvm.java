package cn.investpromo.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import cn.investpromo.job.ChildProcess;

/**
 * {@code investpromo worker} in a JVM of its own ({@link ChildProcess}: the test class
 * path, the real main class), whose output lines a test waits for, and which it can kill
 * with SIGKILL.
 */
final class WorkerJvm implements AutoCloseable {

	static final Predicate<String> STARTED = (line) -> line.contains("partition started:");

	static final Predicate<String> ENDED = (line) -> line.contains("partition ended:");

	private final String name;

	private final ChildProcess process;

	private WorkerJvm(String name, ChildProcess process) {
		this.name = name;
		this.process = process;
	}

	/** Starts {@code investpromo worker} with these system properties. */
	static WorkerJvm start(String name, Path data, List<String> systemProperties) throws IOException {
		return start(name, data, "384m", systemProperties);
	}

	/** Starts {@code investpromo worker} with this heap and these system properties. */
	static WorkerJvm start(String name, Path data, String heap, List<String> systemProperties) throws IOException {
		return new WorkerJvm(name, ChildProcess.start(heap, systemProperties, "worker", "--data", data.toString()));
	}

	/** Waits for the {@code count}th output line that matches; returns it. */
	String await(Predicate<String> match, int count, Duration timeout) throws InterruptedException {
		try {
			return this.process.awaitLines(match, count, timeout);
		}
		catch (AssertionError ex) {
			throw new AssertionError("worker " + this.name + ": " + ex.getMessage(), ex);
		}
	}

	/** The output lines so far that match. */
	List<String> lines(Predicate<String> match) {
		return this.process.lines(match);
	}

	/** SIGKILL: no shutdown hook, no transaction ends; like a power cut. */
	void kill() throws InterruptedException {
		this.process.kill();
	}

	/** SIGTERM; returns the exit status. */
	int terminate(Duration timeout) throws InterruptedException {
		return this.process.terminate(timeout);
	}

	String output() {
		return this.process.output();
	}

	@Override
	public void close() {
		this.process.close();
	}

}
