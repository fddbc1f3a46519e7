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
import cn.investpromo.event.PromotionEvent;
import cn.investpromo.project.SignedProject;
import cn.investpromo.project.SignedProjects;
import cn.investpromo.event.PromotionEvents;
import cn.investpromo.quality.Source;
import cn.investpromo.project.ProjectStatus;
import cn.investpromo.region.RegionCatalog;
import cn.investpromo.quality.SheetQuality;
import cn.investpromo.target.AnnualTarget;
import cn.investpromo.target.TargetIndicator;

import static org.assertj.core.api.Assertions.assertThat;

class ReportModelBuilderTests {

	private static RegionCatalog regions;

	private static StoredReports builder;

	private static final YearMonth JULY = YearMonth.of(2019, 7);

	private static final OffsetDateTime GENERATED = OffsetDateTime.of(2019, 8, 2, 6, 0, 0, 0, ZoneOffset.ofHours(8));

	@BeforeAll
	static void loadReferenceData() {
		regions = RegionCatalog.loadDefault();
		builder = new StoredReports(regions, IndustryTaxonomy.loadDefault());
	}

	@Test
	void kpisCompareWithPreviousMonthSameMonthLastYearAndYearToDate() {
		// given
		List<SignedProject> projects = List.of(project("a", "2019-07-28", "370685108", "15000", "440300"),
				project("b", "2019-07-02", "370685", null, "440300"),
				project("c", "2019-06-30", "370685", "5000", "440300"),
				project("d", "2019-02-01", "370685", "20000", "440300"),
				project("e", "2018-07-10", "370685", "150000", "440300"),
				project("f", "2018-08-10", "370685", "1000", "440300"),
				project("g", "2019-07-20", "510118", "99999", "440300"),
				// the ledgers cover 招远市 from December 2017, so last year's year to date
				// is
				// known
				project("h", "2017-12-20", "370685", "1", "440300"));
		// when
		ReportModel model = build(List.of(), projects);
		// then
		Comparison count = model.headline().kpi(KpiKind.PROJECTS).values();
		assertThat(count.month()).isEqualByComparingTo("2");
		assertThat(count.previousMonth()).isEqualByComparingTo("1");
		assertThat(count.sameMonthLastYear()).isEqualByComparingTo("1");
		assertThat(count.ytd()).isEqualByComparingTo("4");
		assertThat(count.ytdLastYear()).isEqualByComparingTo("1");
		Comparison amount = model.headline().kpi(KpiKind.AMOUNT_WAN).values();
		assertThat(amount.month()).isEqualByComparingTo("15000");
		assertThat(amount.monthOnMonthPercent()).hasValueSatisfying((p) -> assertThat(p).isEqualByComparingTo("200.0"));
		assertThat(amount.yearOnYearPercent()).hasValueSatisfying((p) -> assertThat(p).isEqualByComparingTo("-90.0"));
		assertThat(model.headline().kpi(KpiKind.PROJECTS_WITHOUT_AMOUNT).values().month()).isEqualByComparingTo("1");
		assertThat(model.headline().kpi(KpiKind.PROJECTS_OVER_1YI).values().month()).isEqualByComparingTo("1");
		assertThat(model.headline().kpi(KpiKind.PROJECTS_OVER_10YI).values().sameMonthLastYear())
			.isEqualByComparingTo("1");
	}

