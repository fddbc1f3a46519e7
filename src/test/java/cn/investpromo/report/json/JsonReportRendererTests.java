package cn.investpromo.report.json;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.investpromo.report.ReportLanguage;
import cn.investpromo.report.ReportModel;
import cn.investpromo.report.ReportModelFixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes the JSON of SPEC §5.1 and reads the file back: the contract's shape and the
 * figures added by issue 4.
 */
class JsonReportRendererTests {

	@TempDir
	Path dir;

	@Test
	void jsonKeepsTheContractAndCarriesLandingFundsTargetsBandsAndTotals() throws IOException {
		// given
		ReportModel model = ReportModelFixtures.zhaoyuan(ReportLanguage.ZH);
		Path file = this.dir.resolve("out").resolve("招远市_2019-07.json");
		// when
		new JsonReportRenderer().render(model, file);
		JsonNode json = JsonMapper.builder().build().readTree(file.toFile());
		// then: §5.1 shape
		assertThat(json.get("month").asString()).isEqualTo("2019-07");
		assertThat(json.get("kpis").get("amountWan").get("month").asString()).isEqualTo("185000.00");
		JsonNode zone = json.get("landing").get(1);
		assertThat(zone.get("regionCode").asString()).isEqualTo("370685Z01");
		assertThat(zone.get("signed").asLong()).isEqualTo(6);
		assertThat(zone.get("underConstruction").asLong()).isEqualTo(4);
		assertThat(zone.get("inProduction").asLong()).isEqualTo(3);
		assertThat(zone.get("terminated").asLong()).isEqualTo(1);
		// landing: 7 of 13 live projects started, 3 of 7 in production
		assertThat(zone.get("startRatePercent").asString()).isEqualTo("53.8");
		assertThat(zone.get("productionRatePercent").asString()).isEqualTo("42.9");
		assertThat(zone.get("sharePercent").get("terminated").asString()).isEqualTo("7.1");
		assertThat(zone.get("newStarts").asLong()).isEqualTo(2);
		JsonNode total = json.get("landingTotal");
		assertThat(total.get("total").asLong()).isEqualTo(25);
		assertThat(total.get("startRatePercent").asString()).isEqualTo("45.8");
		assertThat(total.get("newStarts").asLong()).isEqualTo(3);
		// average size among the KPIs, in 万元
		assertThat(json.get("kpis").get("averageWan").get("month").asString()).isEqualTo("61666.67");
		assertThat(json.get("kpis").get("averageWan").get("changePercent").get("yearOnYear").isNull()).isTrue();
		// funds arrived
		JsonNode funds = json.get("fundsArrived");
		assertThat(funds.get("totalWan").asString()).isEqualTo("356000.00");
		assertThat(funds.get("bySourceApplies").asBoolean()).isTrue();
		assertThat(funds.get("bySource").get(0).get("source").asString()).isEqualTo("outsideProvince");
		assertThat(funds.get("bySource").get(0).get("name").asString()).isEqualTo("省外");
		assertThat(funds.get("bySource").get(0).get("amountWan").asString()).isEqualTo("250000.00");
		// targets: a count stays a count, an amount is a 万元 string
		JsonNode targets = json.get("targets");
		assertThat(targets.get("elapsedPercent").asString()).isEqualTo("58.3");
		assertThat(targets.get("items").get(0).get("indicator").asString()).isEqualTo("projects");
		assertThat(targets.get("items").get(0).get("target").asLong()).isEqualTo(50);
		assertThat(targets.get("items").get(0).get("schedule").asString()).isEqualTo("ahead");
		assertThat(targets.get("items").get(1).get("target").asString()).isEqualTo("1500000.00");
		assertThat(targets.get("items").get(1).get("gapPoints").asString()).isEqualTo("-3.6");
		assertThat(targets.get("items").get(1).get("schedule").asString()).isEqualTo("behind");
		// 3.6 points behind: within five, a yellow light; the others are ahead, green
		assertThat(targets.get("items").findValuesAsString("light")).containsExactly("green", "yellow", "green");
		// the key projects of the twelve months, largest first, with status, dates and
		// funds (null when none)
		JsonNode key = json.get("keyProjects");
		assertThat(key).hasSize(3);
		assertThat(key.get(0).get("amountWan").asString()).isEqualTo("150000.00");
		assertThat(key.get(0).get("fundsArrivedWan").isNull()).isTrue();
		assertThat(key.get(1).get("status").asString()).isEqualTo("已开工");
		assertThat(key.get(1).get("constructionDate").asString()).isEqualTo("2019-05-20");
		assertThat(key.get(1).get("productionDate").isNull()).isTrue();
		assertThat(key.get(1).get("fundsArrivedWan").asString()).isEqualTo("8000.00");
		// amount bands with their comparisons
		JsonNode bands = json.get("amountBands");
		assertThat(bands).hasSize(4);
		assertThat(bands.get(1).get("atLeastYi").asString()).isEqualTo("5");
		assertThat(bands.get(1).get("projects").get("ytd").asLong()).isEqualTo(6);
		assertThat(bands.get(1).get("projects").get("changePercent").get("ytd").asString()).isEqualTo("50.0");
		// data-quality totals
		JsonNode totals = json.get("dataQuality").get("totals");
		assertThat(totals.get("read").asLong()).isEqualTo(70);
		assertThat(totals.get("accepted").asLong()).isEqualTo(69);
		assertThat(totals.get("rejected").asLong()).isEqualTo(1);
	}

