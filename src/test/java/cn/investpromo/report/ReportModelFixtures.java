package cn.investpromo.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import cn.investpromo.project.AgreementType;
import cn.investpromo.event.EventType;
import cn.investpromo.project.ProjectStatus;
import cn.investpromo.project.SignedProjects;
import cn.investpromo.report.DataQuality.PossibleDuplicate;
import cn.investpromo.quality.Reject;
import cn.investpromo.quality.SheetQuality;
import cn.investpromo.target.TargetIndicator;
import cn.investpromo.store.Rows;

/**
 * Hand-made report models for renderer tests: figures are consistent with each other, as
 * a builder makes them.
 */
public final class ReportModelFixtures {

	private ReportModelFixtures() {
	}

	private static BigDecimal wan(String value) {
		return new BigDecimal(value);
	}

	private static Comparison cmp(long m, long pm, long ly, long ytd, long ytdLy) {
		return new Comparison(BigDecimal.valueOf(m), BigDecimal.valueOf(pm), BigDecimal.valueOf(ly),
				BigDecimal.valueOf(ytd), BigDecimal.valueOf(ytdLy));
	}

	/** 招远市, 2019-07: three regions, four industries, the Shenzhen conference. */
	public static ReportModel zhaoyuan(ReportLanguage language) {
		List<Kpi> kpis = List.of(new Kpi(KpiKind.EVENTS, cmp(3, 4, 2, 25, 20)),
				new Kpi(KpiKind.ATTENDEES, cmp(260, 180, 90, 1500, 1200)),
				new Kpi(KpiKind.ENTERPRISES, cmp(75, 40, 30, 420, 300)),
				new Kpi(KpiKind.PROJECTS, cmp(4, 3, 0, 30, 24)),
				new Kpi(KpiKind.AMOUNT_WAN,
						new Comparison(wan("185000.00"), wan("42000.00"), BigDecimal.ZERO, wan("820000.50"),
								wan("600000.00"), new Comparison.Unreported(1, 0, 0, 3, 2, true))),
				new Kpi(KpiKind.PROJECTS_OVER_1YI, cmp(3, 1, 0, 18, 12)),
				new Kpi(KpiKind.PROJECTS_OVER_10YI, cmp(1, 0, 0, 2, 1)),
				new Kpi(KpiKind.PROJECTS_WITHOUT_AMOUNT, cmp(1, 0, 0, 3, 2)),
				// agreed investment ÷ projects with an amount: 185000 ÷ 3, 42000 ÷ 3,
				// none, 820000.50 ÷ 27, 600000 ÷ 22
				new Kpi(KpiKind.AVERAGE_WAN, new Comparison(wan("61666.67"), wan("14000.00"), null, wan("30370.39"),
						wan("27272.73"), Comparison.Unreported.NONE)));
		List<RegionFigures> byRegion = List.of(
				// in 位次 order as Breakdowns ranks them: the zone rose one place, 夏甸镇 fell
				// one; 本级 unranked, its one
				// project without an amount: unknown, not zero
				new RegionFigures("370685Z01", "招远经济技术开发区", false, 1, 30L, 0, 2, wan("175000.00"), 0, 1, 1),
				new RegionFigures("370685108", "夏甸镇", false, 0, 0L, 0, 1, wan("10000.00"), 0, 2, -1),
				new RegionFigures("370685", "招远市", true, 2, 230L, 0, 1, null, 1, null, null));
		List<IndustryFigures> byIndustry = List.of(
				new IndustryFigures("NMAT", language.english() ? "New materials" : "新材料", 1, wan("150000.00"), 0,
						new BigDecimal("81.1")),
				new IndustryFigures("NGIT", language.english() ? "Next-generation IT" : "新一代信息技术", 1, wan("25000.00"),
						0, new BigDecimal("13.5")),
				new IndustryFigures("JEW", language.english() ? "Gold & jewellery" : "黄金珠宝", 1, wan("10000.00"), 0,
						new BigDecimal("5.4")),
				new IndustryFigures("BIO", language.english() ? "Biomedicine & health" : "生物医药与大健康", 1, null, 1, null));
		List<GroupFigures> origins = List.of(new GroupFigures("440000", "广东省", 3, wan("175000.00"), 1),
				new GroupFigures("370600", "烟台市", 1, wan("10000.00"), 0));
		List<RegionIndustryFigures> cross = List.of(
				new RegionIndustryFigures("370685Z01", "招远经济技术开发区", "NMAT", byIndustry.get(0).name(), 1,
						wan("150000.00"), 0),
				new RegionIndustryFigures("370685Z01", "招远经济技术开发区", "NGIT", byIndustry.get(1).name(), 1,
						wan("25000.00"), 0),
				new RegionIndustryFigures("370685108", "夏甸镇", "JEW", byIndustry.get(2).name(), 1, wan("10000.00"), 0),
				new RegionIndustryFigures("370685", "招远市", "BIO", byIndustry.get(3).name(), 1, null, 1));
		List<EventTypeFigures> byType = List.of(new EventTypeFigures(EventType.PROMOTION, 1, 200L, 0, 60L, 0),
				new EventTypeFigures(EventType.INSPECTION, 1, 30L, 0, 10L, 0),
				new EventTypeFigures(EventType.FORUM, 1, 30L, 0, 5L, 0));
		List<LandingFigures> landing = List.of(landing("370685", "招远市", true, 5, 2, 1, 0, 0, 0),
				landing("370685Z01", "招远经济技术开发区", false, 6, 4, 3, 1, 2, 1),
				landing("370685108", "夏甸镇", false, 2, 1, 0, 0, 1, 0));
		List<TrendPoint> trend = new ArrayList<>();
		YearMonth first = YearMonth.of(2018, 7);
		for (int i = 0; i < 13; i++) {
			trend.add(new TrendPoint(Period.month(first.plusMonths(i)), 1L + i % 4, (long) (i % 5),
					BigDecimal.valueOf(12000L * (i % 5)), 0));
		}
		trend.set(12, new TrendPoint(Period.month(YearMonth.of(2019, 7)), 3L, 4L, wan("185000.00"), 1));
		List<TopProject> top = List.of(
				new TopProject(1, "中德新材料产业园项目", "德国某新材料有限公司", "370685Z01", "招远经济技术开发区", "NMAT",
						byIndustry.get(0).name(), wan("150000.00"), LocalDate.of(2019, 7, 28)),
				new TopProject(2, "高精度柔性集成电路项目", "深圳某电子有限公司", "370685Z01", "招远经济技术开发区", "NGIT",
						byIndustry.get(1).name(), wan("25000.00"), LocalDate.of(2019, 7, 28)),
				new TopProject(3, "金银珠宝加工项目", "深圳市梅朵珠宝有限公司", "370685108", "夏甸镇", "JEW", byIndustry.get(2).name(),
						wan("10000.00"), LocalDate.of(2019, 7, 28)));
		// the 12 months' projects of 1 亿元 or more: this month's two, and one from March
		// that started and reports funds
		List<KeyProject> keyProjects = List.of(
				new KeyProject("中德新材料产业园项目", "招远经济技术开发区", byIndustry.get(0).name(), wan("150000.00"),
						LocalDate.of(2019, 7, 28), ProjectStatus.SIGNED, null, null, null),
				new KeyProject("黄金精深加工项目", "招远市", byIndustry.get(2).name(), wan("30000.00"), LocalDate.of(2019, 3, 15),
						ProjectStatus.UNDER_CONSTRUCTION, LocalDate.of(2019, 5, 20), null, wan("8000.00")),
				new KeyProject("高精度柔性集成电路项目", "招远经济技术开发区", byIndustry.get(1).name(), wan("25000.00"),
						LocalDate.of(2019, 7, 28), ProjectStatus.UNDER_CONSTRUCTION, LocalDate.of(2019, 7, 30), null,
						null));
		List<EventListing> events = List.of(
				new EventListing("ZY-E-201907-01", "招远市招商引资招才引智推介会（深圳）", EventType.PROMOTION, LocalDate.of(2019, 7, 28),
						LocalDate.of(2019, 7, 28), "招远市", "广东省深圳市", "粤港澳大湾区", "招远市人民政府", 200, 60, null),
				new EventListing("ZY-E-201907-02", "中德新材料产业园考察", EventType.INSPECTION, LocalDate.of(2019, 7, 10),
						LocalDate.of(2019, 7, 11), "招远经济技术开发区", "招远经济技术开发区", "德国", "招远市商务局", 30, 10, "示意数据（synthetic）"),
				new EventListing("ZY-E-201907-03", "=HYPERLINK(\"http://example.invalid\",\"x\")", EventType.FORUM,
						LocalDate.of(2019, 7, 20), LocalDate.of(2019, 7, 20), "招远市", null, null, null, 30, 5, null));
		List<ProjectListing> projects = List.of(
				new ProjectListing(SignedProjects.builder()
					.id("ZY-P-201907-01")
					.name("中德新材料产业园项目")
					.signedDate(LocalDate.of(2019, 7, 28))
					.investor("德国某新材料有限公司")
					.investorOriginText("德国")
					.industryCode("NMAT")
					.agreementType(AgreementType.INVESTMENT)
					.amountWan(wan("150000.00"))
					.status(ProjectStatus.SIGNED)
					.eventRef("招远市招商引资招才引智推介会（深圳）")
					.notes(null)
					.industrySubCode(null)
					.build(), "招远经济技术开发区", byIndustry.get(0).name(), null),
				new ProjectListing(SignedProjects.builder()
					.id("ZY-P-201907-02")
					.name("高精度柔性集成电路项目")
					.signedDate(LocalDate.of(2019, 7, 28))
					.investor("深圳某电子有限公司")
					.investorOriginText("深圳市")
					.industryCode("NGIT")
					.agreementType(AgreementType.INVESTMENT)
					.amountWan(wan("25000.00"))
					.status(ProjectStatus.UNDER_CONSTRUCTION)
					.eventRef(null)
					.notes(null)
					.industrySubCode(null)
					.build(), "招远经济技术开发区", byIndustry.get(1).name(), null),
				new ProjectListing(SignedProjects.builder()
					.id("ZY-P-201907-03")
					.name("金银珠宝加工项目")
					.signedDate(LocalDate.of(2019, 7, 28))
					.investor("深圳市梅朵珠宝有限公司")
					.investorOriginText("深圳市")
					.industryCode("JEW")
					.agreementType(AgreementType.INVESTMENT)
					.amountWan(wan("10000.00"))
					.status(ProjectStatus.SIGNED)
					.eventRef(null)
					.notes(null)
					.industrySubCode(null)
					.build(), "夏甸镇", byIndustry.get(2).name(), null),
				new ProjectListing(SignedProjects.builder()
					.id("ZY-P-201907-04")
					.name("大健康创业项目孵化")
					.signedDate(LocalDate.of(2019, 7, 28))
					.investor("康佳集团")
					.investorOriginText("深圳市")
					.industryCode("BIO")
					.agreementType(AgreementType.STRATEGIC)
					.amountWan(null)
					.status(ProjectStatus.SIGNED)
					.eventRef(null)
					.notes("战略合作协议，未约定投资额")
					.industrySubCode(null)
					.build(), "招远市", byIndustry.get(3).name(), null));
		DataQuality quality = new DataQuality(
				List.of(new SheetQuality("招远市招商台账2019.xlsx", "招商活动", "events", 40, 39, 1),
						new SheetQuality("招远市招商台账2019.xlsx", "签约项目", "projects", 30, 30, 0),
						new SheetQuality("招远市招商台账2019.xlsx", "说明", "skipped", 0, 0, 0)),
				Rows.of(List.of(new Reject("招远市招商台账2019.xlsx", "招商活动", 17, "开始日期", "2019年6月下旬",
						language.english() ? "date not recognised: 2019年6月下旬" : "日期无法识别"))),
				List.of("其他制造"), List.of(new PossibleDuplicate("金银珠宝加工项目（ZY-P-201907-03）", "金银珠宝加工（ZY-P-201907-09）",
						"同一投资方、同一落地地区，签约日期相差 2 天")),
				new DataQuality.Totals(1, 3, 70, 69, 1));
		return model(
				new ReportHeading(Period.month(YearMonth.of(2019, 7)), new RegionRef("370685", "招远市"),
						OffsetDateTime.of(2019, 8, 2, 6, 0, 0, 0, ZoneOffset.ofHours(8)), language),
				new Headline(kpis, bands()),
				new BreakdownTables(byRegion, byIndustry, List.of(), origins, cross, byType, 0),
				new Rankings(top, Rows.of(keyProjects)),
				new Landing(landing, landingTotal("370685", "招远市", landing), 0, 1), funds(), targets(),
				new Trend(trend), new PeriodListings(Rows.of(events), Rows.of(projects)), quality, followThrough(),
				null);
	}

