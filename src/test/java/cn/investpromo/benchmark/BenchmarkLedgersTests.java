package cn.investpromo.benchmark;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.investpromo.benchmark.BenchmarkLedgers.Format;
import cn.investpromo.benchmark.BenchmarkLedgers.Ledgers;
import cn.investpromo.cli.InvestpromoCommand;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark's generated ledgers are what it claims to measure: every row is read, the
 * headers are recognised, only the planted bad dates are rejected, and the clerk-style
 * values (dates and amounts as text, towns of 招远市) come out as figures.
 */
class BenchmarkLedgersTests {

	@TempDir
	Path work;

	@Test
	void generatedXlsxLedgersImportEveryRowAndRejectOnlyThePlantedBadDates() throws Exception {
		// given
		Ledgers ledgers = BenchmarkLedgers.write(this.work.resolve("input"), 3_000, 400, Format.XLSX);
		// when
		String out = importLedgers();
		// then
		assertThat(ledgers.rejects()).isEqualTo(3);
		assertThat(out).contains("import completed: 2 file(s), 3400 row(s) read, 3397 accepted, 3 rejected");
		try (Connection connection = database(); Statement statement = connection.createStatement()) {
			assertThat(count(statement, "SELECT COUNT(*) FROM signed_project")).isEqualTo(2_997);
			assertThat(count(statement, "SELECT COUNT(*) FROM promo_event")).isEqualTo(400);
			// the 14 towns, the development zone and 招远市 itself each resolved to a region
			// of their own
			assertThat(count(statement,
					"SELECT COUNT(DISTINCT region_code) FROM signed_project " + "WHERE region_code LIKE '370685%'"))
				.isEqualTo(16);
			// the other rows land in well over a thousand regions of (nearly) every
			// province
			assertThat(count(statement, "SELECT COUNT(DISTINCT region_code) FROM signed_project")).isGreaterThan(1_000);
			assertThat(count(statement, "SELECT COUNT(DISTINCT SUBSTRING(region_code, 1, 2)) FROM signed_project"))
				.isGreaterThanOrEqualTo(30);
			// dozens of industry texts, investors that come back
			assertThat(count(statement, "SELECT COUNT(DISTINCT industry_text) FROM signed_project"))
				.isGreaterThanOrEqualTo(40);
			assertThat(count(statement, "SELECT COUNT(DISTINCT investor_key) FROM signed_project")).isLessThan(2_997);
			assertThat(count(statement, "SELECT COUNT(*) FROM signed_project WHERE signed_date < DATE '2015-01-01' "
					+ "OR signed_date > DATE '2024-12-31'"))
				.isZero();
			// amounts typed as text with their own unit were converted, US dollars at the
			// configured rate
			assertThat(count(statement,
					"SELECT COUNT(*) FROM signed_project WHERE amount_text LIKE '%亿元' " + "AND amount_wan >= 500"))
				.isPositive();
			String dollars = "CAST(REPLACE(amount_text, '万美元', '') AS DECIMAL(20,2)) * 7";
			assertThat(count(statement, "SELECT COUNT(*) FROM signed_project WHERE amount_text LIKE '%万美元' "
					+ "AND amount_wan = " + dollars))
				.isPositive();
			assertThat(count(statement, "SELECT COUNT(*) FROM signed_project WHERE amount_text LIKE '%万美元' "
					+ "AND amount_wan <> " + dollars))
				.isZero();
			assertThat(count(statement,
					"SELECT COUNT(*) FROM signed_project WHERE status = 'IN_PRODUCTION' "
							+ "AND production_date > construction_date AND construction_date > signed_date"))
				.isPositive();
			assertThat(count(statement,
					"SELECT COUNT(*) FROM ledger_reject WHERE column_name = '签约日期' " + "AND cell_value = '某日'"))
				.isEqualTo(3);
		}
	}

	@Test
	void everyProjectLandsInTheRegionItsTextWasWrittenFrom() throws Exception {
		// given
		LandingRegions landing = LandingRegions.load();
		BenchmarkLedgers.write(this.work.resolve("input"), 2_000, 10, Format.XLSX);
		List<List<Object>> rows = BenchmarkLedgers.projectRows(2_000, landing);
		// when
		importLedgers();
		// then
		assertThat(landing.texts()).hasSizeGreaterThan(3_000);
		assertThat(landing.provinces()).isGreaterThanOrEqualTo(30);
		Map<Integer, String> stored = new HashMap<>();
		try (Connection connection = database();
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT source_row, region_code FROM signed_project")) {
			while (result.next()) {
				stored.put(result.getInt(1), result.getString(2));
			}
		}
		assertThat(stored).hasSize(1_998);
		int elsewhere = 0;
		for (int i = 0; i < rows.size(); i++) {
			String code = stored.get(i + 3); // a title row and the header above the first
												// data row
			if (code == null) {
				continue; // a planted bad date
			}
			String text = (String) rows.get(i).get(4);
			String written = landing.codes().get(text);
			if (written != null) {
				assertThat(code).as(text).isEqualTo(written);
				elsewhere++;
			}
			else {
				assertThat(code).as(text).startsWith("370685");
			}
		}
		assertThat(elsewhere).isBetween(1_000, 1_400);
	}

	@Test
	void csvLedgersHoldTheSameRowsAndAreTheSameBytesOnEveryRun() throws Exception {
		// given
		Ledgers first = BenchmarkLedgers.write(this.work.resolve("input"), 2_000, 200, Format.CSV);
		Ledgers second = BenchmarkLedgers.write(this.work.resolve("again"), 2_000, 200, Format.CSV);
		// when
		String out = importLedgers();
		// then
		assertThat(Files.readAllBytes(first.projectsFile())).isEqualTo(Files.readAllBytes(second.projectsFile()));
		assertThat(Files.readAllBytes(first.eventsFile())).isEqualTo(Files.readAllBytes(second.eventsFile()));
		assertThat(Files.readAllLines(first.projectsFile())).hasSize(2 + 2_000);
		assertThat(out).contains("import completed: 2 file(s), 2200 row(s) read, 2198 accepted, 2 rejected");
	}

	private String importLedgers() {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int status = InvestpromoCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), "import",
				"--input", this.work.resolve("input").toString(), "--data", this.work.resolve("data").toString(),
				"--out", this.work.resolve("reports").toString());
		assertThat(status).as(err.toString()).isZero();
		return out.toString();
	}

	private Connection database() throws SQLException {
		return DriverManager.getConnection(
				"jdbc:hsqldb:file:" + this.work.resolve("data").resolve("investpromo") + ";ifexists=true;shutdown=true",
				"SA", "");
	}

	private static long count(Statement statement, String query) throws SQLException {
		try (ResultSet result = statement.executeQuery(query)) {
			result.next();
			return result.getLong(1);
		}
	}

}
