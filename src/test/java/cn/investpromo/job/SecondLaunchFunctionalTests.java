package cn.investpromo.job;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.investpromo.cli.CliRun;

import static cn.investpromo.cli.CliRun.cli;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC §6 with the embedded database: real processes launched while another one has the
 * database. The second is refused at once with one line naming the data folder and the
 * holder, exit status 1, and nothing stored is touched; a killed holder leaves a lock
 * file behind that blocks no one.
 */
class SecondLaunchFunctionalTests {

	private static final int ROWS = 60_000;

	private static final Pattern PROGRESS = Pattern.compile("import: ([\\d,]+) rows read");

	/**
	 * Well below the 10–25 s HSQLDB's own lock-file check took to refuse, above what a
	 * loaded machine needs.
	 */
	private static final Duration AT_ONCE = Duration.ofSeconds(8);

	@TempDir
	Path work;

	@Test
	void aSecondImportRunOrHistoryWhileAnImportRunsIsRefusedAtOnceAndTheFirstCompletesExactly() throws Exception {
		// given: an import of a large ledger, running in a process of its own
		Path input = this.work.resolve("input");
		LargeLedger.write(input.resolve("招远市签约项目2019.xlsx"), ROWS);
		Path data = this.work.resolve("data");
		Path reports = this.work.resolve("reports");
		String out = this.work.resolve("out").toString(); // corrections workbooks, not in
															// the project's reports/
		try (ChildProcess first = ChildProcess.start(List.of("investpromo.progress-interval=100ms"), "import",
				"--input", input.toString(), "--data", data.toString(), "--out", out)) {
			first.awaitLine((line) -> rowsRead(line) > 0, Duration.ofSeconds(90));
			String refusal = "错误 / error: 数据库正被另一个 investpromo 进程使用：" + data + "（pid " + first.pid()
					+ "，investpromo import）；请等它结束后再试 / try again when it has finished";
			// when: the same import in a second process, then import, run and history in
			// this one
			int secondStatus;
			String secondOutput;
			try (ChildProcess second = ChildProcess.start(List.of(), "import", "--input", input.toString(), "--data",
					data.toString(), "--out", out)) {
				secondStatus = second.waitFor(Duration.ofSeconds(60));
				secondOutput = second.output();
			}
			long started = System.nanoTime();
			CliRun again = cli("import", "--input", input.toString(), "--data", data.toString(), "--out", out);
			CliRun run = cli("run", "--month", "2019-07", "--scope", "招远市", "--input", input.toString(), "--data",
					data.toString(), "--out", reports.toString());
			CliRun history = cli("history", "--data", data.toString());
			Duration took = Duration.ofNanos(System.nanoTime() - started);
			// then: each is refused with the one line and exit status 1
			assertThat(secondStatus).as(secondOutput).isEqualTo(1);
			assertThat(secondOutput.strip()).isEqualTo(refusal);
			for (CliRun refused : List.of(again, run, history)) {
				assertThat(refused.status()).as(refused.err()).isEqualTo(1);
				assertThat(refused.err().strip()).isEqualTo(refusal);
				assertThat(refused.out()).isEmpty();
			}
			// and: at once, not after HSQLDB's 10–25 s (timed in this JVM: a new one's
			// start-up varies with load)
			assertThat(took).as("three launches refused").isLessThan(AT_ONCE);
			// and: the first import was still running all along, and completes with every
			// row
			assertThat(first.output()).doesNotContain("import completed");
			assertThat(first.waitFor(Duration.ofSeconds(180))).as(first.output()).isZero();
			assertThat(first.output()).contains("import completed: 1 file(s), " + ROWS + " row(s) read, "
					+ (ROWS - ROWS / 500) + " accepted, " + (ROWS / 500) + " rejected");
		}
		// and: the refused launches stored nothing, not even a run in the history, and
		// wrote no report
		JsonNode runs = history(data);
		assertThat(runs).hasSize(1);
		assertThat(runs.get(0).get("job").asString()).isEqualTo("ledgerImportJob");
		assertThat(runs.get(0).get("status").asString()).isEqualTo("COMPLETED");
		assertThat(reports).doesNotExist();
	}

