package cn.investpromo.report;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.investpromo.industry.IndustryTaxonomy;
import cn.investpromo.project.AgreementType;
import cn.investpromo.project.ProjectStatus;
import cn.investpromo.project.SignedProject;
import cn.investpromo.project.SignedProjects;
import cn.investpromo.region.RegionCatalog;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 22, points 1, 2 and 5, on small fixtures stored in a real HSQLDB: a terminated
 * project is never the headline and the terminated part of the agreed investment is said;
 * 居首 only for the largest of all rows, or among the children with 本级 first; a 战略合作协议
 * without an amount is named as such and only an investment agreement's blank is 未填.
 */
class EverySentenceTrueTests {

	private static final YearMonth JULY = YearMonth.of(2019, 7);

	private static RegionCatalog regions;

	private static StoredReports builder;

	@BeforeAll
	static void loadReferenceData() {
		regions = RegionCatalog.loadDefault();
		builder = new StoredReports(regions, IndustryTaxonomy.loadDefault());
	}

	@Test
	void aStrategicAgreementWithoutAnAmountIsNamedAsSuchAndOnlyAnInvestmentAgreementsBlankIsUnfilled() {
		// given: in July an investment agreement with an amount, one without, and two
		// 战略合作协议 without; in June one 战略合作协议 without
		List<SignedProject> projects = List.of(project("a", "2019-07-28", "370685108", "5000"),
				project("b", "2019-07-28", "370685108", null), strategic(project("c", "2019-07-28", "370685", null)),
				strategic(project("d", "2019-07-28", "370685101", null)),
				strategic(project("e", "2019-06-10", "370685101", null)));
		// when
		ReportModel zh = build(ReportLanguage.ZH, projects);
		ReportModel en = build(ReportLanguage.EN, projects);
		// then: the KPI row 未填投资额项目 counts the investment agreement only, in July and in
		// June
		Comparison unfilled = zh.headline().kpi(KpiKind.PROJECTS_WITHOUT_AMOUNT).values();
		assertThat(unfilled.month()).isEqualByComparingTo("1");
		assertThat(unfilled.previousMonth()).isEqualByComparingTo("0");
		assertThat(zh.headline().kpi(KpiKind.AMOUNT_WAN).values().unreported().month()).isEqualTo(1);
		assertThat(zh.headline().kpi(KpiKind.AMOUNT_WAN).values().unreported().previousMonth()).isZero();
		// June's only project sets no amount: its agreed investment is none, not unknown
		assertThat(zh.headline().kpi(KpiKind.AMOUNT_WAN).values().previousMonth()).isEqualByComparingTo("0");
		assertThat(zh.headline().terms().unagreedCount()).isEqualTo(2);
		assertThat(zh.headline().terms().unfilled()).isEqualTo(1);
		assertThat(zh.narrative()).contains("本月新签约项目4个；其中2个为战略合作协议，未约定投资额。")
			.contains("协议投资额0.50亿元（另有1个项目未填投资额，不计入）")
			.doesNotContain("3个项目未填");
		assertThat(en.narrative()).contains("of these, 2 are strategic cooperation agreements, which set no investment "
				+ "amount. Agreed investment came to CNY 50 mn (not counting 1 project with the amount not reported)");
		// the headline tells the agreement types apart
		assertThat(tile(zh, "projects").detail()).isEqualTo("含战略合作协议2个");
		assertThat(tile(zh, "amountWan").detail()).isEqualTo("1个项目未填投资额；2个战略合作协议未约定投资额");
		assertThat(tile(en, "projects").detail()).isEqualTo("incl. 2 strategic cooperation agreements");
		// under the tables: which rows, and why each has no amount
		UnreportedNotes notes = new UnreportedNotes(ReportLabels.of(zh.heading()), zh.headline().terms());
		assertThat(notes.byRegion(zh.breakdowns().byRegion()))
			.containsExactly("其中3个项目无投资额（夏甸镇1个、辛庄镇1个、市本级1个）：2个为战略合作协议，未约定投资额；1个未填投资额；均不计入协议投资额。");
		assertThat(notes.headline(zh.headline())).contains("本月新签约项目中2个为战略合作协议，未约定投资额，不计入协议投资额。");
	}

	@Test
	void strategicAgreementsAloneAreNeverUnfilled() {
		// given: July's only projects without an amount are 战略合作协议
		List<SignedProject> projects = List.of(project("a", "2019-07-28", "370685108", "5000"),
				strategic(project("c", "2019-07-28", "370685", null)),
				strategic(project("d", "2019-07-28", "370685101", null)));
		// when
		ReportModel zh = build(ReportLanguage.ZH, projects);
		// then
		assertThat(zh.headline().kpi(KpiKind.PROJECTS_WITHOUT_AMOUNT).values().month()).isEqualByComparingTo("0");
		assertThat(zh.narrative()).doesNotContain("未填投资额");
		assertThat(tile(zh, "amountWan").detail()).isEqualTo("2个战略合作协议未约定投资额");
		assertThat(new UnreportedNotes(ReportLabels.of(zh.heading()), zh.headline().terms())
			.byRegion(zh.breakdowns().byRegion())).containsExactly("其中2个为战略合作协议，未约定投资额（辛庄镇1个、市本级1个），不计入协议投资额。");
	}

