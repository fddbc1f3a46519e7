package cn.investpromo.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.investpromo.benchmark.BenchmarkLedgers.Format;
import cn.investpromo.benchmark.BenchmarkLedgers.Ledgers;
import cn.investpromo.benchmark.MeasuredProcess.Measurement;

/**
 * SPEC §8 benchmark, run by hand, never as a test: generates a 招远市 projects ledger of N
 * rows and an events ledger of N/10 (beyond 100,000 projects, other counties' history:
 * {@link BenchmarkLedgers#BASE_PROJECTS}), imports them with the real command line in a
 * child JVM under a fixed heap, then writes the report of one month for 招远市 and for 全国,
 * and prints wall time, CPU time, job time, rows/s, peak RSS and heap use. Beside the
 * import, in interleaved pairs on the same ledgers and under the same heap, it runs the
 * framework-free {@link FloorImport} (SPEC §8's floor: JDK parse, §2.4 typing, one table
 * with a primary key) and prints import ÷ floor in wall and CPU time, and the schema copy
 * {@link SchemaFloorImport} (the floor until issue 24) with import ÷ schema baseline. A
 * result line per report is appended to {@code target/benchmark/results.csv}.
 * <p>
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=cn.investpromo.benchmark.LedgerBenchmark -Dexec.args="100000"};
 * further arguments: {@code --heap 256m} (the child's -Xmx, default 256m),
 * {@code --report-heap 512m} (the report's, default the same), {@code --csv} (CSV ledgers
 * instead of .xlsx), {@code --month 2024-06} (the report's month), {@code --events N},
 * {@code --pairs 3} (floor and import pairs, the median pair by wall-time ratio
 * reported), {@code --no-reports}, {@code --no-schema-baseline}, {@code --postgres} (each
 * pair also imports into a fresh database of an embedded PostgreSQL server,
 * {@link PostgresServer}, reported beside HSQLDB), {@code --jfr} (the imports record a
 * flight recording beside their logs). Generated ledgers are kept under
 * {@code target/benchmark/ledgers-…} and reused, as they are the same bytes every time.
 */
public final class LedgerBenchmark {

	private static final Pattern COMPLETED = Pattern
		.compile("import completed: (\\d+) file\\(s\\), (\\d+) row\\(s\\) read, (\\d+) accepted, (\\d+) rejected");

	private static final Logger logger = LoggerFactory.getLogger(LedgerBenchmark.class);

	private LedgerBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Options options = Options.parse(args);
		Path folder = Path.of(System.getProperty("benchmark.dir", "target/benchmark"));
		String label = options.projects() + "-" + options.format().extension();
		Ledgers ledgers = ledgers(folder.resolve("ledgers-" + label), options);
		Path run = folder.resolve("run-" + label);
		deleteRecursively(run);

