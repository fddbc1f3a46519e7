package cn.investpromo.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import cn.investpromo.cli.CliRun;

import static cn.investpromo.cli.CliRun.cli;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC §4 restart, as the acceptance check does it: a real {@code investpromo import}
 * process is killed with SIGKILL in the middle of a large ledger, the same command is
 * launched again, and everything stored and reported must equal an uninterrupted import
 * of the same ledger.
 */
class CrashRestartFunctionalTests {

	private static final int ROWS = 60_000;

	private static final Pattern PROGRESS = Pattern.compile("import: ([\\d,]+) rows read");

	@TempDir
	Path work;

	@Test
	void anImportKilledMidwayAndLaunchedAgainEndsWithExactlyTheFiguresOfAnUninterruptedOne() throws Exception {
		// given: a large ledger, and what an uninterrupted import of it stores and
		// reports
		Path input = this.work.resolve("input");
		LargeLedger.write(input.resolve("招远市签约项目2019.xlsx"), ROWS);
		Path reference = this.work.resolve("reference");
		// corrections workbooks under the test's folder, not the project's reports/
		String out = this.work.resolve("out").toString();
		assertThat(cli("import", "--input", input.toString(), "--data", reference.toString(), "--out", out).status())
			.isZero();
		CliRun referenceReport = cli("report", "--month", "2019-07", "--scope", "招远市", "--data", reference.toString(),
				"--out", this.work.resolve("reference-reports").toString());
		assertThat(referenceReport.status()).as(referenceReport.err()).isZero();
		Path data = this.work.resolve("data");
		// when: the same import in a process of its own, killed once some chunks are
		// committed
		try (ChildProcess child = ChildProcess.start(
				List.of("investpromo.progress-interval=100ms", "investpromo.chunk-size=200"), "import", "--input",
				input.toString(), "--data", data.toString(), "--out", out)) {
			child.awaitLine((line) -> rowsRead(line) >= 5_000, Duration.ofSeconds(60));
			child.kill();
			assertThat(child.output()).doesNotContain("import completed");
		}
		// and: launched again, the same command
		CliRun again = cli("import", "--input", input.toString(), "--data", data.toString(), "--out", out);
		CliRun report = cli("report", "--month", "2019-07", "--scope", "招远市", "--data", data.toString(), "--out",
				this.work.resolve("reports").toString());
		CliRun history = cli("history", "--json", "--data", data.toString());
		// then: it restarted the killed execution from its last commit, not from scratch
		assertThat(again.status()).as(again.err()).isZero();
		Matcher restarted = Pattern.compile("restarted after (\\d+) committed item").matcher(again.out());
		assertThat(restarted.find()).as(again.out()).isTrue();
		// the kill lands anywhere after the progress line: some chunks are committed, not
		// all
		assertThat(Long.parseLong(restarted.group(1))).isPositive().isLessThan(ROWS);
		assertThat(again.out()).contains("import completed: 1 file(s), " + ROWS + " row(s) read, " + (ROWS - ROWS / 500)
				+ " accepted, " + (ROWS / 500) + " rejected");
		JsonNode runs = JsonMapper.builder().build().readTree(history.out());
		assertThat(runs).hasSize(3);
		assertThat(runs.get(1).get("status").asString()).isEqualTo("COMPLETED");
		assertThat(runs.get(2).get("status").asString()).isEqualTo("FAILED");
		assertThat(runs.get(1).get("parameters").get("launchId"))
			.isEqualTo(runs.get(2).get("parameters").get("launchId"));
		// and: every stored row, count and reject, and every reported figure, equals the
		// uninterrupted run's
		assertThat(tables(data)).isEqualTo(tables(reference));
		assertThat(report.status()).as(report.err()).isZero();
		assertThat(reportJson(this.work.resolve("reports")))
			.isEqualTo(reportJson(this.work.resolve("reference-reports")));
		assertThat(reportJson(this.work.resolve("reports")).get("kpis").get("projects").get("month").asLong())
			.isEqualTo(julyProjects());
		// and: the killed child imported with the larger row cache (-Xmx512m); once the
		// report is done the database
		// stores HSQLDB's normal size again, and the marker of the import's size is gone
		assertThat(Files.readString(data.resolve("investpromo.script"))).contains("SET FILES CACHE SIZE 10000\n")
			.contains("SET FILES CACHE ROWS 50000\n");
		assertThat(data.resolve("investpromo.import-cache")).doesNotExist();
	}

	/** The generator signs row i in month 1 + i % 12 and rejects every 500th row. */
	private static long julyProjects() {
		long july = 0;
		for (int i = 1; i <= ROWS; i++) {
			if (i % 12 == 6 && i % 500 != 0) {
				july++;
			}
		}
		return july;
	}

	private static long rowsRead(String line) {
		Matcher matcher = PROGRESS.matcher(line);
		return matcher.find() ? Long.parseLong(matcher.group(1).replace(",", "")) : -1;
	}

	/**
	 * Every table a report reads, row by row in key order, without the time a row was
	 * written.
	 */
	private static Map<String, List<String>> tables(Path data) throws SQLException {
		Map<String, List<String>> tables = new LinkedHashMap<>();
		String url = "jdbc:hsqldb:file:" + data.resolve("investpromo") + ";ifexists=true;shutdown=true";
		try (Connection connection = DriverManager.getConnection(url, "SA", "");
				Statement statement = connection.createStatement()) {
			tables.put("signed_project", rows(statement, "SELECT project_key, project_id, name, signed_date, "
					+ "region_code, investor, industry_code, amount_wan, status, source_row FROM signed_project "
					+ "ORDER BY project_key"));
			tables.put("promo_event", rows(statement, "SELECT event_key, name, start_date, attendees, source_row "
					+ "FROM promo_event ORDER BY event_key"));
			tables.put("ledger_sheet", rows(statement, "SELECT file_name, sheet_name, kind, header_row, rows_read, "
					+ "rows_accepted, rows_rejected, message FROM ledger_sheet ORDER BY file_name, sheet_name"));
			tables.put("ledger_reject",
					rows(statement, "SELECT * FROM ledger_reject " + "ORDER BY file_name, sheet_name, row_number"));
		}
		assertThat(tables.get("signed_project")).hasSize(ROWS - ROWS / 500);
		return tables;
	}

	private static List<String> rows(Statement statement, String query) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (ResultSet result = statement.executeQuery(query)) {
			int columns = result.getMetaData().getColumnCount();
			while (result.next()) {
				StringBuilder row = new StringBuilder();
				for (int i = 1; i <= columns; i++) {
					row.append(result.getString(i)).append('|');
				}
				rows.add(row.toString());
			}
		}
		return rows;
	}

	private static JsonNode reportJson(Path reports) throws IOException {
		ObjectNode json = (ObjectNode) JsonMapper.builder()
			.build()
			.readTree(reports.resolve("招远市").resolve("2019-07").resolve("招远市_2019-07.json").toFile());
		json.remove("generatedAt");
		return json;
	}

}
