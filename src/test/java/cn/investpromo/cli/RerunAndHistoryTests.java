package cn.investpromo.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static cn.investpromo.cli.CliRun.cli;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * SPEC §4 rerun semantics and §6 history through the real command line: a report is
 * redone only when the data or the language changed, or with {@code --rerun};
 * {@code history} lists every run newest first. Also the start-up checks of the
 * configuration, each a single line.
 */
class RerunAndHistoryTests {

	@TempDir
	Path work;

	@Test
	void aReportIsRedoneOnlyWhenItsDataOrLanguageChangedOrWhenAskedTo() throws IOException {
		// given
		Path input = Files.createDirectories(this.work.resolve("input"));
		Files.copy(Path.of("input", "招远市招商台账2019.xlsx"), input.resolve("招远市招商台账2019.xlsx"));
		String data = this.work.resolve("data").toString();
		String out = this.work.resolve("reports").toString();
		assertThat(cli("import", "--input", input.toString(), "--data", data, "--out", out).status()).isZero();
		// when
		CliRun first = cli("report", "--month", "2019-07", "--scope", "招远市", "--data", data, "--out", out);
		CliRun unchanged = cli("report", "--month", "2019-07", "--scope", "招远", "--data", data, "--out", out);
		CliRun english = cli("report", "--month", "2019-07", "--scope", "招远市", "--lang", "en", "--data", data, "--out",
				out);
		CliRun forced = cli("report", "--month", "2019-07", "--scope", "370685", "--rerun", "--data", data, "--out",
				out);
		// a later ledger adds a project signed in July
		Files.writeString(input.resolve("补录.csv"), """
				项目名称,签约日期,落地地区,投资方,所属产业,协议投资额（万元）
				补录的新材料项目,2019-07-30,招远市玲珑镇,烟台某材料公司,新材料,5000
				""", StandardCharsets.UTF_8);
		assertThat(cli("import", "--input", input.toString(), "--data", data, "--out", out).status()).isZero();
		CliRun corrected = cli("report", "--month", "2019-07", "--scope", "招远市", "--data", data, "--out", out);
		CliRun history = cli("history", "--data", data);
		// then
		assertThat(first.out()).contains("report 招远市 2019-07 written");
		assertThat(unchanged.status()).isZero();
		assertThat(unchanged.out()).contains("report 招远市 2019-07 already up to date")
			.contains(Path.of(out, "招远市", "2019-07", "招远市_2019-07.xlsx").toString());
		assertThat(english.out()).contains("written").contains("招远市_2019-07_en.pdf");
		assertThat(forced.out()).contains("written");
		assertThat(corrected.out()).contains("written");
		JsonNode json = JsonMapper.builder()
			.build()
			.readTree(Path.of(out, "招远市", "2019-07", "招远市_2019-07.json").toFile());
		assertThat(json.get("kpis").get("projects").get("month").asLong()).isEqualTo(13);
		// history: newest first, one line per execution, columns aligned
		List<String> lines = history.out().lines().toList();
		assertThat(lines).hasSize(1 + 6);
		assertThat(lines.get(0)).startsWith("ID").contains("PARAMETERS").contains("FILES");
		assertThat(lines.get(1)).contains("monthlyReportJob").contains("COMPLETED").contains("month=2019-07");
		assertThat(lines.get(lines.size() - 1)).contains("ledgerImportJob").contains("input=" + input);
		int status = lines.get(0).indexOf("STATUS");
		assertThat(lines.subList(1, lines.size()))
			.allSatisfy((line) -> assertThat(TextTable.width(line.substring(0, line.indexOf("COMPLETED"))))
				.isEqualTo(TextTable.width(lines.get(0).substring(0, status))));
	}

	@Test
	void aReportWhoseFilesAreGoneOrAskedForElsewhereIsWrittenAgain() throws IOException {
		// given: the report written once
		String data = this.work.resolve("data").toString();
		String out = this.work.resolve("reports").toString();
		String elsewhere = this.work.resolve("elsewhere").toString();
		assertThat(cli("run", "--month", "2019-07", "--scope", "招远市", "--input", "input", "--data", data, "--out", out)
			.out()).contains("written");
		Path pdf = Path.of(out, "招远市", "2019-07", "招远市_2019-07.pdf");
		Files.delete(pdf);
		// when
		CliRun deleted = cli("report", "--month", "2019-07", "--scope", "招远市", "--data", data, "--out", out);
		CliRun moved = cli("report", "--month", "2019-07", "--scope", "招远市", "--data", data, "--out", elsewhere);
		CliRun unchanged = cli("report", "--month", "2019-07", "--scope", "招远市", "--data", data, "--out", out);
		// then: "already up to date" only when the files it names are there
		assertThat(deleted.out()).contains("report 招远市 2019-07 written");
		assertThat(pdf).isRegularFile();
		assertThat(moved.out()).contains("report 招远市 2019-07 written");
		assertThat(Path.of(elsewhere, "招远市", "2019-07", "招远市_2019-07.json")).isRegularFile();
		assertThat(unchanged.out()).contains("report 招远市 2019-07 already up to date");
	}