	/**
	 * The Shenzhen conference with this month's four projects (one without an amount, one
	 * started, none reporting funds) and an older talk whose one project started and
	 * reports part of its funds.
	 */
	private static EventFollowThrough followThrough() {
		EventFollowThrough.EventRow shenzhen = new EventFollowThrough.EventRow("招远市招商引资招才引智推介会（深圳）",
				LocalDate.of(2019, 7, 28), 4, 1, wan("185000.00"), 1, 0, 0, 4, null,
				Optional.of(new BigDecimal("25.0")), Optional.of(new BigDecimal("0.0")), Optional.empty(), 0);
		EventFollowThrough.EventRow germany = new EventFollowThrough.EventRow("招远—德国产业合作洽谈会", LocalDate.of(2018, 10, 4),
				1, 0, wan("3500.00"), 1, 0, 0, 0, wan("1000.00"), Optional.of(new BigDecimal("100.0")),
				Optional.of(new BigDecimal("0.0")), Optional.of(new BigDecimal("28.6")), 0);
		EventFollowThrough.EventRow total = new EventFollowThrough.EventRow("", null, 5, 1, wan("188500.00"), 2, 0, 0,
				4, wan("1000.00"), Optional.of(new BigDecimal("40.0")), Optional.of(new BigDecimal("0.0")),
				Optional.of(new BigDecimal("28.6")), 0);
		return new EventFollowThrough(List.of(shenzhen, germany), total);
	}