	@Test
	void historyWhileTheScheduleRunsSaysHowToSeeItAndWorksOnceTheScheduleStopped() throws Exception {
		// given: the schedule, up and waiting for its next firing
		Path data = this.work.resolve("data");
		Path input = Files.createDirectories(this.work.resolve("input"));
		int status;
		CliRun refused;
		try (ChildProcess schedule = ChildProcess.start(List.of(), "schedule", "--cron", "0 0 6 2 * *", "--scope",
				"招远市", "--input", input.toString(), "--data", data.toString(), "--out",
				this.work.resolve("reports").toString())) {
			schedule.awaitLine((line) -> line.startsWith("schedule started"), Duration.ofSeconds(90));
			// when
			refused = cli("history", "--data", data.toString());
			// then: one line that says who holds the database and what to do
			assertThat(refused.status()).isEqualTo(1);
			assertThat(refused.err().strip()).isEqualTo("错误 / error: 数据库正被另一个 investpromo 进程使用：" + data + "（pid "
					+ schedule.pid() + "，investpromo schedule）；schedule 运行期间独占嵌入式数据库，"
					+ "要查看运行历史请先停止它，或改用 PostgreSQL / the running schedule holds the embedded database: "
					+ "stop it to see the history, or use PostgreSQL");
			assertThat(refused.out()).isEmpty();
			status = schedule.terminate(Duration.ofSeconds(60));
			assertThat(schedule.output()).contains("schedule stopped");
		}
		// and: once the schedule stopped, history opens the database
		CliRun history = cli("history", "--data", data.toString());
		assertThat(status).isNotEqualTo(137);
		assertThat(history.status()).as(history.err()).isZero();
		assertThat(history.out().strip()).isEqualTo("no runs yet / 尚无运行记录");
	}

	@Test
	void aLaunchAfterTheHolderWasKilledIsNotBlockedByTheLockFileItLeftBehind() throws Exception {
		// given: a process that held the database, killed with SIGKILL (no shutdown hook,
		// no clean-up)
		Path input = this.work.resolve("input");
		LargeLedger.write(input.resolve("招远市签约项目2019.xlsx"), 1_000);
		Path data = this.work.resolve("data");
		long killed;
		try (ChildProcess schedule = ChildProcess.start(List.of(), "schedule", "--cron", "0 0 6 2 * *", "--scope",
				"招远市", "--input", input.toString(), "--data", data.toString(), "--out",
				this.work.resolve("reports").toString())) {
			schedule.awaitLine((line) -> line.startsWith("schedule started"), Duration.ofSeconds(90));
			killed = schedule.pid();
			schedule.kill();
		}
		Path lockFile = data.resolve("investpromo.lock");
		assertThat(Files.readString(lockFile, StandardCharsets.UTF_8)).isEqualTo(killed + " schedule\n");
		// when
		CliRun imported = cli("import", "--input", input.toString(), "--data", data.toString(), "--out",
				this.work.resolve("out").toString());
		// then: it takes the lock over, imports every row and, exiting cleanly, removes
		// the lock file
		assertThat(imported.status()).as(imported.err()).isZero();
		assertThat(imported.out()).contains("import completed: 1 file(s), 1000 row(s) read, 998 accepted, 2 rejected");
		assertThat(lockFile).doesNotExist();
	}

	private static long rowsRead(String line) {
		Matcher matcher = PROGRESS.matcher(line);
		return matcher.find() ? Long.parseLong(matcher.group(1).replace(",", "")) : -1;
	}

	private static JsonNode history(Path data) {
		CliRun history = cli("history", "--json", "--data", data.toString());
		assertThat(history.status()).as(history.err()).isZero();
		return JsonMapper.builder().build().readTree(history.out());
	}

}