	@Test
	void aBlankCountOrAmountIsUnknownNeverZeroAndNoChangeIsComputedFromIt() {
		// given: July's 推介会 gives 参会人数 but no 参会企业数; June's two events give both, one of
		// them only 参会人数;
		// in July 夏甸镇 signs two projects, one without an amount, and 辛庄镇 one without
		List<PromotionEvent> events = List.of(withCounts(event("深圳推介会", "2019-07-28", "370685", 200), null),
				withCounts(event("座谈会", "2019-07-07", "370685101", 54), 26),
				withCounts(event("洽谈会", "2019-06-07", "370685", 91), null),
				withCounts(event("推介会", "2019-06-20", "370685", 197), 61));
		List<SignedProject> projects = List.of(project("a", "2019-07-28", "370685108", "5000", "440300"),
				project("b", "2019-07-28", "370685108", null, "440300"),
				project("c", "2019-07-28", "370685101", null, "440300"),
				project("d", "2019-06-28", "370685101", "8000", "440300"));
		// when
		ReportModel model = build(events, projects);
		// then: enterprises are the sum of the counts given, with the blanks counted, and
		// no change
		Comparison enterprises = model.headline().kpi(KpiKind.ENTERPRISES).values();
		assertThat(enterprises.month()).isEqualByComparingTo("26");
		assertThat(enterprises.previousMonth()).isEqualByComparingTo("61");
		assertThat(enterprises.unreported().month()).isEqualTo(1);
		assertThat(enterprises.unreported().previousMonth()).isEqualTo(1);
		assertThat(enterprises.monthOnMonthPercent()).isEmpty();
		Comparison attendees = model.headline().kpi(KpiKind.ATTENDEES).values();
		assertThat(attendees.unreported().any()).isFalse();
		assertThat(attendees.monthOnMonthPercent())
			.hasValueSatisfying((p) -> assertThat(p).isEqualByComparingTo("-11.8"));
		// the amount: the amounts given, 2 without, a change over the amounts given
		Comparison amount = model.headline().kpi(KpiKind.AMOUNT_WAN).values();
		assertThat(amount.month()).isEqualByComparingTo("5000");
		assertThat(amount.unreported().month()).isEqualTo(2);
		assertThat(amount.monthOnMonthPercent()).hasValueSatisfying((p) -> assertThat(p).isEqualByComparingTo("-37.5"));
		// by region: 辛庄镇's only project has no amount: unknown; 夏甸镇 the known sum with
		// one left out
		RegionFigures xinzhuang = region(model, "370685101");
		assertThat(xinzhuang.amountWan()).isNull();
		assertThat(xinzhuang.projectsWithoutAmount()).isEqualTo(1);
		assertThat(xinzhuang.attendees()).isEqualTo(54);
		RegionFigures xiadian = region(model, "370685108");
		assertThat(xiadian.amountWan()).isEqualByComparingTo("5000");
		assertThat(xiadian.projectsWithoutAmount()).isEqualTo(1);
		RegionFigures empty = region(model, "370685102");
		assertThat(empty.amountWan()).isEqualByComparingTo("0");
		assertThat(empty.attendees()).isZero();
		// by event type: the 推介会's enterprises unknown
		EventTypeFigures promotion = model.breakdowns().eventsByType().get(0);
		assertThat(promotion.enterprises()).isEqualTo(26);
		assertThat(promotion.eventsWithoutEnterprises()).isEqualTo(1);
		// the industry (all 新材料): the known sum, the share of it, the blanks counted
		assertThat(model.breakdowns().byIndustry().get(0).amountWan()).isEqualByComparingTo("5000");
		assertThat(model.breakdowns().byIndustry().get(0).projectsWithoutAmount()).isEqualTo(2);
		assertThat(model.breakdowns().byRegionIndustry()).filteredOn((cell) -> cell.regionCode().equals("370685101"))
			.singleElement()
			.satisfies((cell) -> assertThat(cell.amountWan()).isNull());
		assertThat(model.trend().points().get(12).projectsWithoutAmount()).isEqualTo(2);
	}

	private static PromotionEvent withCounts(PromotionEvent e, Integer enterprises) {
		return e.toBuilder().enterprises(enterprises).build();
	}

	private static RegionFigures region(ReportModel model, String code) {
		return model.breakdowns().byRegion().stream().filter((r) -> r.code().equals(code)).findFirst().orElseThrow();
	}

	@Test
	void aChangeAgainstZeroIsEmpty() {
		// given: nothing in June
		List<SignedProject> projects = List.of(project("a", "2019-07-28", "370685", "100", "440300"));
		// when
		Comparison count = build(List.of(), projects).headline().kpi(KpiKind.PROJECTS).values();
		// then
		assertThat(count.monthOnMonthPercent()).isEmpty();
		assertThat(count.yearOnYearPercent()).isEmpty();
	}

	@Test
	void rowsAreTheScopesChildrenWithTheScopeItselfAsItsOwnLevel() {
		// given
		List<PromotionEvent> events = List.of(event("深圳推介会", "2019-07-28", "370685", 200),
				event("夏甸座谈会", "2019-07-10", "370685108", 30));
		List<SignedProject> projects = List.of(project("a", "2019-07-28", "370685108", "15000", "440300"),
				project("b", "2019-07-28", "370685Z01", "5000", "370200"));
		// when
		ReportModel model = build(events, projects);
		// then
		RegionFigures self = model.breakdowns()
			.byRegion()
			.stream()
			.filter(RegionFigures::self)
			.findFirst()
			.orElseThrow();
		assertThat(self.name()).isEqualTo("招远市");
		assertThat(self.attendees()).isEqualTo(200);
		assertThat(self.rank()).isNull();
		assertThat(model.breakdowns().byRegion()).filteredOn((r) -> r.name().equals("夏甸镇"))
			.singleElement()
			.satisfies((r) -> {
				assertThat(r.events()).isEqualTo(1);
				assertThat(r.projects()).isEqualTo(1);
				assertThat(r.amountWan()).isEqualByComparingTo("15000");
			});
		assertThat(model.breakdowns().byRegion()).extracting(RegionFigures::name).contains("招远经济技术开发区", "玲珑镇");
		assertThat(model.breakdowns().byRegion().stream().mapToLong(RegionFigures::projects).sum()).isEqualTo(2);
	}

	@Test
	void investorOriginIsAProvinceOrACityWithinTheScopesProvince() {
		// given: 深圳 (Guangdong) and 青岛 (Shandong, like 招远)
		List<SignedProject> projects = List.of(project("a", "2019-07-28", "370685", "100", "440300"),
				project("b", "2019-07-28", "370685", "200", "440304"),
				project("c", "2019-07-28", "370685", "300", "370200"),
				project("d", "2019-07-28", "370685", "400", null));
		// when
		List<GroupFigures> origins = build(List.of(), projects).breakdowns().byInvestorOrigin();
		// then
		assertThat(origins).extracting(GroupFigures::name).containsExactly("未填写或无法识别", "广东省", "青岛市");
		assertThat(origins.get(1).projects()).isEqualTo(2);
		assertThat(origins.get(1).amountWan()).isEqualByComparingTo("300");
	}