	/** No event of the last 12 months with projects signed at it. */
	public static EventFollowThrough noFollowThrough() {
		return new EventFollowThrough(List.of(), new EventFollowThrough.EventRow("", null, 0, 0, null, 0, 0, 0, 0, null,
				Optional.empty(), Optional.empty(), Optional.empty(), 0));
	}

	/**
	 * A model of these sections, its chart data, front page and narrative decided from
	 * them as {@link ReportModelBuilder} does; a narrative given replaces the written one
	 * as a single paragraph.
	 */
	public static ReportModel model(ReportHeading heading, Headline headline, BreakdownTables breakdowns,
			Rankings rankings, Landing landing, FundsArrived funds, TargetProgress targets, Trend trend,
			PeriodListings listings, DataQuality dataQuality, EventFollowThrough followThrough,
			@Nullable String narrative) {
		ReportModel model = ReportModelBuilder.of(new Figures(heading, headline, breakdowns, rankings, landing, funds,
				targets, trend, listings, ChartItems.of(heading, breakdowns, landing, funds, trend), dataQuality,
				followThrough, null, null, null, null), RiseColour.RED);
		return (narrative == null) ? model
				: new ReportModel(model.figures(), model.frontPage(), List.of(new NarrativeParagraph("", narrative)));
	}

