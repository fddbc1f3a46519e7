package cn.investpromo.job;

import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.investpromo.cli.CliRun;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code investpromo schedule} as operations run it: a process of its own on a short
 * cron, which launches import and report for the previous month, keeps running, and stops
 * cleanly on SIGTERM — also in the middle of a job.
 */
class ScheduleFunctionalTests {

	private static final Path SAMPLE_INPUT = Path.of("input").toAbsolutePath();

	@TempDir
	Path work;

	@Test
	void theScheduleWritesThePreviousMonthsReportKeepsRunningAndStopsCleanlyOnSigterm() throws Exception {
		// given
		Path data = this.work.resolve("data");
		Path reports = this.work.resolve("reports");
		// when: a firing every 3 seconds
		int status;
		String output;
		try (ChildProcess schedule = ChildProcess.start(List.of(), "schedule", "--cron", "*/3 * * * * *", "--scope",
				"招远市", "--input", SAMPLE_INPUT.toString(), "--data", data.toString(), "--out", reports.toString())) {
			schedule.awaitLine((line) -> line.contains("report 招远市 ") && line.contains(" written: "),
					Duration.ofSeconds(90));
			// and: it is still there for the next firing
			schedule.awaitLines((line) -> line.contains("Scheduled run for") && line.contains("started"), 2,
					Duration.ofSeconds(60));
			status = schedule.terminate(Duration.ofSeconds(60));
			output = schedule.output();
		}
		// then: the previous month's report, written by a run the log names, and nothing
		// left running
		YearMonth previous = YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(1);
		assertThat(reports.resolve("招远市").resolve(previous.toString()).resolve("招远市_" + previous + ".json"))
			.isRegularFile();
		assertThat(output).contains("schedule started: \"*/3 * * * * *\" Asia/Shanghai, scopes 招远市")
			.contains("Scheduled run for " + previous + " started")
			.contains("import completed")
			.contains("schedule stopped")
			.doesNotContain("\tat ");
		assertThat(status).isNotEqualTo(137);
		JsonNode runs = history(data);
		assertThat(runs).isNotEmpty()
			.allSatisfy((run) -> assertThat(run.get("status").asString()).isIn("COMPLETED", "STOPPED"));
		assertThat(runs).anySatisfy((run) -> {
			assertThat(run.get("job").asString()).isEqualTo("monthlyReportJob");
			assertThat(run.get("parameters").get("month").asString()).isEqualTo(previous.toString());
			assertThat(run.get("files")).hasSize(3);
		});
	}

	@Test
	void sigtermDuringAnImportStopsItAtAChunkBoundaryAndTheSameCommandFinishesIt() throws Exception {
		// given
		int rows = 20_000;
		Path input = this.work.resolve("input");
		LargeLedger.write(input.resolve("招远市签约项目2019.xlsx"), rows);
		Path data = this.work.resolve("data");
		// when
		String output;
		// stack traces kept in this child's log: a stop that fails shows why in the
		// assertion message
		try (ChildProcess child = ChildProcess.start(
				List.of("investpromo.progress-interval=100ms", "investpromo.chunk-size=100",
						"logging.pattern.console=%d %-5level %logger{20} %msg%n%ex"),
				"import", "--input", input.toString(), "--data", data.toString(), "--out",
				this.work.resolve("out").toString())) {
			child.awaitLine((line) -> line.contains("rows read ("), Duration.ofSeconds(60));
			child.terminate(Duration.ofSeconds(60));
			output = child.output();
		}
		JsonNode stopped = history(data);
		String again = cli("import", "--input", input.toString(), "--data", data.toString(), "--out",
				this.work.resolve("out").toString());
		// then: stopped, not left running; the same command resumes and every row is
		// counted once
		assertThat(output).doesNotContain("import completed").contains("import stopped");
		assertThat(stopped).singleElement()
			.satisfies((run) -> assertThat(run.get("status").asString()).isEqualTo("STOPPED"));
		assertThat(again).contains("restarted after")
			.contains("import completed: 1 file(s), " + rows + " row(s) read, " + (rows - rows / 500) + " accepted, "
					+ (rows / 500) + " rejected");
	}

	private static JsonNode history(Path data) {
		return JsonMapper.builder().build().readTree(cli("history", "--json", "--data", data.toString()));
	}

	private static String cli(String... args) {
		CliRun run = CliRun.cli(args);
		assertThat(run.status()).as(run.err()).isZero();
		return run.out();
	}

}
