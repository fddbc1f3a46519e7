package cn.investpromo.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.investpromo.industry.IndustryTaxonomy;
import cn.investpromo.ledger.AgreementType;
import cn.investpromo.ledger.EventType;
import cn.investpromo.ledger.LedgerItem.EventRecord;
import cn.investpromo.ledger.LedgerItem.ProjectRecord;
import cn.investpromo.ledger.LedgerItem.Source;
import cn.investpromo.ledger.ProjectStatus;
import cn.investpromo.region.RegionCatalog;

import static org.assertj.core.api.Assertions.assertThat;

class ReportModelBuilderTests {

	private static RegionCatalog regions;

	private static ReportModelBuilder builder;

	private static final YearMonth JULY = YearMonth.of(2019, 7);

	@BeforeAll
	static void loadReferenceData() {
		regions = RegionCatalog.loadDefault();
		builder = new ReportModelBuilder(regions, IndustryTaxonomy.loadDefault());
	}

	@Test
	void kpisCompareWithPreviousMonthSameMonthLastYearAndYearToDate() {
		// given
		List<ProjectRecord> projects = List.of(project("a", "2019-07-28", "370685108", "15000", "440300"),
				project("b", "2019-07-02", "370685", null, "440300"),
				project("c", "2019-06-30", "370685", "5000", "440300"),
				project("d", "2019-02-01", "370685", "20000", "440300"),
				project("e", "2018-07-10", "370685", "150000", "440300"),
				project("f", "2018-08-10", "370685", "1000", "440300"),
				project("g", "2019-07-20", "510118", "99999", "440300"));
		// when
		ReportModel model = build(List.of(), projects);
		// then
		Comparison count = model.kpi(KpiKind.PROJECTS).values();
		assertThat(count.month()).isEqualByComparingTo("2");
		assertThat(count.previousMonth()).isEqualByComparingTo("1");
		assertThat(count.sameMonthLastYear()).isEqualByComparingTo("1");
		assertThat(count.ytd()).isEqualByComparingTo("4");
		assertThat(count.ytdLastYear()).isEqualByComparingTo("1");
		Comparison amount = model.kpi(KpiKind.AMOUNT_WAN).values();
		assertThat(amount.month()).isEqualByComparingTo("15000");
		assertThat(amount.monthOnMonthPercent()).hasValueSatisfying((p) -> assertThat(p).isEqualByComparingTo("200.0"));
		assertThat(amount.yearOnYearPercent()).hasValueSatisfying((p) -> assertThat(p).isEqualByComparingTo("-90.0"));
		assertThat(model.kpi(KpiKind.PROJECTS_WITHOUT_AMOUNT).values().month()).isEqualByComparingTo("1");
		assertThat(model.kpi(KpiKind.PROJECTS_OVER_1YI).values().month()).isEqualByComparingTo("1");
		assertThat(model.kpi(KpiKind.PROJECTS_OVER_10YI).values().sameMonthLastYear()).isEqualByComparingTo("1");
	}

	@Test
	void aChangeAgainstZeroIsEmpty() {
		// given: nothing in June
		List<ProjectRecord> projects = List.of(project("a", "2019-07-28", "370685", "100", "440300"));
		// when
		Comparison count = build(List.of(), projects).kpi(KpiKind.PROJECTS).values();
		// then
		assertThat(count.monthOnMonthPercent()).isEmpty();
		assertThat(count.yearOnYearPercent()).isEmpty();
	}

	@Test
	void rowsAreTheScopesChildrenWithTheScopeItselfAsItsOwnLevel() {
		// given
		List<EventRecord> events = List.of(event("深圳推介会", "2019-07-28", "370685", 200),
				event("夏甸座谈会", "2019-07-10", "370685108", 30));
		List<ProjectRecord> projects = List.of(project("a", "2019-07-28", "370685108", "15000", "440300"),
				project("b", "2019-07-28", "370685Z01", "5000", "370200"));
		// when
		ReportModel model = build(events, projects);
		// then
		RegionFigures self = model.byRegion().get(0);
		assertThat(self.self()).isTrue();
		assertThat(self.name()).isEqualTo("招远市");
		assertThat(self.attendees()).isEqualTo(200);
		assertThat(model.byRegion()).filteredOn((r) -> r.name().equals("夏甸镇")).singleElement().satisfies((r) -> {
			assertThat(r.events()).isEqualTo(1);
			assertThat(r.projects()).isEqualTo(1);
			assertThat(r.amountWan()).isEqualByComparingTo("15000");
		});
		assertThat(model.byRegion()).extracting(RegionFigures::name).contains("招远经济技术开发区", "玲珑镇");
		assertThat(model.byRegion().stream().mapToLong(RegionFigures::projects).sum()).isEqualTo(2);
	}