	/** The sections of a model, to change some of them in a test. */
	public static final class Edit {

		public ReportHeading heading;

		public Headline headline;

		public BreakdownTables breakdowns;

		public Rankings rankings;

		public Landing landing;

		public FundsArrived funds;

		public TargetProgress targets;

		public Trend trend;

		public PeriodListings listings;

		public DataQuality dataQuality;

		public EventFollowThrough followThrough;

		/**
		 * A narrative to show instead of the one written from the figures; null: the
		 * written one.
		 */
		public @Nullable String narrative;

		private Edit(ReportModel base) {
			this.heading = base.heading();
			this.headline = base.headline();
			this.breakdowns = base.breakdowns();
			this.rankings = base.rankings();
			this.landing = base.landing();
			this.funds = base.funds();
			this.targets = base.targets();
			this.trend = base.trend();
			this.listings = base.listings();
			this.dataQuality = base.dataQuality();
			this.followThrough = base.followThrough();
		}

	}

	/** The base model with the sections the change sets, its chart data decided again. */
	public static ReportModel edit(ReportModel base, Consumer<Edit> change) {
		Edit edit = new Edit(base);
		change.accept(edit);
		return model(edit.heading, edit.headline, edit.breakdowns, edit.rankings, edit.landing, edit.funds,
				edit.targets, edit.trend, edit.listings, edit.dataQuality, edit.followThrough, edit.narrative);
	}