	@Test
	void aMonthOfAgreementsThatSetNoAmountSpeaksOfNoSum() {
		// given: July's only project is a 框架协议 without an amount
		List<SignedProject> projects = List
			.of(project("a", "2019-07-28", "370685", null).toBuilder().agreementType(AgreementType.FRAMEWORK).build());
		// when
		ReportModel zh = build(ReportLanguage.ZH, projects);
		// then: neither 未填 nor a sum of 0.00
		assertThat(zh.narrative()).contains("本月新签约项目1个；其中1个为框架协议，未约定投资额。1—7月累计签约项目1个。")
			.doesNotContain("0.00亿元")
			.doesNotContain("未填投资额")
			.doesNotContain("未填报协议投资额");
		assertThat(tile(zh, "amountWan").detail()).isEqualTo("1个框架协议未约定投资额");
	}

	@Test
	void aTerminatedProjectIsNeverTheHeadlineAndTheTerminatedPartOfTheSumIsSaid() {
		// given: the month's largest project is already terminated
		List<SignedProject> projects = List.of(
				project("a", "2019-07-02", "370685", "20000").toBuilder().status(ProjectStatus.TERMINATED).build(),
				project("b", "2019-07-28", "370685108", "8000"), project("c", "2019-07-28", "370685101", "3000"));
		// when
		ReportModel zh = build(ReportLanguage.ZH, projects);
		ReportModel en = build(ReportLanguage.EN, projects);
		// then: the top list keeps it, marked
		assertThat(zh.rankings().topProjects()).extracting(TopProject::name, TopProject::status)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("项目a", ProjectStatus.TERMINATED),
					org.assertj.core.groups.Tuple.tuple("项目b", ProjectStatus.SIGNED),
					org.assertj.core.groups.Tuple.tuple("项目c", ProjectStatus.SIGNED));
		assertThat(zh.narrative()).contains("协议投资额3.10亿元（其中已终止1个、2.00亿元）")
			.contains("未终止项目中单体规模最大的是项目b（0.80亿元），落户夏甸镇")
			.doesNotContain("最大的是项目a");
		assertThat(highlight(zh, "largestProject")).isEqualTo("未终止项目中最大：项目b，0.80亿元，落户夏甸镇");
		assertThat(tile(zh, "amountWan").detail()).isEqualTo("含已终止1个、2.00亿元");
		assertThat(en.narrative())
			.contains("Agreed investment came to CNY 310 mn (including CNY 200 mn in 1 project since terminated)")
			.contains("of the projects not terminated, the largest is 项目b (CNY 80 mn)");
		assertThat(highlight(en, "largestProject")).startsWith("Largest project not terminated: 项目b, CNY 80 mn");
	}

	@Test
	void ranksFirstOnlyForTheLargestOfAllRowsOrAmongTheTownsWithTheCityItselfFirst() {
		// given: the city itself (本级) signs more than any town
		List<SignedProject> cityFirst = List.of(project("a", "2019-07-02", "370685", "9000"),
				project("b", "2019-07-28", "370685108", "5000"), project("c", "2019-07-28", "370685101", "1000"));
		// and: a town signs more than the city itself
		List<SignedProject> townFirst = List.of(project("a", "2019-07-02", "370685", "5000"),
				project("b", "2019-07-28", "370685108", "9000"), project("c", "2019-07-28", "370685101", "1000"));
		// when
		ReportModel city = build(ReportLanguage.ZH, cityFirst);
		ReportModel cityEn = build(ReportLanguage.EN, cityFirst);
		ReportModel town = build(ReportLanguage.ZH, townFirst);
		// then
		assertThat(city.narrative()).contains("分地区看，市本级签约0.90亿元；各镇街区中，夏甸镇签约0.50亿元，居首；").doesNotContain("居首；市本级");
		assertThat(cityEn.narrative()).contains("By region, CNY 90 mn was signed at city level; among the towns "
				+ "and zones, Xiadian (夏甸镇) led with CNY 50 mn;");
		assertThat(town.narrative()).contains("分地区看，夏甸镇签约0.90亿元，居首；市本级签约0.50亿元；");
	}

	private static FrontPage.Tile tile(ReportModel model, String key) {
		return model.frontPage().tiles().stream().filter((t) -> t.key().equals(key)).findFirst().orElseThrow();
	}

	private static String highlight(ReportModel model, String key) {
		return model.frontPage()
			.highlights()
			.stream()
			.filter((h) -> h.key().equals(key))
			.findFirst()
			.orElseThrow()
			.text();
	}

	private static ReportModel build(ReportLanguage language, List<SignedProject> projects) {
		return builder.build(new StoredReports.Input(JULY, regions.byCode("370685").orElseThrow(), language,
				OffsetDateTime.of(2019, 8, 2, 6, 0, 0, 0, ZoneOffset.ofHours(8)), List.of(), projects, List.of(),
				List.of(), List.of(), List.of()));
	}

	private static SignedProject project(String key, String date, String region, String amount) {
		return SignedProjects.builder(key, date, region, amount).investor("投资方" + key).build();
	}

	private static SignedProject strategic(SignedProject project) {
		return project.toBuilder().agreementType(AgreementType.STRATEGIC).build();
	}

}