	@Test
	void historyAsJsonCarriesRowsAndFilesWritten() throws IOException {
		// given
		String data = this.work.resolve("data").toString();
		String out = this.work.resolve("reports").toString();
		cli("run", "--month", "2019-07", "--scope", "招远市", "--input", "input", "--data", data, "--out", out);
		// when
		CliRun history = cli("history", "--json", "--limit", "1", "--data", data);
		CliRun all = cli("history", "--json", "--data", data);
		// then
		JsonNode runs = JsonMapper.builder().build().readTree(history.out());
		assertThat(runs).hasSize(1);
		assertThat(runs.get(0).get("job").asString()).isEqualTo("monthlyReportJob");
		assertThat(runs.get(0).get("files")).hasSize(3);
		assertThat(runs.get(0).get("parameters").get("dataVersion").asString()).hasSize(16);
		JsonNode importRun = JsonMapper.builder().build().readTree(all.out()).get(1);
		assertThat(importRun.get("job").asString()).isEqualTo("ledgerImportJob");
		// every data row is an item; so are the announcements of files and sheets
		assertThat(importRun.get("read").asLong()).isGreaterThan(217);
		assertThat(importRun.get("durationSeconds").asDouble()).isPositive();
		// and the log went to the rolling file under the data folder too
		assertThat(Path.of(data, "logs", "investpromo.log")).content(StandardCharsets.UTF_8)
			.contains("Reading 招远市招商台账2019.xlsx");
	}

	@Test
	void badSettingsStopTheStartWithOneClearLine() throws IOException {
		// given
		Path aFile = Files.writeString(this.work.resolve("not-a-folder"), "x");
		// when
		CliRun cron = cli("schedule", "--cron", "every day at six", "--data", this.work.toString());
		CliRun scope = cli("schedule", "--scope", "火星市", "--data", this.work.toString());
		CliRun data = cli("history", "--data", aFile.resolve("data").toString());
		// then
		assertThat(cron.status()).isEqualTo(1);
		assertThat(cron.err().strip()).isEqualTo("错误 / error: investpromo.schedule.cron is not a valid cron "
				+ "expression (second minute hour day month weekday, e.g. \"0 0 6 2 * *\"): 'every day at six'");
		assertThat(scope.status()).isEqualTo(1);
		assertThat(scope.err().strip()).startsWith("错误 / error: investpromo.schedule.scopes: ")
			.contains("火星市")
			.doesNotContain("\n");
		assertThat(data.status()).isEqualTo(1);
		assertThat(data.err().strip()).startsWith("错误 / error: investpromo.data-dir: ").doesNotContain("\n");
		assertThatThrownBy(() -> ApplicationContexts.start("import",
				Map.of("investpromo.reject-limit", "1.5", "investpromo.data-dir", this.work.toString())))
			.satisfies((ex) -> assertThat(ApplicationContexts.rootMessage(ex))
				.isEqualTo("investpromo.reject-limit must be a share between 0 and 1, not 1.5"));
		assertThatThrownBy(() -> ApplicationContexts.startImporting("import",
				Map.of("investpromo.import-cache-mb", "-1", "investpromo.data-dir", this.work.toString()),
				EarlyChecks.Check.NONE))
			.satisfies((ex) -> assertThat(ApplicationContexts.rootMessage(ex))
				.isEqualTo("investpromo.import-cache-mb must be between 0 and 1024 MB, not -1"));
		assertThatThrownBy(() -> ApplicationContexts.start("import",
				Map.of("investpromo.language", "fr", "investpromo.data-dir", this.work.toString())))
			.satisfies((ex) -> assertThat(ApplicationContexts.rootMessage(ex))
				.isEqualTo("investpromo.language must be zh or en, not 'fr'"));
		assertThatThrownBy(() -> ApplicationContexts.start("import",
				Map.of("investpromo.default-region", "火星市", "investpromo.data-dir", this.work.toString())))
			.satisfies(
					(ex) -> assertThat(ApplicationContexts.rootMessage(ex)).startsWith("investpromo.default-region: "));
	}

}
