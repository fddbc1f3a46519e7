package cn.investpromo.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.investpromo.cli.CliRun;

import static cn.investpromo.cli.CliRun.cli;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The monthly job of SPEC §4: one run with an import part and a report part; a restart
 * resumes where it stopped.
 */
class MonthlyJobFunctionalTests {

	private static final Path SAMPLE_INPUT = Path.of("input");

	@TempDir
	Path work;

	@Test
	void aMonthlyRunWhoseReportFailedIsRestartedByTheSameCommandWithoutImportingAgain() throws Exception {
		// given: the report folder cannot be created (a file is in its place)
		Path out = Files.createDirectories(this.work.resolve("reports"));
		Files.writeString(out.resolve("招远市"), "in the way");
		String data = this.work.resolve("data").toString();
		// when
		CliRun failed = cli("run", "--month", "2019-07", "--scope", "招远市", "--input", SAMPLE_INPUT.toString(), "--data",
				data, "--out", out.toString());
		Files.delete(out.resolve("招远市"));
		CliRun again = cli("run", "--month", "2019-07", "--scope", "招远市", "--input", SAMPLE_INPUT.toString(), "--data",
				data, "--out", out.toString());
		JsonNode runs = JsonMapper.builder().build().readTree(cli("history", "--json", "--data", data).out());
		// then: the first run imported and failed on the report, saying why in one line
		assertThat(failed.status()).isEqualTo(1);
		assertThat(failed.out()).contains("import completed: 6 file(s)").contains("report 招远市 2019-07 FAILED");
		assertThat(failed.err().lines()).singleElement()
			.asString()
			.startsWith("错误 / error: 报告目录无法创建 / cannot create the report folder ");
		// and: the same command restarted it: the import part is not repeated, the report
		// is written
		assertThat(again.status()).as(again.err()).isZero();
		assertThat(again.out()).contains("import already completed by this monthly run's earlier execution")
			.contains("report 招远市 2019-07 written")
			.doesNotContain("import completed");
		List<String> jobs = new ArrayList<>();
		runs.forEach((run) -> jobs.add(run.get("job").asString() + " " + run.get("status").asString()));
		assertThat(jobs).containsExactly("monthlyReportJob COMPLETED", "monthlyJob COMPLETED",
				"ledgerImportJob COMPLETED", "monthlyJob FAILED");
		JsonNode restarted = runs.get(1);
		assertThat(restarted.get("parameters").get("launchId"))
			.isEqualTo(runs.get(3).get("parameters").get("launchId"));
		assertThat(restarted.get("parts").get(0).get("name").asString()).isEqualTo("import");
		assertThat(restarted.get("parts").get(0).get("status").asString()).isEqualTo("COMPLETED earlier");
		assertThat(restarted.get("parts").get(0).get("executionId").asLong())
			.isEqualTo(runs.get(2).get("executionId").asLong());
		assertThat(restarted.get("parts").get(1).get("executionId").asLong())
			.isEqualTo(runs.get(0).get("executionId").asLong());
		assertThat(restarted.get("files")).hasSize(3);
	}

}