		PostgresServer postgres = options.postgres() ? PostgresServer.start(run.resolve("postgres").toAbsolutePath())
				: null;
		try {
			run(options, folder, ledgers, run, postgres);
		}
		finally {
			if (postgres != null) {
				postgres.close();
			}
		}
	}

	private static void run(Options options, Path folder, Ledgers ledgers, Path run, @Nullable PostgresServer postgres)
			throws Exception {
		Path data = run.resolve("data");
		Path input = ledgers.projectsFile().getParent();
		if (postgres != null) {
			logger.info("embedded PostgreSQL: {}", postgres.describe());
		}
		// the floor and the import (and the import into PostgreSQL) in interleaved pairs,
		// each on a fresh database, so
		// that a busy moment of the machine weighs on all; the median pair by wall-time
		// ratio is the one reported
		List<Pair> pairs = new ArrayList<>();
		for (int pair = 1; pair <= options.pairs(); pair++) {
			Measurement floor = null;
			Measurement schema = null;
			if (options.format() == Format.XLSX) {
				floor = floor(FloorImport.class, "floor", pair, options, ledgers, run);
				if (options.schemaBaseline()) {
					schema = floor(SchemaFloorImport.class, "schema baseline", pair, options, ledgers, run);
				}
			}
			deleteRecursively(data);
			logger.info("import {}/{}: {} rows from {} under -Xmx{}", pair, options.pairs(), ledgers.rows(), input,
					options.heap());
			Measurement imported = MeasuredProcess.run(options.heap(), run, "import", profiling(options, run, "import"),
					// the corrections workbook goes to the run's folder, not the
					// project's reports/
					List.of("import", "--input", input.toString(), "--data", data.toString(), "--out",
							run.resolve("reports").toString()));
			check(imported, "import");
			checkCounts(imported, ledgers);
			PostgresImport onPostgres = (postgres != null)
					? importIntoPostgres(postgres, "import_" + pair, options, ledgers, run, input) : null;
			pairs.add(new Pair(imported, floor, schema, onPostgres));
			if (floor != null) {
				logger.info(String.format(Locale.ROOT,
						"pair %d: import %.1f s wall, %.1f s CPU; floor %.1f s wall, "
								+ "%.1f s CPU; import ÷ floor %.2f wall, %.2f CPU",
						pair, imported.seconds(), imported.cpuSeconds(), floor.seconds(), floor.cpuSeconds(),
						imported.seconds() / floor.seconds(), imported.cpuSeconds() / floor.cpuSeconds()));
			}
			if (schema != null) {
				logger.info(String.format(Locale.ROOT,
						"pair %d: schema baseline %.1f s wall, %.1f s CPU; import ÷ schema baseline %.2f wall", pair,
						schema.seconds(), schema.cpuSeconds(), imported.seconds() / schema.seconds()));
			}
			if (onPostgres != null) {
				logger.info(String.format(Locale.ROOT,
						"pair %d: PostgreSQL import %.1f s wall, %.1f s CPU (%.1f s "
								+ "the JVM's, %.1f s the server's); PostgreSQL ÷ HSQLDB %.2f wall",
						pair, onPostgres.seconds(), onPostgres.cpuSeconds(), onPostgres.client().cpuSeconds(),
						onPostgres.serverCpuSeconds(), onPostgres.seconds() / imported.seconds()));
			}
		}
		pairs.sort(Comparator.comparingDouble(Pair::wallRatio));
		Pair median = pairs.get(pairs.size() / 2);
		Measurement imported = median.imported();
		// other processes on the machine slow every figure down: record how busy it was
		String load = loadAverage();

		// the county and the whole country, each report in a JVM of its own under the
		// report heap
		List<Measurement> reports = new ArrayList<>();
		for (String scope : options.reports() ? SCOPES : List.<String>of()) {
			logger.info("reporting {} for {} under -Xmx{}", options.month(), scope, options.reportHeap());
			Measurement reported = MeasuredProcess.run(options.reportHeap(), run, "report-" + scope,
					List.of("report", "--month", options.month().toString(), "--scope", scope, "--data",
							data.toString(), "--out", run.resolve("reports").toString()));
			// a report that runs out of heap is a finding to record next to the import's
			// figures, not a reason to
			// lose them
			if (reported.exitStatus() != 0) {
				logger.warn(failure(reported, "report"));
			}
			reports.add(reported);
		}

		Measurement history = MeasuredProcess.run(options.heap(), run, "history",
				List.of("history", "--json", "--data", data.toString()));
		check(history, "history");
		JsonNode runs = JsonMapper.builder().build().readTree(String.join("\n", history.output()));
		double importJob = jobSeconds(runs, "ledgerImportJob", null);
		double postgresJob = Double.NaN;
		if (median.postgres() != null) {
			Measurement postgresHistory = MeasuredProcess.run(options.heap(), run, "history-postgres",
					postgres.environment(median.postgres().jdbcUrl()),
					List.of("history", "--json", "--data", run.resolve("data-postgres").toString()));
			check(postgresHistory, "history on PostgreSQL");
			postgresJob = jobSeconds(JsonMapper.builder().build().readTree(String.join("\n", postgresHistory.output())),
					"ledgerImportJob", null);
		}
		Path results = folder.resolve("results.csv");
		if (Files.exists(results) && !Files.readAllLines(results).get(0).equals(Result.CSV_HEADER)) {
			// a results file of an earlier version of the benchmark: kept aside, not
			// mixed with lines of other columns
			Files.move(results, folder.resolve("results-" + System.currentTimeMillis() + ".csv"));
		}
		if (!Files.exists(results)) {
			Files.writeString(results, Result.CSV_HEADER + "\n", StandardCharsets.UTF_8);
		}
		for (int i = 0; i < Math.max(1, reports.size()); i++) {
			Measurement reported = reports.isEmpty() ? null : reports.get(i);
			double reportJob = (reported != null && reported.exitStatus() == 0)
					? jobSeconds(runs, "monthlyReportJob", SCOPE_CODES.get(i)) : Double.NaN;
			Result result = new Result(LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS), options, ledgers, imported,
					importJob, median.floor(), median.schema(), median.postgres(), postgresJob, pairs.size(),
					reports.isEmpty() ? "" : SCOPES.get(i), reported, reportJob,
					Runtime.getRuntime().availableProcessors(), load);
			logger.info(result.table());
			Files.writeString(results, result.csvLine() + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
		}
		logger.info("appended to {}", results.toAbsolutePath());
	}

	/** The report's scopes: a county, and the whole country (of the same database). */
	private static final List<String> SCOPES = List.of("招远市", "全国");

	private static final List<String> SCOPE_CODES = List.of("370685", "000000");

	private static Ledgers ledgers(Path folder, Options options) throws IOException {
		Path projects = folder.resolve("招远市签约项目台账-" + options.projects() + "." + options.format().extension());
		Path events = folder.resolve("招远市招商活动台账-" + options.events() + "." + options.format().extension());
		if (Files.exists(projects) && Files.exists(events)) {
			logger.info("reusing the generated ledgers in {}", folder);
			return new Ledgers(projects, options.projects(), events, options.events(),
					BenchmarkLedgers.rejects(options.projects()));
		}
		deleteRecursively(folder);
		// written aside and moved in place, so that an interrupted generation is never
		// taken for a finished one
		Path partial = folder.resolveSibling(folder.getFileName() + ".partial");
		deleteRecursively(partial);
		long started = System.nanoTime();
		BenchmarkLedgers.write(partial, options.projects(), options.events(), options.format());
		Files.move(partial, folder);
		Ledgers ledgers = new Ledgers(projects, options.projects(), events, options.events(),
				BenchmarkLedgers.rejects(options.projects()));
		logger.info(String.format(Locale.ROOT, "generated %,d + %,d rows in %.1f s: %s (%,d KB), %s (%,d KB)",
				ledgers.projects(), ledgers.events(), (System.nanoTime() - started) / 1e9,
				ledgers.projectsFile().getFileName(), Files.size(ledgers.projectsFile()) / 1024,
				ledgers.eventsFile().getFileName(), Files.size(ledgers.eventsFile()) / 1024));
		return ledgers;
	}

	/**
	 * One run of a floor program on a fresh database folder of its own, checked to read
	 * and reject what the import does.
	 */
	private static Measurement floor(Class<?> program, String name, int pair, Options options, Ledgers ledgers,
			Path run) throws Exception {
		String folder = name.replace(' ', '-');
		deleteRecursively(run.resolve(folder));
		logger.info("{} {}/{}: {} rows under -Xmx{}", name, pair, options.pairs(), ledgers.rows(), options.heap());
		Measurement floor = MeasuredProcess.run(options.heap(), run, folder, program.getName(), List
			.of(run.resolve(folder).toString(), ledgers.projectsFile().toString(), ledgers.eventsFile().toString()));
		check(floor, name);
		checkFloorCounts(floor, ledgers);
		return floor;
	}

	/**
	 * A benchmark of a failed import measures nothing: stop with the child's last lines.
	 */
	private static void check(Measurement measurement, String what) {
		if (measurement.exitStatus() != 0) {
			throw new IllegalStateException(failure(measurement, what));
		}
	}

	private static String failure(Measurement measurement, String what) {
		List<String> output = measurement.output();
		String tail = String.join("\n", output.subList(Math.max(0, output.size() - 15), output.size()));
		return what + " exited with status " + measurement.exitStatus() + " (" + measurement.outcome() + "):\n" + tail;
	}

	/**
	 * The import into a fresh database of the embedded PostgreSQL server: the real
	 * command line in a child JVM under the same heap, pointed at the server with the
	 * standard {@code SPRING_DATASOURCE_*} variables. Every row must be read, only the
	 * planted ones rejected, and the accepted ones stored, as on HSQLDB.
	 */
	private static PostgresImport importIntoPostgres(PostgresServer postgres, String database, Options options,
			Ledgers ledgers, Path run, Path input) throws Exception {
		String jdbcUrl = postgres.freshDatabase(database);
		Path data = run.resolve("data-postgres");
		deleteRecursively(data);
		logger.info("import into PostgreSQL ({}): {} rows from {} under -Xmx{}", database, ledgers.rows(), input,
				options.heap());
		double serverBefore = postgres.cpuSeconds();
		Map<String, String> environment = new HashMap<>(postgres.environment(jdbcUrl));
		environment.putAll(profiling(options, run, "import-postgres"));
		Measurement imported = MeasuredProcess.run(options.heap(), run, "import-postgres", environment,
				List.of("import", "--input", input.toString(), "--data", data.toString(), "--out",
						run.resolve("reports-postgres").toString()));
		check(imported, "import into PostgreSQL");
		postgres.awaitDisconnected(database);
		double serverCpu = postgres.cpuSeconds() - serverBefore;
		checkCounts(imported, ledgers);
		long projects = postgres.count(database, "SELECT COUNT(*) FROM signed_project");
		long events = postgres.count(database, "SELECT COUNT(*) FROM promo_event");
		long rejects = postgres.count(database, "SELECT COUNT(*) FROM ledger_reject");
		if (projects != ledgers.projects() - ledgers.rejects() || events != ledgers.events()
				|| rejects != ledgers.rejects()) {
			throw new IllegalStateException("expected " + (ledgers.projects() - ledgers.rejects()) + " projects, "
					+ ledgers.events() + " events and " + ledgers.rejects() + " rejects stored on PostgreSQL, found "
					+ projects + ", " + events + " and " + rejects);
		}
		return new PostgresImport(imported, serverCpu, jdbcUrl);
	}

	/**
	 * With {@code --jfr}, the variable that has the child's {@code java} launcher record
	 * a flight recording with the profiling settings into {@code <run>/<name>.jfr} (read
	 * it with {@code jfr print --events jdk.ExecutionSample}); nothing otherwise. The
	 * recording costs time: figures of such a run are for finding hot spots, not for the
	 * table.
	 */
	private static Map<String, String> profiling(Options options, Path run, String name) {
		if (!options.jfr()) {
			return Map.of();
		}
		return Map.of("JDK_JAVA_OPTIONS",
				"-XX:StartFlightRecording=settings=profile,filename=" + run.resolve(name + ".jfr").toAbsolutePath());
	}

	/**
	 * An import into PostgreSQL: the child JVM's measurement and the CPU time the
	 * server's processes spent meanwhile (on HSQLDB the database works inside the
	 * importing JVM, so only their sum compares).
	 */
	record PostgresImport(Measurement client, double serverCpuSeconds, String jdbcUrl) {

		double seconds() {
			return this.client.seconds();
		}

		double cpuSeconds() {
			return this.client.cpuSeconds() + this.serverCpuSeconds;
		}

	}

	/**
	 * One import and the floor and the schema baseline run next to it (null for CSV
	 * ledgers, which they do not read; the baseline also without it), and the import into
	 * PostgreSQL (null without {@code --postgres}).
	 */
	record Pair(Measurement imported, @Nullable Measurement floor, @Nullable Measurement schema,
			@Nullable PostgresImport postgres) {

		double wallRatio() {
			return (this.floor != null) ? this.imported.seconds() / this.floor.seconds() : 0;
		}

	}

	private static final Pattern FLOOR = Pattern
		.compile("floor: (\\d+) row\\(s\\) read, (\\d+) accepted, (\\d+) rejected");

	/**
	 * The floor reads the same rows and rejects the same ones, or it is not the same
	 * work.
	 */
	private static void checkFloorCounts(Measurement floor, Ledgers ledgers) {
		String line = floor.lastLine("floor:");
		Matcher matcher = (line != null) ? FLOOR.matcher(line) : null;
		if (matcher == null || !matcher.find() || Long.parseLong(matcher.group(1)) != ledgers.rows()
				|| Long.parseLong(matcher.group(3)) != ledgers.rejects()) {
			throw new IllegalStateException("expected the floor to read " + ledgers.rows() + " rows and reject "
					+ ledgers.rejects() + ": " + line);
		}
	}

	/**
	 * The import must have read every generated row and rejected exactly the bad ones.
	 */
	private static void checkCounts(Measurement imported, Ledgers ledgers) {
		String line = imported.lastLine("import completed");
		Matcher matcher = (line != null) ? COMPLETED.matcher(line) : null;
		if (matcher == null || !matcher.find()) {
			throw new IllegalStateException("no 'import completed' line in the import's output");
		}
		long read = Long.parseLong(matcher.group(2));
		long rejected = Long.parseLong(matcher.group(4));
		if (read != ledgers.rows() || rejected != ledgers.rejects()) {
			throw new IllegalStateException(
					"expected " + ledgers.rows() + " rows read and " + ledgers.rejects() + " rejected: " + line);
		}
	}

	private static double jobSeconds(JsonNode runs, String job, String scopeCode) {
		for (JsonNode run : runs) {
			boolean scope = scopeCode == null || (run.has("parameters") && run.get("parameters").has("scope")
					&& run.get("parameters").get("scope").asString().equals(scopeCode));
			if (run.get("job").asString().equals(job) && scope && run.has("durationSeconds")) {
				return run.get("durationSeconds").asDouble();
			}
		}
		return Double.NaN;
	}

	/** The 1-minute load average (Linux), or "?" elsewhere. */
	private static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
		}
		catch (IOException ex) {
			return "?";
		}
	}

	private static void deleteRecursively(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

	/**
	 * The command line:
	 * {@code <rows> [--heap 256m] [--report-heap 256m] [--csv] [--month yyyy-MM] [--events N]}.
	 */
	record Options(int projects, int events, String heap, String reportHeap, Format format, YearMonth month, int pairs,
			boolean reports, boolean schemaBaseline, boolean postgres, boolean jfr) {

		static Options parse(String[] args) {
			if (args.length == 0) {
				throw new IllegalArgumentException(
						"usage: LedgerBenchmark <rows> [--heap 256m] [--report-heap 256m] [--csv] [--month 2024-06] "
								+ "[--events N] [--pairs 3] [--no-reports] [--no-schema-baseline] [--postgres] [--jfr]");
			}
			int projects = Integer.parseInt(args[0].replace("_", "").replace(",", ""));
			Integer events = null;
			String heap = "256m";
			String reportHeap = null;
			Format format = Format.XLSX;
			YearMonth month = YearMonth.of(2024, 6);
			int pairs = 1;
			boolean reports = true;
			boolean schemaBaseline = true;
			boolean postgres = false;
			boolean jfr = false;
			for (int i = 1; i < args.length; i++) {
				switch (args[i]) {
					case "--heap" -> heap = args[++i];
					case "--report-heap" -> reportHeap = args[++i];
					case "--csv" -> format = Format.CSV;
					case "--month" -> month = YearMonth.parse(args[++i]);
					case "--events" -> events = Integer.parseInt(args[++i]);
					case "--pairs" -> pairs = Integer.parseInt(args[++i]);
					case "--no-reports" -> reports = false;
					case "--no-schema-baseline" -> schemaBaseline = false;
					case "--postgres" -> postgres = true;
					case "--jfr" -> jfr = true;
					default -> throw new IllegalArgumentException("unknown argument " + args[i]);
				}
			}
			return new Options(projects, (events != null) ? events : Math.max(1, projects / 10), heap,
					(reportHeap != null) ? reportHeap : heap, format, month, pairs, reports, schemaBaseline, postgres,
					jfr);
		}

	}

	/**
	 * One benchmark run's figures, as a table for the console and a line of results.csv.
	 */
	record Result(LocalDateTime at, Options options, Ledgers ledgers, Measurement imported, double importJob,
			@Nullable Measurement floor, @Nullable Measurement schema, @Nullable PostgresImport postgres,
			double postgresJob, int pairs, String scope, @Nullable Measurement reported, double reportJob, int cores,
			String load) {

		static final String CSV_HEADER = "date,format,projects,events,rows,heap,cores,import_wall_s,import_job_s,"
				+ "import_rows_per_s,import_peak_rss_mb,import_heap_peak_mb,import_heap_after_gc_mb,import_gcs,import_full_gcs,"
				+ "import_cpu_s,floor_wall_s,floor_cpu_s,ratio_wall,ratio_cpu,pairs,"
				+ "schema_wall_s,schema_cpu_s,ratio_schema_wall,ratio_schema_cpu,"
				+ "pg_wall_s,pg_job_s,pg_rows_per_s,pg_peak_rss_mb,pg_jvm_cpu_s,pg_server_cpu_s,pg_cpu_s,"
				+ "pg_ratio_floor_wall,pg_ratio_floor_cpu,pg_ratio_hsqldb_wall,pg_ratio_hsqldb_cpu,"
				+ "report_month,report_scope,report_heap,report_outcome,report_wall_s,report_job_s,report_peak_rss_mb,"
				+ "report_heap_peak_mb,report_heap_after_gc_mb,report_full_gcs,load_avg_1min,java";

		double rowsPerSecond() {
			return this.ledgers.rows() / this.importJob;
		}

		double wallRatio() {
			return (this.floor != null) ? this.imported.seconds() / this.floor.seconds() : Double.NaN;
		}

		double cpuRatio() {
			return (this.floor != null) ? this.imported.cpuSeconds() / this.floor.cpuSeconds() : Double.NaN;
		}

		String table() {
			List<String> lines = new ArrayList<>();
			lines.add(String.format(Locale.ROOT,
					"%n%,d rows (%,d projects + %,d events, %s), %d cores (load average %s), " + "Java %s",
					this.ledgers.rows(), this.ledgers.projects(), this.ledgers.events(), this.options.format(),
					this.cores, this.load, System.getProperty("java.version")));
			String row = "%-16s %6s %8s %8s %8s %8s %9s %10s %14s %9s";
			lines.add(String.format(Locale.ROOT, row, "", "-Xmx", "wall s", "CPU s", "job s", "rows/s", "peak RSS",
					"heap peak", "heap after GC", "full GCs"));
			lines.add(String.format(Locale.ROOT, row, "import", this.options.heap(), decimal(this.imported.seconds()),
					decimal(this.imported.cpuSeconds()), decimal(this.importJob),
					String.format(Locale.ROOT, "%,.0f", rowsPerSecond()), this.imported.peakRssMb() + " MB",
					this.imported.heapPeakMb() + " MB", this.imported.heapAfterGcMb() + " MB",
					this.imported.fullCollections()));
			if (this.floor != null) {
				lines.add(String.format(Locale.ROOT, row, "floor", this.options.heap(), decimal(this.floor.seconds()),
						decimal(this.floor.cpuSeconds()), "", "", this.floor.peakRssMb() + " MB",
						this.floor.heapPeakMb() + " MB", this.floor.heapAfterGcMb() + " MB",
						this.floor.fullCollections()));
				lines.add(String.format(Locale.ROOT, "import ÷ floor: %.2f wall, %.2f CPU (median of %d pair(s))",
						wallRatio(), cpuRatio(), this.pairs));
			}
			Measurement schema = this.schema;
			if (schema != null) {
				lines.add(String.format(Locale.ROOT, row, "schema baseline", this.options.heap(),
						decimal(schema.seconds()), decimal(schema.cpuSeconds()), "", "", schema.peakRssMb() + " MB",
						schema.heapPeakMb() + " MB", schema.heapAfterGcMb() + " MB", schema.fullCollections()));
				lines.add(String.format(Locale.ROOT, "import ÷ schema baseline: %.2f wall, %.2f CPU",
						this.imported.seconds() / schema.seconds(), this.imported.cpuSeconds() / schema.cpuSeconds()));
			}
			PostgresImport postgres = this.postgres;
			if (postgres != null) {
				lines.add(String.format(Locale.ROOT, row, "import PostgreSQL", this.options.heap(),
						decimal(postgres.seconds()), decimal(postgres.cpuSeconds()), decimal(this.postgresJob),
						String.format(Locale.ROOT, "%,.0f", this.ledgers.rows() / this.postgresJob),
						postgres.client().peakRssMb() + " MB", postgres.client().heapPeakMb() + " MB",
						postgres.client().heapAfterGcMb() + " MB", postgres.client().fullCollections()));
				lines.add(String.format(Locale.ROOT,
						"  PostgreSQL CPU: %.1f s the importing JVM's + %.1f s the " + "server's",
						postgres.client().cpuSeconds(), postgres.serverCpuSeconds()));
				if (this.floor != null) {
					lines.add(String.format(Locale.ROOT, "import PostgreSQL ÷ floor: %.2f wall, %.2f CPU",
							postgres.seconds() / this.floor.seconds(),
							postgres.cpuSeconds() / this.floor.cpuSeconds()));
				}
				lines.add(String.format(Locale.ROOT, "import PostgreSQL ÷ HSQLDB: %.2f wall, %.2f CPU",
						postgres.seconds() / this.imported.seconds(),
						postgres.cpuSeconds() / this.imported.cpuSeconds()));
			}
			if (this.reported != null) {
				lines.add(String.format(Locale.ROOT, row, "report " + this.scope, this.options.reportHeap(),
						decimal(this.reported.seconds()), decimal(this.reported.cpuSeconds()), decimal(this.reportJob),
						"", this.reported.peakRssMb() + " MB", this.reported.heapPeakMb() + " MB",
						this.reported.heapAfterGcMb() + " MB", this.reported.fullCollections()));
				if (this.reported.exitStatus() != 0) {
					lines.add("report FAILED: " + this.reported.outcome());
				}
			}
			return String.join("\n", lines);
		}

		String csvLine() {
			Measurement floor = this.floor;
			Measurement reported = this.reported;
			return String.join(",", this.at.toString(), this.options.format().extension(),
					Integer.toString(this.ledgers.projects()), Integer.toString(this.ledgers.events()),
					Long.toString(this.ledgers.rows()), this.options.heap(), Integer.toString(this.cores),
					decimal(this.imported.seconds()), decimal(this.importJob), decimal(rowsPerSecond()),
					Long.toString(this.imported.peakRssMb()), Long.toString(this.imported.heapPeakMb()),
					Long.toString(this.imported.heapAfterGcMb()), Integer.toString(this.imported.collections()),
					Integer.toString(this.imported.fullCollections()), decimal(this.imported.cpuSeconds()),
					(floor != null) ? decimal(floor.seconds()) : "", (floor != null) ? decimal(floor.cpuSeconds()) : "",
					(floor != null) ? ratio(wallRatio()) : "", (floor != null) ? ratio(cpuRatio()) : "",
					Integer.toString(this.pairs), schemaColumns(), postgresColumns(), this.options.month().toString(),
					this.scope, this.options.reportHeap(), (reported != null) ? reported.outcome() : "not run",
					(reported != null) ? decimal(reported.seconds()) : "", decimal(this.reportJob),
					(reported != null) ? Long.toString(reported.peakRssMb()) : "",
					(reported != null) ? Long.toString(reported.heapPeakMb()) : "",
					(reported != null) ? Long.toString(reported.heapAfterGcMb()) : "",
					(reported != null) ? Integer.toString(reported.fullCollections()) : "", this.load,
					System.getProperty("java.version"));
		}

		/** The schema baseline's columns of the CSV line, empty without it. */
		private String schemaColumns() {
			Measurement schema = this.schema;
			if (schema == null) {
				return ",".repeat(3);
			}
			return String.join(",", decimal(schema.seconds()), decimal(schema.cpuSeconds()),
					ratio(this.imported.seconds() / schema.seconds()),
					ratio(this.imported.cpuSeconds() / schema.cpuSeconds()));
		}

		/** The PostgreSQL columns of the CSV line, empty without {@code --postgres}. */
		private String postgresColumns() {
			PostgresImport postgres = this.postgres;
			Measurement floor = this.floor;
			if (postgres == null) {
				return ",".repeat(10);
			}
			return String.join(",", decimal(postgres.seconds()), decimal(this.postgresJob),
					decimal(this.ledgers.rows() / this.postgresJob), Long.toString(postgres.client().peakRssMb()),
					decimal(postgres.client().cpuSeconds()), decimal(postgres.serverCpuSeconds()),
					decimal(postgres.cpuSeconds()), (floor != null) ? ratio(postgres.seconds() / floor.seconds()) : "",
					(floor != null) ? ratio(postgres.cpuSeconds() / floor.cpuSeconds()) : "",
					ratio(postgres.seconds() / this.imported.seconds()),
					ratio(postgres.cpuSeconds() / this.imported.cpuSeconds()));
		}

		private static String decimal(double value) {
			return String.format(Locale.ROOT, "%.1f", value);
		}

		private static String ratio(double value) {
			return String.format(Locale.ROOT, "%.2f", value);
		}

	}

}
