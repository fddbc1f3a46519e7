package cn.investpromo.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.investpromo.industry.IndustryTaxonomy;
import cn.investpromo.project.SignedProject;
import cn.investpromo.project.SignedProjects;
import cn.investpromo.region.RegionCatalog;
import cn.investpromo.report.ForeignInvestment.CountryFigures;
import cn.investpromo.report.json.JsonReportRenderer;
import cn.investpromo.target.AnnualTarget;
import cn.investpromo.target.TargetIndicator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 外资 (SPEC §2.9, §5.2) from stored projects and 境外 arrivals: 合同外资 and 实际使用外资 in 万美元 with
 * their comparisons, foreign-invested projects, rows by country that add up to the
 * totals, and the 实际使用外资 target. The arrivals are rows of {@code fund_arrival} as the
 * funds ledger stores them (contract 2 of issue 21), written here directly.
 */
class ForeignInvestmentTests {

	private static final YearMonth JULY = YearMonth.of(2019, 7);

	private static final OffsetDateTime AUGUST_2 = OffsetDateTime.of(2019, 8, 2, 6, 0, 0, 0, ZoneOffset.ofHours(8));

	private static RegionCatalog regions;

	private static StoredReports builder;

	@TempDir
	Path dir;

	@BeforeAll
	static void loadReferenceData() {
		regions = RegionCatalog.loadDefault();
		builder = new StoredReports(regions, IndustryTaxonomy.loadDefault());
	}

	/**
	 * July 2019: 新加坡 300, 中国香港 600, 德国 without 合同外资, 100 without a country, a mainland
	 * project (not foreign); June: 新加坡 200; July 2018: 美国 150. Arrivals from abroad in
	 * July: 120 to the July 新加坡 project, 80 to June's, 50 unlinked, and a domestic one of
	 * 999 that is not foreign; June 40; July 2018 30.
	 */
	private static final List<SignedProject> PROJECTS = List.of(project("a", "2019-07-03", "新加坡", "300"),
			project("b", "2019-07-10", "中国香港", "600"), project("c", "2019-07-20", "德国", null),
			project("e", "2019-07-21", null, "100"), project("d", "2019-07-22", "中国", null),
			project("f", "2019-06-05", "新加坡", "200"), project("g", "2018-07-09", "美国", "150"),
			project("h", "2018-01-05", "中国", null));

	private static final Consumer<JdbcTemplate> ARRIVALS = (jdbc) -> {
		arrival(jdbc, "1", "a", "2019-07-15", "FOREIGN", "120");
		arrival(jdbc, "2", "f", "2019-07-01", "FOREIGN", "80");
		arrival(jdbc, "3", null, "2019-07-31", "FOREIGN", "50");
		arrival(jdbc, "4", "d", "2019-07-31", "OUT_OF_PROVINCE", null);
		arrival(jdbc, "5", "f", "2019-06-30", "FOREIGN", "40");
		arrival(jdbc, "6", null, "2018-07-01", "FOREIGN", "30");
	};

	@Test
	void contractedAndActualForeignCapitalInTenThousandDollarsWithTheirComparisons() {
		ForeignInvestment foreign = july(PROJECTS, ARRIVALS, List.of()).foreignInvestment();

		assertThat(foreign).isNotNull();
		assertFigures(foreign.contractedUsdWan(), "1000", "200", "150", "1200", "150");
		// 德国 gives no 合同外资: counted, its amount unknown
		assertThat(foreign.contractedUsdWan().unreported().month()).isEqualTo(1);
		assertFigures(foreign.actualUsdWan(), "250", "40", "30", "290", "30");
		assertFigures(foreign.foreignProjects(), "4", "1", "1", "5", "1");
		assertThat(foreign.projects()).extracting((p) -> p.project().name())
			.containsExactly("项目b", "项目a", "项目e", "项目c");
	}

	@Test
	void aComparedPeriodBeforeTheLedgersIsUnknownNeverZero() {
		ForeignInvestment foreign = july(PROJECTS.subList(0, 6), ARRIVALS, List.of()).foreignInvestment();

		assertThat(foreign).isNotNull();
		assertThat(foreign.actualUsdWan().sameMonthLastYear()).isNull();
		assertThat(foreign.actualUsdWan().ytdLastYear()).isNull();
		assertThat(foreign.actualUsdWan().ytd()).isEqualByComparingTo("290");
	}