	/**
	 * 30 projects signed January to July: 12 with 到位资金 (7, 2, 2 and 1 by source), 35.60
	 * 亿元 in all, most from outside Shandong.
	 */
	private static FundsArrived funds() {
		return new FundsArrived(wan("356000.00"), 30, 12, true, List.of(
				new FundsArrived.FundsSource(FundsSourceKind.OUTSIDE_PROVINCE, 18, 7, wan("250000.00"),
						new BigDecimal("70.2")),
				new FundsArrived.FundsSource(FundsSourceKind.OUTSIDE_CITY_IN_PROVINCE, 4, 2, wan("36000.00"),
						new BigDecimal("10.1")),
				new FundsArrived.FundsSource(FundsSourceKind.WITHIN_CITY, 5, 2, wan("50000.00"),
						new BigDecimal("14.0")),
				new FundsArrived.FundsSource(FundsSourceKind.UNKNOWN, 3, 1, wan("20000.00"), new BigDecimal("5.6"))));
	}

	/**
	 * 2019 targets: 50 projects (ahead), 150 亿元 agreed (behind), 60 亿元 arrived (ahead);
	 * 序时进度 7/12.
	 */
	private static TargetProgress targets() {
		return new TargetProgress(2019, new BigDecimal("58.3"), List.of(
				new TargetProgress.TargetFigures(TargetIndicator.PROJECTS, new BigDecimal("50"), new BigDecimal("30"),
						new BigDecimal("60.0"), new BigDecimal("1.7"), TargetProgress.Schedule.AHEAD),
				new TargetProgress.TargetFigures(TargetIndicator.AMOUNT, wan("1500000"), wan("820000.50"),
						new BigDecimal("54.7"), new BigDecimal("-3.6"), TargetProgress.Schedule.BEHIND),
				new TargetProgress.TargetFigures(TargetIndicator.FUNDS_ARRIVED, wan("600000"), wan("356000.00"),
						new BigDecimal("59.3"), new BigDecimal("1.0"), TargetProgress.Schedule.AHEAD)));
	}

	/** This month 15, 2.5 and 1 亿元 projects; ≥ 1 and ≥ 10 agree with the KPIs. */
	private static List<AmountBand> bands() {
		return List.of(new AmountBand(BigDecimal.ONE, cmp(3, 1, 0, 18, 12)),
				new AmountBand(BigDecimal.valueOf(5), cmp(1, 1, 0, 6, 4)),
				new AmountBand(BigDecimal.TEN, cmp(1, 0, 0, 2, 1)),
				new AmountBand(BigDecimal.valueOf(20), cmp(0, 0, 0, 1, 0)));
	}

