package cn.investpromo.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.investpromo.industry.IndustryTaxonomy;
import cn.investpromo.region.Region;
import cn.investpromo.region.RegionCatalog;
import cn.investpromo.report.Comparison;
import cn.investpromo.report.Kpi;
import cn.investpromo.report.KpiKind;
import cn.investpromo.report.Period;
import cn.investpromo.report.ReportLanguage;
import cn.investpromo.report.ReportModel;
import cn.investpromo.report.ReportModelBuilder;
import cn.investpromo.report.ReportRequest;
import cn.investpromo.store.ReferenceStore;
import cn.investpromo.store.ReportQueries;

import static cn.investpromo.cli.CliRun.cli;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quarterly, half-year and annual reports of the sample ledgers (issue 8): the command
 * line writes them under their period, and every count and amount of a period's headline
 * figures is the sum of its months' figures.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeriodReportsFunctionalTests {

	private static final List<KpiKind> SUMMED = List.of(KpiKind.EVENTS, KpiKind.ATTENDEES, KpiKind.ENTERPRISES,
			KpiKind.PROJECTS, KpiKind.AMOUNT_WAN, KpiKind.PROJECTS_OVER_1YI, KpiKind.PROJECTS_OVER_10YI,
			KpiKind.PROJECTS_WITHOUT_AMOUNT);

	private Path data;

	private Path reports;

	private CliRun quarter;

	private SingleConnectionDataSource dataSource;

	private ReportModelBuilder builder;

	private Region zhaoyuan;

	@BeforeAll
	void importAndWriteTheThirdQuarter(@TempDir Path work) {
		this.data = work.resolve("data");
		this.reports = work.resolve("reports");
		this.quarter = cli("run", "--period", "2019-Q3", "--scope", "招远市", "--input", "input", "--data",
				this.data.toString(), "--out", this.reports.toString());
		// the models of months and periods straight from the database the run left, as
		// the report job builds them
		this.dataSource = new SingleConnectionDataSource(
				"jdbc:hsqldb:file:" + this.data.resolve("investpromo") + ";shutdown=true", "SA", "", true);
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		ReferenceStore.UserRegions user = new ReferenceStore(jdbc).userRegions();
		RegionCatalog regions = RegionCatalog.loadDefault().withExtensions(user.regions(), user.members());
		this.builder = new ReportModelBuilder(regions, IndustryTaxonomy.loadDefault(),
				new ReportQueries(new NamedParameterJdbcTemplate(jdbc)));
		this.zhaoyuan = regions.byCode("370685").orElseThrow();
	}

	@AfterAll
	void close() {
		this.dataSource.destroy();
	}

	@Test
	void theQuarterIsWrittenUnderItsPeriodWithItsTitleAndPeriodInTheJson() throws IOException {
		// then
		assertThat(this.quarter.status()).as(this.quarter.err()).isZero();
		assertThat(this.quarter.out()).contains("report 招远市 2019-Q3 written:");
		Path dir = this.reports.resolve("招远市").resolve("2019-Q3");
		assertThat(dir.resolve("招远市_2019-Q3.xlsx")).isRegularFile();
		assertThat(dir.resolve("招远市_2019-Q3.pdf")).isRegularFile();
		JsonNode json = JsonMapper.builder().build().readTree(dir.resolve("招远市_2019-Q3.json").toFile());
		assertThat(json.has("month")).isFalse();
		assertThat(json.get("period").get("label").asString()).isEqualTo("2019-Q3");
		assertThat(json.get("period").get("from").asString()).isEqualTo("2019-07-01");
		assertThat(json.get("period").get("to").asString()).isEqualTo("2019-09-30");
		assertThat(json.get("period").get("kind").asString()).isEqualTo("quarter");
		assertThat(json.get("trend")).hasSize(8);
		assertThat(json.get("trend").get(7).get("period").asString()).isEqualTo("2019-Q3");
		assertThat(json.get("narrative").asString()).startsWith("一、招商活动。2019年第三季度，招远市")
			// a quarter says 本期 where a month says 本月
			.contains("二、项目签约。本期新签约项目")
			.doesNotContain("本月");
		// data quality in scope: the 招远市 ledgers, not the 四川 delegation's
		List<String> files = new java.util.ArrayList<>();
		json.get("dataQuality").get("files").forEach((sheet) -> files.add(sheet.get("file").asString()));
		assertThat(files).isNotEmpty()
			.allMatch((file) -> file.startsWith("招远市"))
			.noneMatch((file) -> file.contains("sichuan"));
		assertThat(Files.size(dir.resolve("招远市_2019-Q3.pdf"))).isPositive();
	}

	@Test
	void aQuarterAHalfYearAndAYearAddUpTheirMonths() {
		for (String text : List.of("2019-Q3", "2019-Q2", "2019-H1", "2019-H2", "2019")) {
			// given
			Period period = Period.parse(text);
			// when
			ReportModel model = model(period);
			// then
			for (KpiKind kind : SUMMED) {
				BigDecimal sum = period.months()
					.stream()
					.map((month) -> model(Period.month(month)).headline().kpi(kind).values().month())
					.reduce(BigDecimal.ZERO, BigDecimal::add);
				assertThat(model.headline().kpi(kind).values().month()).as(text + " " + kind).isEqualByComparingTo(sum);
			}
		}
	}

	@Test
	void aQuartersComparisonsAreThePreviousQuarterTheSameQuarterLastYearAndTheYearToDate() {
		// when
		ReportModel q3 = model(Period.parse("2019-Q3"));
		ReportModel q2 = model(Period.parse("2019-Q2"));
		ReportModel q3LastYear = model(Period.parse("2018-Q3"));
		ReportModel september = model(Period.month(YearMonth.of(2019, 9)));
		// then
		for (KpiKind kind : SUMMED) {
			Comparison values = q3.headline().kpi(kind).values();
			assertThat(values.previousMonth()).as(kind.key())
				.isEqualByComparingTo(q2.headline().kpi(kind).values().month());
			assertThat(values.sameMonthLastYear()).as(kind.key())
				.isEqualByComparingTo(q3LastYear.headline().kpi(kind).values().month());
			assertThat(values.ytd()).as(kind.key()).isEqualByComparingTo(september.headline().kpi(kind).values().ytd());
			assertThat(values.ytdLastYear()).as(kind.key())
				.isEqualByComparingTo(september.headline().kpi(kind).values().ytdLastYear());
		}
		assertThat(q3.headline().kpis().stream().map(Kpi::kind)).contains(KpiKind.AVERAGE_WAN);
		assertThat(q3.headline().kpi(KpiKind.PROJECTS).values().month()).isPositive();
	}

	private ReportModel model(Period period) {
		return this.builder.build(new ReportRequest(period, this.zhaoyuan, ReportLanguage.ZH, OffsetDateTime.now()));
	}

}
