package cn.investpromo.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import cn.investpromo.system.embedded.DataDirectoryLock;

import static cn.investpromo.cli.CliRun.cli;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cases where the command line used to mislead a new user: each gives its one line
 * and exit status.
 */
class CommandLineNeverMisleadsTests {

	private static final Path SAMPLE_INPUT = Path.of("input");

	@TempDir
	Path work;

	@Test
	void anInputFolderWithoutLedgersFailsNamingTheFolderAndTheKindsOfFileLookedFor() throws Exception {
		// given
		Path empty = Files.createDirectories(this.work.resolve("empty"));
		Files.writeString(empty.resolve("说明.txt"), "not a ledger");
		// when
		CliRun imported = cli("import", "--input", empty.toString(), "--data", this.work.resolve("data").toString());
		CliRun run = cli("run", "--month", "2019-07", "--scope", "招远市", "--input", empty.toString(), "--data",
				this.work.resolve("data").toString(), "--out", this.work.resolve("reports").toString());
		// then
		for (CliRun launch : new CliRun[] { imported, run }) {
			assertThat(launch.status()).isEqualTo(1);
			assertThat(launch.err().lines()).containsExactly(
					"错误 / error: 输入目录中没有台账文件（.xlsx、.xlsm、.xls、.csv）/ no ledger file (.xlsx, .xlsm, .xls or .csv) in the "
							+ "input folder: " + empty.toAbsolutePath());
		}
		assertThat(this.work.resolve("reports")).isEmptyDirectory();
	}

	@Test
	void aReportOnADatabaseWithoutLedgerRowsSaysToImportFirst() {
		// given: a database without ledger rows (history no longer makes one: issue 22)
		ApplicationContexts.start("import", Map.of("investpromo.data-dir", this.work.resolve("data").toString()))
			.close();
		// when
		CliRun report = cli("report", "--month", "2019-07", "--scope", "招远市", "--data",
				this.work.resolve("data").toString(), "--out", this.work.resolve("reports").toString());
		// then
		assertThat(report.status()).isEqualTo(1);
		assertThat(report.err().lines()).singleElement()
			.asString()
			.startsWith("错误 / error: 数据库中还没有台账数据，请先导入 / " + "the database holds no ledger rows yet: import first");
		assertThat(report.out()).isEmpty();
		assertThat(this.work.resolve("reports")).isEmptyDirectory();
	}

	@Test
	void anInputNamingOneFileImportsThatFileUnderItsName() {
		// when
		CliRun imported = cli("import", "--input", SAMPLE_INPUT.resolve("招远市招商台账2019.xlsx").toString(), "--data",
				this.work.resolve("data").toString());
		// then: the one file, known by the name a folder import gives it, so a later
		// folder import updates it in place
		assertThat(imported.status()).as(imported.err()).isZero();
		assertThat(imported.out()).startsWith("导入完成 / import completed: 1 file(s), ");
		CliRun folder = cli("import", "--input", SAMPLE_INPUT.toString(), "--data",
				this.work.resolve("data").toString());
		assertThat(folder.out()).contains("import completed: 6 file(s) (1 unchanged, skipped)");
	}

	@Test
	void aMonthThatHasNotEndedIsReportedWithAWarningThatItsFiguresArePartial() {
		// given
		YearMonth current = YearMonth.now(ZoneId.of("Asia/Shanghai"));
		// when
		CliRun run = cli("run", "--month", current.toString(), "--scope", "招远市", "--input", SAMPLE_INPUT.toString(),
				"--data", this.work.resolve("data").toString(), "--out", this.work.resolve("reports").toString());
		// then
		assertThat(run.status()).as(run.err()).isZero();
		assertThat(run.err().lines()).containsExactly("警告 / warning: " + current + " 尚未结束，报告中的数字不完整 / " + current
				+ " has not ended yet: the report's figures are partial");
		assertThat(run.out()).contains("report 招远市 " + current + " written");
	}

	@Test
	void monthsAreCheckedForTheirRangeAndMayBeWrittenWithoutTheDash() {
		// when
		CliRun thirteen = cli("report", "--month", "2019-13", "--data", this.work.resolve("data").toString());
		CliRun compact = cli("report", "--month", "201907", "--scope", "招远市", "--data",
				this.work.resolve("data").toString());
		// then
		assertThat(thirteen.status()).isEqualTo(2);
		assertThat(thirteen.err()).contains("月份只能是 01 到 12 / months run from 01 to 12, not 13 in '2019-13'")
			.doesNotContain("must look like");
		// 201907 is read as 2019-07: what stops it is the empty database, not the month
		assertThat(compact.status()).isEqualTo(1);
		assertThat(compact.err()).contains("import first");
	}

	@Test
	void aFreshDataFolderLogsNoMigrationWarningsAndAMonthlyRunIsOneJobWithItsParts() throws Exception {
		// given
		Path data = this.work.resolve("data");
		// when
		CliRun run = cli("run", "--month", "2019-07", "--scope", "招远市", "--input", SAMPLE_INPUT.toString(), "--data",
				data.toString(), "--out", this.work.resolve("reports").toString());
		CliRun history = cli("history", "--json", "--data", data.toString());
		CliRun table = cli("history", "--data", data.toString());
		// then: bilingual outcome lines like the error lines, nothing from the
		// migrations, no lock file left behind
		assertThat(run.status()).as(run.err()).isZero();
		assertThat(run.out().lines()).hasSize(3)
			.satisfiesExactly((line) -> assertThat(line).startsWith("导入完成 / import completed: 6 file(s)"),
					(line) -> assertThat(line).startsWith("待修正 / to correct: "),
					(line) -> assertThat(line).startsWith("报告已生成 / report 招远市 2019-07 written: "));
		assertThat(Files.readString(data.resolve("logs").resolve("investpromo.log"))).doesNotContain("no data")
			.doesNotContain("SQL State");
		assertThat(data.resolve(DataDirectoryLock.FILE_NAME)).doesNotExist();
		// and: history shows one monthly run whose parts are the import and the report it
		// launched
		JsonNode runs = JsonMapper.builder().build().readTree(history.out());
		assertThat(runs).hasSize(3);
		JsonNode monthly = runs.get(2);
		assertThat(monthly.get("job").asString()).isEqualTo("monthlyJob");
		assertThat(monthly.get("status").asString()).isEqualTo("COMPLETED");
		assertThat(monthly.get("parts")).hasSize(2);
		assertThat(monthly.get("parts").get(0).get("name").asString()).isEqualTo("import");
		assertThat(monthly.get("parts").get(0).get("job").asString()).isEqualTo("ledgerImportJob");
		assertThat(monthly.get("parts").get(1).get("job").asString()).isEqualTo("monthlyReportJob");
		assertThat(monthly.get("files")).hasSize(3);
		assertThat(runs.get(0).get("partOf").asLong()).isEqualTo(monthly.get("executionId").asLong());
		assertThat(runs.get(1).get("partOf").asLong()).isEqualTo(monthly.get("executionId").asLong());
		assertThat(table.out()).contains("monthlyJob (import #" + runs.get(1).get("executionId").asLong()
				+ " COMPLETED, report #" + runs.get(0).get("executionId").asLong() + " COMPLETED)");
	}

}