	@Test
	void investorOriginIsAProvinceOrACityWithinTheScopesProvince() {
		// given: 深圳 (Guangdong) and 青岛 (Shandong, like 招远)
		List<ProjectRecord> projects = List.of(project("a", "2019-07-28", "370685", "100", "440300"),
				project("b", "2019-07-28", "370685", "200", "440304"),
				project("c", "2019-07-28", "370685", "300", "370200"),
				project("d", "2019-07-28", "370685", "400", null));
		// when
		List<OriginFigures> origins = build(List.of(), projects).byInvestorOrigin();
		// then
		assertThat(origins).extracting(OriginFigures::name).containsExactly("未填写或无法识别", "广东省", "青岛市");
		assertThat(origins.get(1).projects()).isEqualTo(2);
		assertThat(origins.get(1).amountWan()).isEqualByComparingTo("300");
	}

	@Test
	void landingCountsStatusAtTheEndOfTheMonthForTheLastTwelveMonths() {
		// given
		List<ProjectRecord> projects = List.of(
				withDates(project("a", "2018-09-01", "370685", "100", null), "2019-03-01", "2019-07-15"),
				withDates(project("b", "2018-09-01", "370685", "100", null), "2019-08-01", null),
				project("c", "2018-07-31", "370685", "100", null));
		// when
		List<LandingFigures> landing = build(List.of(), projects).landing();
		// then: c is older than 12 months; b starts after July
		assertThat(landing).singleElement().satisfies((row) -> {
			assertThat(row.inProduction()).isEqualTo(1);
			assertThat(row.signed()).isEqualTo(1);
			assertThat(row.total()).isEqualTo(2);
		});
	}

	@Test
	void possibleDuplicatesAreSameInvestorSameRegionWithinSevenDays() {
		// given
		List<ProjectRecord> projects = List.of(project("a", "2019-07-01", "370685", "100", null),
				project("b", "2019-07-06", "370685", "100", null), project("c", "2019-07-20", "370685", "100", null));
		// when
		DataQuality quality = build(List.of(), projects).dataQuality();
		// then
		assertThat(quality.possibleDuplicates()).singleElement()
			.satisfies((d) -> assertThat(d.reason()).contains("5 天"));
	}

	@Test
	void englishModelNamesIndustriesInEnglish() {
		// given
		List<ProjectRecord> projects = List.of(project("a", "2019-07-28", "370685", "100", null));
		// when
		ReportModel model = builder.build(new ReportModelBuilder.Input(JULY, regions.byCode("370685").orElseThrow(),
				ReportLanguage.EN, OffsetDateTime.of(2019, 8, 2, 6, 0, 0, 0, ZoneOffset.ofHours(8)), List.of(),
				projects, List.of(), List.of(), List.of(), List.of()));
		// then
		assertThat(model.byIndustry().get(0).name()).isEqualTo("New materials");
		assertThat(model.narrative()).startsWith("In July 2019, 招远市");
	}

	private static ReportModel build(List<EventRecord> events, List<ProjectRecord> projects) {
		return builder.build(new ReportModelBuilder.Input(JULY, regions.byCode("370685").orElseThrow(),
				ReportLanguage.ZH, OffsetDateTime.of(2019, 8, 2, 6, 0, 0, 0, ZoneOffset.ofHours(8)), events, projects,
				List.of(), List.of(), List.of(), List.of()));
	}

	private static EventRecord event(String name, String date, String region, int attendees) {
		return new EventRecord("K|" + name, null, name, EventType.PROMOTION, LocalDate.parse(date),
				LocalDate.parse(date), region, null, null, null, attendees, null, null, null,
				new Source("f.xlsx", "s", 2));
	}

	private static ProjectRecord project(String key, String date, String region, String amount, String origin) {
		return new ProjectRecord(key, key, "项目" + key, LocalDate.parse(date), region, "同一投资方", origin, null, "NMAT",
				"新材料", AgreementType.INVESTMENT, (amount != null) ? new BigDecimal(amount) : null, amount, "CNY",
				ProjectStatus.SIGNED, null, null, null, null, null, new Source("f.xlsx", "s", 3));
	}

	private static ProjectRecord withDates(ProjectRecord p, String construction, String production) {
		return new ProjectRecord(p.key(), p.id(), p.name(), p.signedDate(), p.regionCode(), p.investor() + p.key(),
				p.investorOriginCode(), p.investorOriginText(), p.industryCode(), p.industryText(), p.agreementType(),
				p.amountWan(), p.amountText(), p.currency(), ProjectStatus.UNDER_CONSTRUCTION, p.eventRef(),
				(construction != null) ? LocalDate.parse(construction) : null,
				(production != null) ? LocalDate.parse(production) : null, p.fundsArrivedWan(), p.notes(), p.source());
	}

}
