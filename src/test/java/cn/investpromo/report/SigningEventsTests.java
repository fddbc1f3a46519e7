package cn.investpromo.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.investpromo.event.PromotionEvent;
import cn.investpromo.industry.IndustryTaxonomy;
import cn.investpromo.project.ProjectStatus;
import cn.investpromo.project.SignedProject;
import cn.investpromo.project.SignedProjects;
import cn.investpromo.event.PromotionEvents;
import cn.investpromo.quality.Source;
import cn.investpromo.region.RegionCatalog;
import cn.investpromo.report.EventFollowThrough.EventRow;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The follow-through of events computed from stored rows by the real queries (in-memory
 * HSQLDB, the migrations).
 */
class SigningEventsTests {

	private static final YearMonth JULY = YearMonth.of(2019, 7);

	private static final String ZHAOYUAN = "370685";

	private static RegionCatalog regions;

	private static StoredReports builder;

	@BeforeAll
	static void loadReferenceData() {
		regions = RegionCatalog.loadDefault();
		builder = new StoredReports(regions, IndustryTaxonomy.loadDefault());
	}

	@Test
	void aProjectNamesItsEventByIdOrByNameWrittenWithOtherBracketsAndSpaces() {
		// given: the events ledger writes full-width brackets, the projects ledger
		// half-width ones and a space
		List<PromotionEvent> events = List.of(event("E-1", "招远市招商引资推介会（深圳）", "2019-07-28"),
				event(null, "文化旅游推介会（深圳）", "2019-03-02"));
		List<SignedProject> projects = List.of(project("a", "2019-07-28", "E-1", "5000"),
				project("b", "2019-07-28", "招远市招商引资推介会(深圳)", "3000"), project("c", "2019-03-05", "文化旅游推介会 (深圳)", null),
				project("d", "2019-03-05", null, "900"));
		// when
		EventFollowThrough followThrough = build(events, projects).followThrough();
		// then: latest first; each project once
		assertThat(followThrough.events()).extracting(EventRow::event, EventRow::date, EventRow::projects)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("招远市招商引资推介会（深圳）", LocalDate.of(2019, 7, 28), 2L),
					org.assertj.core.groups.Tuple.tuple("文化旅游推介会（深圳）", LocalDate.of(2019, 3, 2), 1L));
		assertThat(followThrough.events().get(0).amountWan()).isEqualByComparingTo("8000");
		assertThat(followThrough.total().projects()).isEqualTo(3);
	}

	@Test
	void ofEventsOfOneNameAProjectBelongsToTheLatestOnOrBeforeItsSigningDay() {
		// given: three signing ceremonies of the same name
		List<PromotionEvent> events = List.of(event(null, "重点项目集中签约仪式", "2018-10-01", "a"),
				event(null, "重点项目集中签约仪式", "2018-11-21", "b"), event(null, "重点项目集中签约仪式", "2019-01-07", "c"));
		List<SignedProject> projects = List.of(project("p1", "2018-10-01", "重点项目集中签约仪式", "100"),
				project("p2", "2018-12-01", "重点项目集中签约仪式", "200"), project("p3", "2019-01-07", "重点项目集中签约仪式", "400"));
		// when
		List<EventRow> rows = build(events, projects).followThrough().events();
		// then
		assertThat(rows).extracting(EventRow::date)
			.containsExactly(LocalDate.of(2019, 1, 7), LocalDate.of(2018, 11, 21), LocalDate.of(2018, 10, 1));
		assertThat(rows).extracting((row) -> row.amountWan().intValue()).containsExactly(400, 200, 100);
	}

	@Test
	void onlyTheTwelveMonthsEndingWithThePeriodAndTheScopeCount() {
		// given: an event before the window, a project signed after the period, one
		// landing outside the scope
		List<PromotionEvent> events = List.of(event("OLD", "旧推介会", "2018-07-31"), event("NEW", "新推介会", "2018-08-01"));
		List<SignedProject> projects = List.of(project("old", "2018-08-02", "OLD", "100"),
				project("in", "2018-08-01", "NEW", "200"), project("late", "2019-08-01", "NEW", "400"),
				at(project("elsewhere", "2018-08-03", "NEW", "800"), "510118"));
		// when
		EventFollowThrough followThrough = build(events, projects).followThrough();
		// then
		assertThat(followThrough.events()).singleElement().satisfies((row) -> {
			assertThat(row.event()).isEqualTo("新推介会");
			assertThat(row.projects()).isEqualTo(1);
			assertThat(row.amountWan()).isEqualByComparingTo("200");
		});
	}

	@Test
	void statusIsAtThePeriodsEndAndRatesLeaveOutWhatIsUnknownOrTerminated() {
		// given: at the end of July one project produces, one is building (its production
		// comes later), one was
		// terminated, one has no amount; funds are reported for two
		List<PromotionEvent> events = List.of(event("E", "推介会", "2019-01-10"));
		List<SignedProject> projects = List.of(
				dated(funded(project("producing", "2019-01-10", "E", "10000"), "4000"), "2019-03-01", "2019-06-30"),
				dated(project("building", "2019-01-10", "E", "6000"), "2019-04-01", "2019-09-01"),
				terminated(project("stopped", "2019-01-10", "E", "2000")),
				funded(project("framework", "2019-01-10", "E", null), "500"));
		// when
		EventRow row = build(events, projects).followThrough().events().get(0);
		// then
		assertThat(row.projects()).isEqualTo(4);
		assertThat(row.projectsWithoutAmount()).isEqualTo(1);
		assertThat(row.amountWan()).isEqualByComparingTo("18000");
		assertThat(row.started()).isEqualTo(2);
		assertThat(row.inProduction()).isEqualTo(1);
		assertThat(row.terminated()).isEqualTo(1);
		assertThat(row.projectsWithoutFunds()).isEqualTo(2);
		assertThat(row.fundsArrivedWan()).isEqualByComparingTo("4500");
		// 2 of the 3 not terminated; 1 of the 2 started; 4000 of the 10000 of the one
		// project with both values
		assertThat(row.startRatePercent()).contains(new BigDecimal("66.7"));
		assertThat(row.productionRatePercent()).contains(new BigDecimal("50.0"));
		assertThat(row.fundsRatePercent()).contains(new BigDecimal("40.0"));
	}

	@Test
	void unknownIsNotZeroAndARateWithoutDenominatorIsEmpty() {
		// given: the only project was terminated and reports neither amount nor funds
		List<PromotionEvent> events = List.of(event("E", "推介会", "2019-07-01"));
		// when
		EventRow row = build(events, List.of(terminated(project("x", "2019-07-01", "E", null)))).followThrough()
			.events()
			.get(0);
		// then
		assertThat(row.amountWan()).isNull();
		assertThat(row.fundsArrivedWan()).isNull();
		assertThat(row.startRatePercent()).isEmpty();
		assertThat(row.productionRatePercent()).isEmpty();
		assertThat(row.fundsRatePercent()).isEmpty();
	}

	@Test
	void noEventWithSigningsGivesNoRowsAndAnEmptyTotal() {
		// when
		EventFollowThrough followThrough = build(List.of(event("E", "推介会", "2019-07-01")),
				List.of(project("x", "2019-07-02", null, "100")))
			.followThrough();
		// then
		assertThat(followThrough.events()).isEmpty();
		assertThat(followThrough.total().projects()).isZero();
		assertThat(followThrough.total().amountWan()).isNull();
	}

	private static ReportModel build(List<PromotionEvent> events, List<SignedProject> projects) {
		return builder.build(new StoredReports.Input(JULY, regions.byCode(ZHAOYUAN).orElseThrow(), ReportLanguage.ZH,
				OffsetDateTime.of(2019, 8, 2, 6, 0, 0, 0, ZoneOffset.ofHours(8)), events, projects, List.of(),
				List.of(), List.of(), List.of()));
	}

	private static PromotionEvent event(@Nullable String id, String name, String date) {
		return event(id, name, date, "");
	}

	private static PromotionEvent event(@Nullable String id, String name, String date, String suffix) {
		String key = (id != null) ? "ID|" + id : "K|" + name + "|" + date + suffix;
		return PromotionEvents.builder(name, date, ZHAOYUAN)
			.key(key)
			.id(id)
			.attendees(100)
			.source(new Source("e.xlsx", "s", 2))
			.build();
	}

	private static SignedProject project(String key, String date, @Nullable String eventRef, @Nullable String wan) {
		return SignedProjects.builder(key, date, ZHAOYUAN, wan)
			.investor("投资方" + key)
			.investorOriginCode("440300")
			.eventRef(eventRef)
			.source(new Source("p.xlsx", "s", 3))
			.build();
	}

	private static SignedProject at(SignedProject p, String region) {
		return p.toBuilder().regionCode(region).build();
	}

	private static SignedProject terminated(SignedProject p) {
		return p.toBuilder().status(ProjectStatus.TERMINATED).build();
	}

	private static SignedProject funded(SignedProject p, String wan) {
		return p.toBuilder().fundsArrivedWan(new BigDecimal(wan)).build();
	}

	private static SignedProject dated(SignedProject p, String construction, String production) {
		return p.toBuilder()
			.status(ProjectStatus.IN_PRODUCTION)
			.constructionDate(LocalDate.parse(construction))
			.productionDate(LocalDate.parse(production))
			.build();
	}

}
