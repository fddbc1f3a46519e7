package cn.investpromo.benchmark;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the real {@code investpromo} command in a JVM of its own with a fixed heap and
 * measures it from outside: wall time, peak resident memory (the kernel's high-water
 * mark, {@code VmHWM}, sampled while it runs) and, from the child's own GC log, the most
 * heap it held before and after a collection.
 */
final class MeasuredProcess {

	private static final Pattern GC_PAUSE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

	private static final Pattern HWM = Pattern.compile("VmHWM:\\s+(\\d+) kB");

	private MeasuredProcess() {
	}

	/**
	 * What one launch measured; memory in MiB, -1 where it could not be seen.
	 * {@code heapAfterGc} is the largest heap still in use after a collection: what the
	 * process really held, garbage excluded.
	 */
	record Measurement(int exitStatus, double seconds, double cpuSeconds, long peakRssMb, long heapPeakMb,
			long heapAfterGcMb, int collections, int fullCollections, List<String> output) {

		/**
		 * "ok", "OutOfMemoryError" (status 3, from -XX:+ExitOnOutOfMemoryError) or "exit
		 * N".
		 */
		String outcome() {
			return switch (this.exitStatus) {
				case 0 -> "ok";
				case 3 -> "OutOfMemoryError";
				default -> "exit " + this.exitStatus;
			};
		}

		String lastLine(String prefix) {
			for (int i = this.output.size() - 1; i >= 0; i--) {
				if (this.output.get(i).contains(prefix)) {
					return this.output.get(i);
				}
			}
			return null;
		}

	}

	/**
	 * Starts {@code investpromo <args>} with {@code -Xmx<heap>}, waits for it and returns
	 * what it measured.
	 */
	static Measurement run(String heap, Path logFolder, String name, List<String> args)
			throws IOException, InterruptedException {
		return run(heap, logFolder, name, "cn.investpromo.InvestpromoApplication", Map.of(), args);
	}

	/**
	 * Like {@link #run(String, Path, String, List)}, with these variables added to the
	 * child's environment.
	 */
	static Measurement run(String heap, Path logFolder, String name, Map<String, String> environment, List<String> args)
			throws IOException, InterruptedException {
		return run(heap, logFolder, name, "cn.investpromo.InvestpromoApplication", environment, args);
	}

	/**
	 * Starts {@code mainClass <args>} on the test class path with {@code -Xmx<heap>},
	 * waits for it and returns what it measured. Its CPU time (user and system, all
	 * threads) is what the kernel adds to this process's reaped children's times
	 * ({@code cutime + cstime} of {@code /proc/self/stat}) when it ends: exact to a clock
	 * tick, and only right because the benchmark runs one child at a time.
	 */
	static Measurement run(String heap, Path logFolder, String name, String mainClass, List<String> args)
			throws IOException, InterruptedException {
		return run(heap, logFolder, name, mainClass, Map.of(), args);
	}

	private static Measurement run(String heap, Path logFolder, String name, String mainClass,
			Map<String, String> environment, List<String> args) throws IOException, InterruptedException {
		Files.createDirectories(logFolder);
		Path gcLog = logFolder.resolve(name + "-gc.log");
		Path outputLog = logFolder.resolve(name + ".log");
		Files.deleteIfExists(gcLog);
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xmx" + heap);
		// an OutOfMemoryError ends the child at once with status 3, so a broken heap cap
		// cannot pass unnoticed
		command.add("-XX:+ExitOnOutOfMemoryError");
		command.add("-Xlog:gc:file=" + gcLog);
		command.add("-Djava.awt.headless=true");
		command.add("-Dfile.encoding=UTF-8");
		command.add("-cp");
		command.add(classPath());
		command.add(mainClass);
		command.addAll(args);
		double childCpuBefore = childrenCpuSeconds();
		long started = System.nanoTime();
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(outputLog.toFile());
		builder.environment().putAll(environment);
		Process process = builder.start();
		Path status = Path.of("/proc", Long.toString(process.pid()), "status");
		long peakRssKb = -1;
		while (process.isAlive()) {
			peakRssKb = Math.max(peakRssKb, highWaterMark(status));
			Thread.sleep(50);
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		int exitStatus = process.waitFor();
		// the JDK's reaper thread has waited for the child once waitFor returns: its
		// times are in ours now
		double cpuSeconds = childrenCpuSeconds() - childCpuBefore;
		long heapPeak = -1;
		long heapAfterGc = -1;
		int collections = 0;
		int fullCollections = 0;
		if (Files.exists(gcLog)) {
			for (String line : Files.readAllLines(gcLog, StandardCharsets.UTF_8)) {
				Matcher pause = GC_PAUSE.matcher(line);
				if (pause.find()) {
					collections++;
					// a full collection means the heap cap was tight: the collector had
					// to stop and compact it all
					fullCollections += line.contains("Pause Full") ? 1 : 0;
					heapPeak = Math.max(heapPeak, Long.parseLong(pause.group(1)));
					heapAfterGc = Math.max(heapAfterGc, Long.parseLong(pause.group(2)));
				}
			}
		}
		List<String> output = Files.readAllLines(outputLog, StandardCharsets.UTF_8);
		return new Measurement(exitStatus, seconds, cpuSeconds, (peakRssKb < 0) ? -1 : peakRssKb / 1024, heapPeak,
				heapAfterGc, collections, fullCollections, output);
	}

	/**
	 * User and system CPU seconds of this process's children that have ended; NaN off
	 * Linux.
	 */
	private static double childrenCpuSeconds() {
		try {
			String stat = Files.readString(Path.of("/proc/self/stat"));
			// after the command name in parentheses: field 3 (state) is token 0, cutime
			// (16) and cstime (17)
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			return (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) / CLOCK_TICKS;
		}
		catch (IOException | RuntimeException ex) {
			return Double.NaN;
		}
	}

	/**
	 * USER_HZ, which Linux fixes at 100 for /proc whatever the kernel's own tick rate.
	 */
	private static final double CLOCK_TICKS = 100.0;

	private static long highWaterMark(Path status) {
		try {
			Matcher matcher = HWM.matcher(Files.readString(status));
			return matcher.find() ? Long.parseLong(matcher.group(1)) : -1;
		}
		catch (IOException ex) {
			// not Linux, or the process just ended
			return -1;
		}
	}

	/**
	 * The test class path. Under {@code exec:java} the benchmark runs inside Maven's JVM,
	 * whose {@code java.class.path} is Maven's own; the project's class path is then the
	 * class loader's.
	 */
	static String classPath() {
		ClassLoader loader = MeasuredProcess.class.getClassLoader();
		if (loader instanceof URLClassLoader urls && urls.getURLs().length > 0) {
			List<String> entries = new ArrayList<>();
			for (URL url : urls.getURLs()) {
				try {
					entries.add(Path.of(url.toURI()).toString());
				}
				catch (URISyntaxException ex) {
					throw new IllegalStateException("class path entry " + url, ex);
				}
			}
			return String.join(System.getProperty("path.separator"), entries);
		}
		return System.getProperty("java.class.path");
	}

}