	/**
	 * A landing row with its shares and rates worked out as the builder does (terminated
	 * left out of rates).
	 */
	private static LandingFigures landing(String code, String name, boolean self, long signed, long building,
			long producing, long terminated, long newStarts, long newProduction) {
		long total = signed + building + producing + terminated;
		LandingFigures.Shares shares = new LandingFigures.Shares(percent(signed, total), percent(building, total),
				percent(producing, total), percent(terminated, total));
		long started = building + producing;
		long live = total - terminated;
		return new LandingFigures(code, name, signed, building, producing, terminated, self, shares,
				(live > 0) ? Optional.of(percent(started, live)) : Optional.empty(),
				(started > 0) ? Optional.of(percent(producing, started)) : Optional.empty(), newStarts, newProduction);
	}

	private static LandingFigures landingTotal(String code, String name, List<LandingFigures> rows) {
		return landing(code, name, false, rows.stream().mapToLong(LandingFigures::signed).sum(),
				rows.stream().mapToLong(LandingFigures::underConstruction).sum(),
				rows.stream().mapToLong(LandingFigures::inProduction).sum(),
				rows.stream().mapToLong(LandingFigures::terminated).sum(),
				rows.stream().mapToLong(LandingFigures::newStarts).sum(),
				rows.stream().mapToLong(LandingFigures::newProduction).sum());
	}

	private static BigDecimal percent(long part, long whole) {
		if (whole == 0) {
			return new BigDecimal("0.0");
		}
		return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
	}

	/** No landing, no funds, no targets: what a month without any project looks like. */
	public static LandingFigures noLanding(RegionRef scope) {
		return landing(scope.code(), scope.name(), false, 0, 0, 0, 0, 0, 0);
	}

	/** No project signed this year: total zero, split by source. */
	public static FundsArrived noFunds() {
		return new FundsArrived(BigDecimal.ZERO, 0, 0, true, List.of());
	}

	/** No targets set for the year. */
	public static TargetProgress noTargets() {
		return new TargetProgress(2019, new BigDecimal("58.3"), List.of());
	}

	/** A scope with many regions whose names are long, to check wrapping and layout. */
	public static ReportModel manyLongRegions(ReportLanguage language) {
		return manyLongRegions(language, 24);
	}

	/**
	 * A scope with {@code count} regions, every third with a long name; region i has 3500
	 * × i 万元, and no project of the last 12 months when i is a multiple of 6 but not of
	 * 5.
	 */
	public static ReportModel manyLongRegions(ReportLanguage language, int count) {
		ReportModel base = zhaoyuan(language);
		List<RegionFigures> regions = new ArrayList<>();
		List<LandingFigures> landing = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			String code = "3706" + String.format("%02d", i);
			String name = (i % 3 == 0) ? "烟台市第" + i + "号国家级经济技术开发区综合保税物流园区管理委员会" : "示例区县" + i;
			regions.add(new RegionFigures(code, name, false, i % 4, 20L * i, 0, i % 6, BigDecimal.valueOf(3500L * i), 0,
					null, null));
			landing.add(landing(code, name, false, i % 6, i % 3, i % 2, i % 5 == 0 ? 1 : 0, i % 2, i % 3 == 0 ? 1 : 0));
		}
		BreakdownTables b = base.breakdowns();
		return edit(base, (e) -> {
			e.heading = new ReportHeading(base.period(), new RegionRef("370600", "烟台市"), base.generatedAt(), language);
			e.breakdowns = new BreakdownTables(regions, b.byIndustry(), b.bySubIndustry(), b.byInvestorOrigin(),
					b.byRegionIndustry(), b.eventsByType(), 0);
			e.landing = new Landing(landing, landingTotal("370600", "烟台市", landing), 0, 0);
		});
	}

}