	@Test
	void landingCountsStatusAtTheEndOfTheMonthForTheLastTwelveMonths() {
		// given
		List<SignedProject> projects = List.of(
				withDates(project("a", "2018-09-01", "370685", "100", null), "2019-03-01", "2019-07-15"),
				withDates(project("b", "2018-09-01", "370685", "100", null), "2019-08-01", null),
				project("c", "2018-07-31", "370685", "100", null));
		// when
		List<LandingFigures> landing = build(List.of(), projects).landing().byRegion();
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
		List<SignedProject> projects = List.of(project("a", "2019-07-01", "370685", "100", null),
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
		List<SignedProject> projects = List.of(project("a", "2019-07-28", "370685", "100", "440300"),
				project("b", "2019-07-28", "370685", "50", "370200"));
		// when
		ReportModel model = builder.build(new StoredReports.Input(JULY, regions.byCode("370685").orElseThrow(),
				ReportLanguage.EN, OffsetDateTime.of(2019, 8, 2, 6, 0, 0, 0, ZoneOffset.ofHours(8)), List.of(),
				projects, List.of(), List.of(), List.of(), List.of()));
		// then
		assertThat(model.breakdowns().byIndustry().get(0).name()).isEqualTo("New materials");
		assertThat(model.narrative()).startsWith("1. Promotion events. In July 2019, Zhaoyuan (招远市)");
		// investor origins are place names like any other: a province outside, a city
		// within the scope's province
		assertThat(model.breakdowns().byInvestorOrigin()).extracting(GroupFigures::name)
			.containsExactly("Guangdong (广东省)", "Qingdao (青岛市)");
	}

	@Test
	void landingRatesLeaveTerminatedProjectsOutAndNewStartsCountTheMonthWhateverTheSigningDate() {
		// given: a in production since July, b started in July, c only signed, d
		// terminated (its July start does
		// not count), e signed in 2017 and started in July in 夏甸镇
		List<SignedProject> projects = List.of(
				withDates(project("a", "2018-09-01", "370685", "100", null), "2019-03-01", "2019-07-15"),
				withDates(project("b", "2019-05-01", "370685", "100", null), "2019-07-05", null),
				project("c", "2019-06-01", "370685", "100", null),
				withStatus(withDates(project("d", "2019-01-01", "370685", "100", null), "2019-07-02", null),
						ProjectStatus.TERMINATED));
		SignedProject e = withDates(project("e", "2017-05-01", "370685108", "100", null), "2019-07-10", null);
		// when
		ReportModel model = builder.build(input(ReportLanguage.ZH, List.of(), projects, List.of(e), List.of()));
		// then
		LandingFigures total = model.landing().total();
		assertThat(total.total()).isEqualTo(4);
		assertThat(total.terminated()).isEqualTo(1);
		assertThat(total.shares().terminated()).isEqualByComparingTo("25.0");
		assertThat(total.startRatePercent()).hasValueSatisfying((r) -> assertThat(r).isEqualByComparingTo("66.7"));
		assertThat(total.productionRatePercent()).hasValueSatisfying((r) -> assertThat(r).isEqualByComparingTo("50.0"));
		assertThat(total.newStarts()).isEqualTo(2);
		assertThat(total.newProduction()).isEqualTo(1);
		assertThat(model.landing().byRegion()).filteredOn((row) -> row.regionName().equals("夏甸镇"))
			.singleElement()
			.satisfies((row) -> {
				assertThat(row.total()).isZero();
				assertThat(row.newStarts()).isEqualTo(1);
				assertThat(row.startRatePercent()).isEmpty();
				assertThat(row.productionRatePercent()).isEmpty();
			});
		assertThat(model.landing().byRegion().get(0).self()).isTrue();
		// the rates name their window and count the terminated project out aloud; e's
		// start is not the window's
		assertThat(model.narrative()).contains("三、落地与到位。近12个月签约的4个项目中，已终止1个，其余3个中已开工2个，开工率66.7%，其中已投产1个，投产率50.0%。")
			.contains("本月新开工项目2个（其中1个为12个月以前签约的项目），新投产项目1个。");
		assertThat(model.landing().newStartsSignedEarlier()).isEqualTo(1);
		assertThat(model.landing().newProductionSignedEarlier()).isZero();
	}

	@Test
	void aMonthWithoutProjectsHasNoRatesNoAverageAndNoChangesAgainstZero() {
		// when
		ReportModel model = build(List.of(), List.of());
		// then
		assertThat(model.landing().byRegion()).isEmpty();
		assertThat(model.landing().total().startRatePercent()).isEmpty();
		assertThat(model.landing().total().productionRatePercent()).isEmpty();
		assertThat(model.landing().total().shares().signed()).isEqualByComparingTo("0");
		assertThat(model.funds().totalWan()).isEqualByComparingTo("0");
		assertThat(model.funds().bySource()).isEmpty();
		Comparison average = model.headline().kpi(KpiKind.AVERAGE_WAN).values();
		// no project with an amount: the average is unknown, not 0
		assertThat(average.month()).isNull();
		assertThat(average.yearOnYearPercent()).isEmpty();
		assertThat(model.headline().amountBands()).hasSize(4)
			.allSatisfy((band) -> assertThat(band.projects().ytdPercent()).isEmpty());
		assertThat(model.targets().targets()).isEmpty();
		assertThat(model.narrative())
			.contains("一、招商活动。2019年7月，招远市未举办招商活动。", "二、项目签约。本月无新签约项目。", "三、落地与到位。近12个月无签约项目。本月无新开工、新投产项目。")
			.doesNotContain("四、")
			// a "—" standing for a missing figure is never followed by a digit, as 1—7月
			// is
			.doesNotContainPattern("—(?!\\d)")
			.doesNotContain("0.00亿元")
			.doesNotContain("0.0%")
			.doesNotContain("增长")
			.doesNotContain("开工率");
	}

	@Test
	void aMonthWhoseProjectsAllLackAnAmountSaysSoInsteadOfAZeroAmount() {
		// given: one project this month, without an amount; the ledgers begin with it, so
		// there is no July 2018 to compare with (issue 22: never a change from zero)
		List<SignedProject> projects = List.of(project("a", "2019-07-28", "370685", null, null));
		// when
		ReportModel zh = build(List.of(), projects);
		ReportModel en = builder.build(input(ReportLanguage.EN, List.of(), projects, List.of(), List.of()));
		// then
		assertThat(zh.narrative()).contains("本月新签约项目1个。新签约项目均未填报协议投资额。1—7月累计签约项目1个。")
			.doesNotContain("比上年同月增加")
			.doesNotContain("协议投资额0.00亿元")
			.doesNotContain("亿元以上");
		assertThat(en.narrative())
			.contains("1 project was signed this month. "
					+ "None of the projects signed reported an agreed investment amount. "
					+ "In all, 1 project was signed from January to July.")
			.contains("Of the 1 project signed in the last 12 months, 0 have started construction")
			.doesNotContain("CNY 0 mn");
	}

	@Test
	void theWholeCountryIsNamedInTheReportLanguage() {
		// given
		List<SignedProject> projects = List.of(project("a", "2019-07-28", "370685", "100", null));
		// when
		ReportModel zh = builder.build(new StoredReports.Input(JULY, regions.byCode("000000").orElseThrow(),
				ReportLanguage.ZH, OffsetDateTime.of(2019, 8, 2, 6, 0, 0, 0, ZoneOffset.ofHours(8)), List.of(),
				projects, List.of(), List.of(), List.of(), List.of()));
		ReportModel en = builder.build(new StoredReports.Input(JULY, regions.byCode("000000").orElseThrow(),
				ReportLanguage.EN, OffsetDateTime.of(2019, 8, 2, 6, 0, 0, 0, ZoneOffset.ofHours(8)), List.of(),
				projects, List.of(), List.of(), List.of(), List.of()));
		// then
		// the whole country speaks for the ledgers it holds, not as a national statistic
		assertThat(zh.scope().name()).isEqualTo("全部台账汇总（覆盖山东省）");
		assertThat(en.scope().name()).isEqualTo("All ledgers (covering Shandong (山东省))");
		assertThat(en.scope().code()).isEqualTo("000000");
		assertThat(en.narrative()).startsWith(
				"1. Promotion events. In July 2019, all ledgers (covering Shandong (山东省)) held no promotion events");
		// the one province with figures, and a count of the thirty-odd without
		assertThat(zh.breakdowns().byRegion()).extracting(RegionFigures::name).containsExactly("山东省");
		assertThat(zh.breakdowns().byRegion().get(0).rank()).isEqualTo(1);
		assertThat(zh.breakdowns().regionsWithoutFigures()).isBetween(30, 34);
	}

	@Test
	void amountBandsAreCumulativeConfigurableAndAverageSizeLeavesProjectsWithoutAmountOut() {
		// given: 1, 5 and 25 亿元 this month, one without an amount; 12 亿元 in July last
		// year
		List<SignedProject> projects = List.of(project("a", "2019-07-01", "370685", "10000", null),
				project("b", "2019-07-02", "370685", "50000", null),
				project("c", "2019-07-03", "370685", "250000", null), project("d", "2019-07-04", "370685", null, null),
				project("e", "2018-07-04", "370685", "120000", null));
		// when
		ReportModel model = build(List.of(), projects);
		ReportModel configured = new StoredReports(regions, IndustryTaxonomy.loadDefault(),
				List.of(new BigDecimal("2"), BigDecimal.ONE, new BigDecimal("2.0")))
			.build(input(ReportLanguage.ZH, List.of(), projects, List.of(), List.of()));
		// then
		assertThat(model.headline().amountBands()).extracting((band) -> band.atLeastYi().toPlainString())
			.containsExactly("1", "5", "10", "20");
		assertThat(model.headline().amountBands()).extracting((band) -> band.projects().month().intValue())
			.containsExactly(3, 2, 1, 1);
		assertThat(model.headline().amountBands()).extracting((band) -> band.projects().sameMonthLastYear().intValue())
			.containsExactly(1, 1, 1, 0);
		assertThat(model.headline().amountBands().get(0).projects().yearOnYearPercent())
			.hasValueSatisfying((p) -> assertThat(p).isEqualByComparingTo("200.0"));
		assertThat(configured.headline().amountBands()).extracting((band) -> band.atLeastYi().toPlainString())
			.containsExactly("1", "2");
		Comparison average = model.headline().kpi(KpiKind.AVERAGE_WAN).values();
		assertThat(average.month()).isEqualByComparingTo("103333.33");
		assertThat(average.sameMonthLastYear()).isEqualByComparingTo("120000");
		assertThat(model.headline().kpi(KpiKind.PROJECTS).values().month()).isEqualByComparingTo("4");
		// 亿元以上 is said of its own, then the highest band with a project
		assertThat(model.narrative()).contains("其中亿元以上项目3个，20亿元以上项目1个；单体规模最大的是项目");
	}

	@Test
	void fundsArrivedOfTheYearToDateSplitBySourceAroundTheScopesProvinceAndCity() {
		// given: 招远市 lies in 烟台市, 山东省
		List<SignedProject> projects = List.of(funded(project("a", "2019-07-01", "370685", "100", "440300"), "3000"),
				funded(project("b", "2019-03-01", "370685", "100", "F-DE"), "2000"),
				funded(project("c", "2019-02-01", "370685", "100", "370200"), "1500"),
				funded(project("d", "2019-01-05", "370685", "100", "370602"), "1000"),
				funded(project("e", "2019-06-01", "370685", "100", null), "500"),
				project("f", "2019-06-02", "370685", "100", "370602"),
				funded(project("g", "2018-12-31", "370685", "100", "440300"), "9999"));
		// when
		FundsArrived funds = build(List.of(), projects).funds();
		// then
		assertThat(funds.bySourceApplies()).isTrue();
		assertThat(funds.totalWan()).isEqualByComparingTo("8000");
		assertThat(funds.projects()).isEqualTo(6);
		assertThat(funds.projectsWithFunds()).isEqualTo(5);
		assertThat(funds.bySource()).extracting(FundsArrived.FundsSource::kind)
			.containsExactly(FundsSourceKind.OUTSIDE_PROVINCE, FundsSourceKind.OUTSIDE_CITY_IN_PROVINCE,
					FundsSourceKind.WITHIN_CITY, FundsSourceKind.UNKNOWN);
		assertThat(funds.bySource()).extracting((s) -> s.amountWan().stripTrailingZeros().toPlainString())
			.containsExactly("5000", "1500", "1000", "500");
		assertThat(funds.bySource()).extracting(FundsArrived.FundsSource::projects).containsExactly(2L, 1L, 2L, 1L);
		assertThat(funds.bySource().get(0).sharePercent()).isEqualByComparingTo("62.5");
	}

	@Test
	void aProvinceScopeSplitsFundsInsideAndOutsideItAndAllOfChinaGivesOnlyTheTotal() {
		// given
		List<SignedProject> projects = List.of(funded(project("a", "2019-07-01", "370685", "100", "440300"), "3000"),
				funded(project("b", "2019-07-01", "370685", "100", "370200"), "1000"));
		// when
		FundsArrived province = builder
			.build(new StoredReports.Input(JULY, regions.byCode("370000").orElseThrow(), ReportLanguage.ZH, GENERATED,
					List.of(), projects, List.of(), List.of(), List.of(), List.of()))
			.funds();
		FundsArrived china = builder
			.build(new StoredReports.Input(JULY, regions.china(), ReportLanguage.ZH, GENERATED, List.of(), projects,
					List.of(), List.of(), List.of(), List.of()))
			.funds();
		// then
		assertThat(province.bySource()).extracting(FundsArrived.FundsSource::kind)
			.containsExactly(FundsSourceKind.OUTSIDE_PROVINCE, FundsSourceKind.WITHIN_PROVINCE);
		assertThat(china.bySourceApplies()).isFalse();
		assertThat(china.bySource()).isEmpty();
		assertThat(china.totalWan()).isEqualByComparingTo("4000");
	}

	@Test
	void targetsCompareTheYearToDateWithTheElapsedShareOfTheYear() {
		// given: 3 projects and 3 亿元 so far, 0.5 亿元 arrived; July is 58.3% of the year
		List<SignedProject> projects = List.of(funded(project("a", "2019-07-01", "370685", "10000", null), "5000"),
				project("b", "2019-03-01", "370685", "10000", null),
				project("c", "2019-01-01", "370685", "10000", null));
		List<AnnualTarget> targets = List.of(new AnnualTarget("370685", 2019, TargetIndicator.AMOUNT, wan("100000")),
				new AnnualTarget("370685", 2019, TargetIndicator.PROJECTS, new BigDecimal("5")),
				new AnnualTarget("370685", 2019, TargetIndicator.FUNDS_ARRIVED, wan("0")),
				new AnnualTarget("370685", 2018, TargetIndicator.FUNDS_ARRIVED, wan("1000")),
				new AnnualTarget("370685108", 2019, TargetIndicator.FUNDS_ARRIVED, wan("1000")));
		// when
		ReportModel model = builder.build(input(ReportLanguage.ZH, List.of(), projects, List.of(), targets));
		ReportModel english = builder.build(input(ReportLanguage.EN, List.of(), projects, List.of(), targets));
		// then
		TargetProgress progress = model.targets();
		assertThat(progress.year()).isEqualTo(2019);
		assertThat(progress.elapsedPercent()).isEqualByComparingTo("58.3");
		assertThat(progress.targets()).extracting(TargetProgress.TargetFigures::indicator)
			.containsExactly(TargetIndicator.PROJECTS, TargetIndicator.AMOUNT);
		TargetProgress.TargetFigures count = progress.targets().get(0);
		assertThat(count.actualYtd()).isEqualByComparingTo("3");
		assertThat(count.completionPercent()).isEqualByComparingTo("60.0");
		assertThat(count.gapPoints()).isEqualByComparingTo("1.7");
		assertThat(count.schedule()).isEqualTo(TargetProgress.Schedule.AHEAD);
		TargetProgress.TargetFigures amount = progress.targets().get(1);
		assertThat(amount.completionPercent()).isEqualByComparingTo("30.0");
		assertThat(amount.gapPoints()).isEqualByComparingTo("-28.3");
		assertThat(amount.schedule()).isEqualTo(TargetProgress.Schedule.BEHIND);
		assertThat(model.narrative())
			.contains("四、目标完成。对照2019年度目标（序时进度58.3%），签约项目完成60.0%，超序时进度1.7个百分点；协议投资额完成30.0%，欠序时进度28.3个百分点。2项指标中1项欠序时进度。");
		assertThat(english.narrative()).contains("4. Annual targets. Against the 2019 targets (time elapsed 58.3%): "
				+ "projects signed reached 60.0%, 1.7 points ahead of schedule; agreed investment reached 30.0%, "
				+ "28.3 points behind schedule. 1 of the 2 targets is behind schedule.");
		assertThat(model.frontPage().highlights()).extracting(FrontPage.Highlight::text)
			.contains("2项年度目标中1项欠序时进度，协议投资额差距最大：完成30.0%，欠序时进度28.3个百分点（序时进度58.3%）");
	}

	@Test
	void childRegionsTargetsCompareEachTownsOwnYearToDate() {
		// given: 夏甸镇 signed 2 projects of 1 亿元 each this year (one in 2018, not counted),
		// 0.3 亿元 arrived; 罗峰街道
		// signed one without an amount; the targets sheet sets both towns' targets and
		// 招远市's none
		List<SignedProject> projects = List.of(funded(project("a", "2019-07-02", "370685108", "10000", null), "3000"),
				project("b", "2019-02-01", "370685108", "10000", null),
				project("c", "2018-12-01", "370685108", "90000", null),
				project("d", "2019-05-01", "370685001", null, null));
		List<AnnualTarget> targets = List.of(new AnnualTarget("370685108", 2019, TargetIndicator.AMOUNT, wan("50000")),
				new AnnualTarget("370685108", 2019, TargetIndicator.PROJECTS, new BigDecimal("3")),
				new AnnualTarget("370685108", 2019, TargetIndicator.FUNDS_ARRIVED, wan("5000")),
				new AnnualTarget("370685001", 2019, TargetIndicator.AMOUNT, wan("20000")),
				new AnnualTarget("370685001", 2019, TargetIndicator.PROJECTS, new BigDecimal("4")),
				new AnnualTarget("370685101", 2018, TargetIndicator.PROJECTS, new BigDecimal("4")));
		// when
		ReportModel model = builder.build(input(ReportLanguage.ZH, List.of(), projects, List.of(), targets));
		// then: the scope has none of its own; the towns in catalogue order, each against
		// its own year to date
		TargetProgress progress = model.targets();
		assertThat(progress.targets()).isEmpty();
		assertThat(progress.any()).isTrue();
		assertThat(progress.byRegion()).extracting(TargetProgress.RegionTargets::code)
			.containsExactly("370685001", "370685108");
		TargetProgress.RegionTargets luofeng = progress.byRegion().get(0);
		// its one project has no amount: the amount target gets no completion, the count
		// does
		assertThat(luofeng.targets()).extracting(TargetProgress.TargetFigures::indicator)
			.containsExactly(TargetIndicator.PROJECTS);
		assertThat(luofeng.targets().get(0).completionPercent()).isEqualByComparingTo("25.0");
		assertThat(luofeng.targets().get(0).light()).isEqualTo(TargetProgress.Light.RED);
		TargetProgress.RegionTargets xiadian = progress.byRegion().get(1);
		assertThat(xiadian.targets()).extracting(TargetProgress.TargetFigures::indicator)
			.containsExactly(TargetIndicator.PROJECTS, TargetIndicator.AMOUNT, TargetIndicator.FUNDS_ARRIVED);
		assertThat(xiadian.targets()).extracting(TargetProgress.TargetFigures::actualYtd)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("2"), wan("20000"), wan("3000"));
		assertThat(xiadian.targets()).extracting(TargetProgress.TargetFigures::completionPercent)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("66.7"), new BigDecimal("40.0"), new BigDecimal("60.0"));
		// July: 58.3% of the year; 66.7 is ahead, 40.0 is 18.3 points behind, 60.0 is 1.7
		// ahead
		assertThat(xiadian.targets()).extracting(TargetProgress.TargetFigures::light)
			.containsExactly(TargetProgress.Light.GREEN, TargetProgress.Light.RED, TargetProgress.Light.GREEN);
	}

	@Test
	void dataQualityTotalsAddUpEverySheetAndTheNarrativeLeavesTheRejectsToTheirSection() {
		// given
		List<SheetQuality> sheets = List.of(new SheetQuality("a.xlsx", "活动", "events", 40, 38, 2),
				new SheetQuality("a.xlsx", "项目", "projects", 30, 29, 1),
				new SheetQuality("b.csv", "b", "projects", 10, 10, 0),
				new SheetQuality("a.xlsx", "说明", "skipped", 0, 0, 0),
				new SheetQuality("sichuan.xlsx", "项目", "projects", 50, 45, 5));
		// rows of 招远市 in a.xlsx and b.csv; sichuan.xlsx holds only rows of 双流区, outside
		// the scope
		List<SignedProject> projects = List.of(from(project("a", "2019-07-01", "370685", "100", null), "a.xlsx"),
				from(project("b", "2018-03-01", "370685108", "100", null), "b.csv"),
				from(project("s", "2019-07-01", "510116", "100", null), "sichuan.xlsx"));
		// when
		ReportModel model = builder.build(new StoredReports.Input(JULY, regions.byCode("370685").orElseThrow(),
				ReportLanguage.ZH, GENERATED, List.of(), projects, sheets, List.of(), List.of(), List.of()));
		ReportModel china = builder.build(new StoredReports.Input(JULY, regions.china(), ReportLanguage.ZH, GENERATED,
				List.of(), projects, sheets, List.of(), List.of(), List.of()));
		// then
		assertThat(model.dataQuality().totals()).isEqualTo(new DataQuality.Totals(2, 4, 80, 77, 3));
		assertThat(china.dataQuality().totals()).isEqualTo(new DataQuality.Totals(3, 5, 130, 122, 8));
		// a data-quality remark belongs to the data-quality section, not to what
		// leadership reads first
		assertThat(model.narrative()).doesNotContain("数据质量", "未能导入", "台账中有");
	}

	@Test
	void childRegionsAreRankedByAmountWithTheirChangeSinceThePreviousMonth() {
		// given: in June the zone led 夏甸镇; in July 夏甸镇 leads, 蚕庄镇 only held an event, 本级
		// signed without amount
		List<PromotionEvent> events = List.of(event("蚕庄座谈会", "2019-07-10", "370685102", 30));
		List<SignedProject> projects = List.of(project("j1", "2019-06-10", "370685Z01", "20000", "440300"),
				project("j2", "2019-06-12", "370685108", "5000", "440300"),
				project("a", "2019-07-28", "370685108", "15000", "440300"),
				project("b", "2019-07-28", "370685Z01", "5000", "370200"),
				project("c", "2019-07-20", "370685", null, null));
		// when
		ReportModel model = build(events, projects);
		// then
		List<String> rows = model.breakdowns()
			.byRegion()
			.stream()
			.filter(RegionFigures::hasFigures)
			.map((r) -> r.name() + " " + r.rank() + " " + r.rankChange())
			.toList();
		// 本级's project has no amount: unknown, after the zero of 蚕庄镇's event
		assertThat(rows).containsExactly("夏甸镇 1 1", "招远经济技术开发区 2 -1", "蚕庄镇 3 null", "招远市 null null");
		// the towns without figures follow, unranked, and a county report lists them all
		assertThat(model.breakdowns().byRegion()).hasSizeGreaterThan(rows.size());
		assertThat(model.breakdowns().regionsWithoutFigures()).isZero();
		// 本级 is 市本级 and never leads; its project has no amount, so it is not named
		assertThat(model.narrative()).contains("分地区看，夏甸镇签约1.50亿元，居首").doesNotContain("招远市签约额居首").doesNotContain("本级签约");
	}

	@Test
	void keyProjectsAreThoseOfOneYiOrMoreSignedInTheTwelveMonthsWithTheirStatusAtTheEnd() {
		// given: b starts only in August, so at the end of July it is still signed and
		// its
		// start date is not shown yet (issue 22); c is thirteen months old; d small
		List<SignedProject> projects = List.of(project("a", "2019-07-28", "370685", "15000", null),
				withDates(project("b", "2018-09-01", "370685108", "20000", null), "2019-08-10", null),
				withDates(project("e", "2019-01-05", "370685Z01", "10000", null), "2019-03-01", null),
				project("c", "2018-07-31", "370685", "50000", null),
				project("d", "2019-02-01", "370685", "5000", null));
		// when
		List<KeyProject> key = build(List.of(), projects).rankings().keyProjects().first(100);
		// then
		assertThat(key).extracting((p) -> p.name() + " " + p.status() + " " + p.constructionDate())
			.containsExactly("项目b SIGNED null", "项目a SIGNED null", "项目e UNDER_CONSTRUCTION 2019-03-01");
		assertThat(key.get(0).region()).isEqualTo("夏甸镇");
	}

	@Test
	void englishNarrativeHasNoChineseButPlaceAndLedgerNames() {
		// given: a month with everything the narrative can say
		List<PromotionEvent> events = List.of(event("深圳推介会", "2019-07-28", "370685", 200));
		List<SignedProject> projects = List.of(
				funded(project("a", "2019-07-28", "370685Z01", "150000", "440300"), "3000"),
				withDates(project("b", "2019-02-01", "370685108", "20000", "370200"), "2019-07-01", null),
				project("c", "2019-06-28", "370685", null, null));
		List<AnnualTarget> targets = List
			.of(new AnnualTarget("370685", 2019, TargetIndicator.FUNDS_ARRIVED, wan("6000")));
		List<SheetQuality> sheets = List.of(new SheetQuality("f.xlsx", "活动", "events", 4, 3, 1));
		// when
		ReportModel model = builder.build(new StoredReports.Input(JULY, regions.byCode("370685").orElseThrow(),
				ReportLanguage.EN, GENERATED, events, projects, sheets, List.of(), List.of(), targets));
		// then
		// place names carry their Chinese in brackets; project names stay as the ledger
		// writes them
		String withoutPlaces = model.narrative().replace("(招远经济技术开发区)", "").replace("(招远市)", "");
		for (TopProject top : model.rankings().topProjects()) {
			withoutPlaces = withoutPlaces.replace(top.name(), "");
		}
		assertThat(withoutPlaces).doesNotContainPattern("\\p{IsHan}").doesNotContain("—").doesNotContain("（");
		// one child region signed an amount: "led" would say nothing
		assertThat(model.narrative()).doesNotContain("(招远经济技术开发区) led")
			.contains(
					"By region, Zhaoyuan Economic and Technological Development Zone (招远经济技术开发区) signed CNY 1.50 bn;");
		assertThat(model.narrative()).contains(
				"1. Promotion events. In July 2019, Zhaoyuan (招远市) held 1 promotion event with 200 attendees.",
				"by industry, New materials led with CNY 1.50 bn",
				"This month 1 project started construction and 0 started production.",
				"4. Annual targets. Against the 2019 targets (time elapsed 58.3%): funds in place reached 50.0%, 8.3 points behind schedule. The target is behind schedule.")
			.doesNotContain("could not be imported");
	}

	private static StoredReports.Input input(ReportLanguage language, List<PromotionEvent> events,
			List<SignedProject> projects, List<SignedProject> landed, List<AnnualTarget> targets) {
		return new StoredReports.Input(JULY, regions.byCode("370685").orElseThrow(), language, GENERATED, events,
				projects, List.of(), List.of(), landed, targets);
	}

	private static BigDecimal wan(String value) {
		return new BigDecimal(value);
	}

	private static ReportModel build(List<PromotionEvent> events, List<SignedProject> projects) {
		return builder.build(new StoredReports.Input(JULY, regions.byCode("370685").orElseThrow(), ReportLanguage.ZH,
				OffsetDateTime.of(2019, 8, 2, 6, 0, 0, 0, ZoneOffset.ofHours(8)), events, projects, List.of(),
				List.of(), List.of(), List.of()));
	}

	private static PromotionEvent event(String name, String date, String region, int attendees) {
		return PromotionEvents.builder(name, date, region).attendees(attendees).build();
	}

	private static SignedProject project(String key, String date, String region, String amount, String origin) {
		return SignedProjects.builder(key, date, region, amount).investor("同一投资方").investorOriginCode(origin).build();
	}

	private static SignedProject withStatus(SignedProject p, ProjectStatus status) {
		return p.toBuilder().status(status).build();
	}

	private static SignedProject from(SignedProject p, String file) {
		return p.toBuilder().investor(p.investor() + p.key()).source(new Source(file, "项目", 3)).build();
	}

	private static SignedProject funded(SignedProject p, String fundsWan) {
		return p.toBuilder().investor(p.investor() + p.key()).fundsArrivedWan(new BigDecimal(fundsWan)).build();
	}

	private static SignedProject withDates(SignedProject p, String construction, String production) {
		return p.toBuilder()
			.investor(p.investor() + p.key())
			.status(ProjectStatus.UNDER_CONSTRUCTION)
			.constructionDate((construction != null) ? LocalDate.parse(construction) : null)
			.productionDate((production != null) ? LocalDate.parse(production) : null)
			.build();
	}

}
