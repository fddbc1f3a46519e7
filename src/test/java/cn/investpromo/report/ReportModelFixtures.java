package cn.investpromo.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import cn.investpromo.ledger.AgreementType;
import cn.investpromo.ledger.EventType;
import cn.investpromo.ledger.ProjectStatus;
import cn.investpromo.report.DataQuality.PossibleDuplicate;
import cn.investpromo.report.DataQuality.Reject;
import cn.investpromo.report.DataQuality.SheetQuality;

/** Hand-made report models for renderer tests: figures are consistent with each other, as a builder makes them. */
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
								wan("600000.00"))),
				new Kpi(KpiKind.PROJECTS_OVER_1YI, cmp(2, 1, 0, 18, 12)),
				new Kpi(KpiKind.PROJECTS_OVER_10YI, cmp(1, 0, 0, 2, 1)),
				new Kpi(KpiKind.PROJECTS_WITHOUT_AMOUNT, cmp(1, 0, 0, 3, 2)));
		List<RegionFigures> byRegion = List.of(
				new RegionFigures("370685", "招远市", true, 2, 230, 1, BigDecimal.ZERO),
				new RegionFigures("370685Z01", "招远经济技术开发区", false, 1, 30, 2, wan("175000.00")),
				new RegionFigures("370685108", "夏甸镇", false, 0, 0, 1, wan("10000.00")));
		List<IndustryFigures> byIndustry = List.of(
				new IndustryFigures("NMAT", language.english() ? "New materials" : "新材料", 1, wan("150000.00"),
						new BigDecimal("81.1")),
				new IndustryFigures("NGIT", language.english() ? "Next-generation IT" : "新一代信息技术", 1,
						wan("25000.00"), new BigDecimal("13.5")),
				new IndustryFigures("JEW", language.english() ? "Gold & jewellery" : "黄金珠宝", 1, wan("10000.00"),
						new BigDecimal("5.4")),
				new IndustryFigures("BIO", language.english() ? "Biomedicine & health" : "生物医药与大健康", 1,
						BigDecimal.ZERO, BigDecimal.ZERO));
		List<OriginFigures> origins = List.of(new OriginFigures("440000", "广东省", 3, wan("175000.00")),
				new OriginFigures("370600", "烟台市", 1, wan("10000.00")));
		List<RegionIndustryFigures> cross = List.of(
				new RegionIndustryFigures("370685Z01", "招远经济技术开发区", "NMAT", byIndustry.get(0).name(), 1,
						wan("150000.00")),
				new RegionIndustryFigures("370685Z01", "招远经济技术开发区", "NGIT", byIndustry.get(1).name(), 1,
						wan("25000.00")),
				new RegionIndustryFigures("370685108", "夏甸镇", "JEW", byIndustry.get(2).name(), 1, wan("10000.00")),
				new RegionIndustryFigures("370685", "招远市", "BIO", byIndustry.get(3).name(), 1, BigDecimal.ZERO));
		List<EventTypeFigures> byType = List.of(new EventTypeFigures(EventType.PROMOTION, 1, 200, 60),
				new EventTypeFigures(EventType.INSPECTION, 1, 30, 10), new EventTypeFigures(EventType.FORUM, 1, 30, 5));
		List<LandingFigures> landing = List.of(new LandingFigures("370685", "招远市", 5, 2, 1, 0),
				new LandingFigures("370685Z01", "招远经济技术开发区", 6, 4, 3, 1),
				new LandingFigures("370685108", "夏甸镇", 2, 1, 0, 0));
		List<TrendPoint> trend = new ArrayList<>();
		YearMonth first = YearMonth.of(2018, 7);
		for (int i = 0; i < 13; i++) {
			trend.add(new TrendPoint(first.plusMonths(i), 1 + i % 4, i % 5, BigDecimal.valueOf(12000L * (i % 5))));
		}
		trend.set(12, new TrendPoint(YearMonth.of(2019, 7), 3, 4, wan("185000.00")));
		List<TopProject> top = List.of(
				new TopProject(1, "中德新材料产业园项目", "德国某新材料有限公司", "370685Z01", "招远经济技术开发区", "NMAT",
						byIndustry.get(0).name(), wan("150000.00"), LocalDate.of(2019, 7, 28)),
				new TopProject(2, "高精度柔性集成电路项目", "深圳某电子有限公司", "370685Z01", "招远经济技术开发区", "NGIT",
						byIndustry.get(1).name(), wan("25000.00"), LocalDate.of(2019, 7, 28)),
				new TopProject(3, "金银珠宝加工项目", "深圳市梅朵珠宝有限公司", "370685108", "夏甸镇", "JEW",
						byIndustry.get(2).name(), wan("10000.00"), LocalDate.of(2019, 7, 28)));
		List<EventListing> events = List.of(
				new EventListing("ZY-E-201907-01", "招远市招商引资招才引智推介会（深圳）", EventType.PROMOTION,
						LocalDate.of(2019, 7, 28), LocalDate.of(2019, 7, 28), "招远市", "广东省深圳市", "粤港澳大湾区",
						"招远市人民政府", 200, 60, null),
				new EventListing("ZY-E-201907-02", "中德新材料产业园考察", EventType.INSPECTION, LocalDate.of(2019, 7, 10),
						LocalDate.of(2019, 7, 11), "招远经济技术开发区", "招远经济技术开发区", "德国", "招远市商务局", 30, 10,
						"示意数据（synthetic）"),
				new EventListing("ZY-E-201907-03", "=HYPERLINK(\"http://example.invalid\",\"x\")", EventType.FORUM,
						LocalDate.of(2019, 7, 20), LocalDate.of(2019, 7, 20), "招远市", null, null, null, 30, 5, null));
		List<ProjectListing> projects = List.of(
				new ProjectListing("ZY-P-201907-01", "中德新材料产业园项目", LocalDate.of(2019, 7, 28), "招远经济技术开发区",
						"德国某新材料有限公司", "德国", "NMAT", byIndustry.get(0).name(), AgreementType.INVESTMENT,
						wan("150000.00"), ProjectStatus.SIGNED, "招远市招商引资招才引智推介会（深圳）", null),
				new ProjectListing("ZY-P-201907-02", "高精度柔性集成电路项目", LocalDate.of(2019, 7, 28), "招远经济技术开发区",
						"深圳某电子有限公司", "深圳市", "NGIT", byIndustry.get(1).name(), AgreementType.INVESTMENT,
						wan("25000.00"), ProjectStatus.UNDER_CONSTRUCTION, null, null),
				new ProjectListing("ZY-P-201907-03", "金银珠宝加工项目", LocalDate.of(2019, 7, 28), "夏甸镇", "深圳市梅朵珠宝有限公司",
						"深圳市", "JEW", byIndustry.get(2).name(), AgreementType.INVESTMENT, wan("10000.00"),
						ProjectStatus.SIGNED, null, null),
				new ProjectListing("ZY-P-201907-04", "大健康创业项目孵化", LocalDate.of(2019, 7, 28), "招远市", "康佳集团",
						"深圳市", "BIO", byIndustry.get(3).name(), AgreementType.STRATEGIC, null, ProjectStatus.SIGNED,
						null, "战略合作协议，未约定投资额"));
		DataQuality quality = new DataQuality(
				List.of(new SheetQuality("招远市招商台账2019.xlsx", "招商活动", "events", 40, 39, 1),
						new SheetQuality("招远市招商台账2019.xlsx", "签约项目", "projects", 30, 30, 0),
						new SheetQuality("招远市招商台账2019.xlsx", "说明", "skipped", 0, 0, 0)),
				List.of(new Reject("招远市招商台账2019.xlsx", "招商活动", 17, "开始日期", "2019年6月下旬", "日期无法识别")),
				List.of("其他制造"), List.of(new PossibleDuplicate("金银珠宝加工项目（ZY-P-201907-03）",
						"金银珠宝加工（ZY-P-201907-09）", "同一投资方、同一落地地区，签约日期相差 2 天")));
		String narrative = language.english()
				? "In July 2019 the city signed 4 projects with agreed investment of 18.50 (100m CNY), up from 4.20 the previous month."
				: "2019年7月，全市新签约项目4个，协议投资额18.50亿元，环比增长340.5%；举办招商活动3场，参会260人。新材料产业协议投资额居首，招远经济技术开发区签约额最高。";
		return new ReportModel(YearMonth.of(2019, 7), new RegionRef("370685", "招远市"),
				OffsetDateTime.of(2019, 8, 2, 6, 0, 0, 0, ZoneOffset.ofHours(8)), language, kpis, byRegion, byIndustry,
				origins, cross, byType, landing, trend, top, events, projects, narrative, quality);
	}

	/** A scope with many regions whose names are long, to check wrapping and layout. */
	public static ReportModel manyLongRegions(ReportLanguage language) {
		ReportModel base = zhaoyuan(language);
		List<RegionFigures> regions = new ArrayList<>();
		List<LandingFigures> landing = new ArrayList<>();
		for (int i = 1; i <= 24; i++) {
			String code = "3706" + String.format("%02d", i);
			String name = (i % 3 == 0) ? "烟台市第" + i + "号国家级经济技术开发区综合保税物流园区管理委员会" : "示例区县" + i;
			regions.add(new RegionFigures(code, name, false, i % 4, 20L * i, i % 6,
					BigDecimal.valueOf(3500L * i)));
			landing.add(new LandingFigures(code, name, i % 6, i % 3, i % 2, i % 5 == 0 ? 1 : 0));
		}
		return new ReportModel(base.month(), new RegionRef("370600", "烟台市"), base.generatedAt(), language,
				base.kpis(), regions, base.byIndustry(), base.byInvestorOrigin(), base.byRegionIndustry(),
				base.eventsByType(), landing, base.trend(), base.topProjects(), base.events(), base.projects(),
				base.narrative(), base.dataQuality());
	}

}