	@Test
	void englishJsonNamesSourcesAndEventTypesInEnglish() throws IOException {
		// given
		ReportModel model = ReportModelFixtures.zhaoyuan(ReportLanguage.EN);
		Path file = this.dir.resolve("en.json");
		// when
		new JsonReportRenderer().render(model, file);
		JsonNode json = JsonMapper.builder().build().readTree(file.toFile());
		// then
		assertThat(json.get("fundsArrived").get("bySource").get(1).get("name").asString())
			.isEqualTo("In the province, outside the city");
		assertThat(json.get("eventsByType").get(0).get("type").asString()).isEqualTo("推介会");
		assertThat(json.get("eventsByType").get(0).get("typeName").asString()).doesNotContainPattern("\\p{IsHan}");
	}

	@Test
	void anUnknownFigureIsNullWithTheCountOfItemsThatLeftItBlank() throws IOException {
		// given: 本级's one project (生物医药) has no amount; no project had one a year ago
		ReportModel model = ReportModelFixtures.zhaoyuan(ReportLanguage.ZH);
		Path file = this.dir.resolve("unknown.json");
		// when
		new JsonReportRenderer().render(model, file);
		JsonNode json = JsonMapper.builder().build().readTree(file.toFile());
		// then
		JsonNode amount = json.get("kpis").get("amountWan");
		assertThat(amount.get("unreported").get("month").asLong()).isEqualTo(1);
		assertThat(amount.get("unreported").get("ytd").asLong()).isEqualTo(3);
		assertThat(json.get("kpis").get("events").get("unreported").get("month").asLong()).isZero();
		assertThat(json.get("kpis").get("averageWan").get("sameMonthLastYear").isNull()).isTrue();
		// 本级 is listed by its amount, unknown last
		JsonNode self = json.get("byRegion").get(2);
		assertThat(self.get("self").asBoolean()).isTrue();
		assertThat(self.get("amountWan").isNull()).isTrue();
		assertThat(self.get("projectsWithoutAmount").asLong()).isEqualTo(1);
		JsonNode bio = json.get("byIndustry").get(3);
		assertThat(bio.get("code").asString()).isEqualTo("BIO");
		assertThat(bio.get("amountWan").isNull()).isTrue();
		assertThat(bio.get("sharePercent").isNull()).isTrue();
		assertThat(json.get("byRegionIndustry").get(3).get("amountWan").isNull()).isTrue();
		assertThat(json.get("byInvestorOrigin").get(0).get("projectsWithoutAmount").asLong()).isEqualTo(1);
		assertThat(json.get("eventsByType").get(0).get("eventsWithoutEnterprises").asLong()).isZero();
	}

}