	@Test
	void theRowsByCountryAddUpToTheTotals() {
		ForeignInvestment foreign = july(PROJECTS, ARRIVALS, List.of()).foreignInvestment();

		assertThat(foreign).isNotNull();
		assertThat(foreign.byCountry()).extracting(ForeignInvestmentTests::row)
			.containsExactly("中国香港 1 600.00 0.00", "新加坡 1 300.00 200.00", "德国 1 0.00 0.00", "未知 1 100.00 50.00");
		assertThat(foreign.byCountry().stream().mapToLong(CountryFigures::projects).sum()).isEqualTo(4);
		assertThat(foreign.byCountry()
			.stream()
			.map(CountryFigures::contractedUsdWan)
			.reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(foreign.contractedUsdWan().month());
		assertThat(
				foreign.byCountry().stream().map(CountryFigures::actualUsdWan).reduce(BigDecimal.ZERO, BigDecimal::add))
			.isEqualByComparingTo(foreign.actualUsdWan().month());
		assertThat(foreign.byCountry().get(3).name()).isEqualTo("未关联项目或未填国别");
	}

	@Test
	void theActualForeignCapitalTargetIsMeasuredInDollarsAgainstTheYearToDate() {
		AnnualTarget target = new AnnualTarget("370685", 2019, TargetIndicator.FOREIGN_CAPITAL_USED,
				new BigDecimal("1000"));

		TargetProgress targets = july(PROJECTS, ARRIVALS, List.of(target)).targets();

		assertThat(targets.targets()).singleElement().satisfies((t) -> {
			assertThat(t.indicator()).isEqualTo(TargetIndicator.FOREIGN_CAPITAL_USED);
			assertThat(t.actualYtd()).isEqualByComparingTo("290");
			assertThat(t.completionPercent()).isEqualByComparingTo("29.0");
			assertThat(t.schedule()).isEqualTo(TargetProgress.Schedule.BEHIND);
		});
	}

	@Test
	void aScopeWithoutForeignInvestmentLeavesTheSectionOut() throws IOException {
		ReportModel model = july(List.of(project("d", "2019-07-22", "中国", null)), (jdbc) -> {
		}, List.of());

		assertThat(model.foreignInvestment()).isNull();
		Path file = this.dir.resolve("r.json");
		new JsonReportRenderer().render(model, file);
		JsonNode json = JsonMapper.builder().build().readTree(file.toFile());
		assertThat(json.has("foreignInvestment")).isFalse();
	}

	@Test
	void anArrivalFromAbroadAloneMakesTheSection() {
		ForeignInvestment foreign = july(List.of(project("d", "2019-07-22", "中国", null)),
				(jdbc) -> arrival(jdbc, "1", "d", "2019-07-02", "FOREIGN", "70"), List.of())
			.foreignInvestment();

		assertThat(foreign).isNotNull();
		assertThat(foreign.actualUsdWan().month()).isEqualByComparingTo("70");
		assertThat(foreign.foreignProjects().month()).isEqualByComparingTo("0");
		assertThat(foreign.byCountry()).extracting(ForeignInvestmentTests::row).containsExactly("中国 0 0.00 70.00");
	}

	private static ReportModel july(List<SignedProject> projects, Consumer<JdbcTemplate> arrivals,
			List<AnnualTarget> targets) {
		return builder.build(new StoredReports.Input(JULY, regions.byCode("370685").orElseThrow(), ReportLanguage.ZH,
				AUGUST_2, List.of(), projects, List.of(), List.of(), List.of(), targets), Period.month(JULY), arrivals);
	}

	private static void assertFigures(Comparison c, String month, String previous, String lastYear, String ytd,
			String ytdLastYear) {
		assertThat(c.month()).isEqualByComparingTo(month);
		assertThat(c.previousMonth()).isEqualByComparingTo(previous);
		assertThat(c.sameMonthLastYear()).isEqualByComparingTo(lastYear);
		assertThat(c.ytd()).isEqualByComparingTo(ytd);
		assertThat(c.ytdLastYear()).isEqualByComparingTo(ytdLastYear);
	}

	private static String row(CountryFigures c) {
		return c.country() + " " + c.projects() + " " + c.contractedUsdWan().setScale(2) + " "
				+ c.actualUsdWan().setScale(2);
	}

	static SignedProject project(String key, String date, @Nullable String country, @Nullable String contracted) {
		return SignedProjects.builder(key, date, "370685", "1000")
			.investor("投资方" + key)
			.investorCountry(country)
			.contractedFdiUsdWan((contracted != null) ? new BigDecimal(contracted) : null)
			.build();
	}

	/**
	 * A stored arrival of 万元 {@code usd × 7}; {@code usd_wan} set for 境外 ones only, as
	 * the funds ledger stores them.
	 */
	static void arrival(JdbcTemplate jdbc, String key, @Nullable String projectKey, String date, String source,
			@Nullable String usd) {
		BigDecimal usdWan = new BigDecimal((usd != null) ? usd : "999");
		jdbc.update(
				"""
						INSERT INTO fund_arrival (arrival_key, project_ref_key, project_name, name_key, region_code, arrival_date,
						  month_only, amount_wan, currency, usd_equivalent_wan, usd_wan, source, project_key, source_file,
						  source_sheet, source_row, updated_at)
						VALUES (?, ?, ?, ?, '370685', ?, FALSE, ?, 'CNY', ?, ?, ?, ?, 'funds.xlsx', 's', 2, ?)""",
				key, "K|" + key, "项目" + key, key, Date.valueOf(LocalDate.parse(date)),
				usdWan.multiply(BigDecimal.valueOf(7)), usdWan, "FOREIGN".equals(source) ? usdWan : null, source,
				projectKey, Timestamp.valueOf(LocalDateTime.now()));
	}

}
