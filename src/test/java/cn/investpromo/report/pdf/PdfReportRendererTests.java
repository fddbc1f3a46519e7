package cn.investpromo.report.pdf;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import cn.investpromo.project.AgreementType;
import cn.investpromo.event.EventType;
import cn.investpromo.project.ProjectStatus;
import cn.investpromo.project.SignedProjects;
import cn.investpromo.report.BreakdownTables;
import cn.investpromo.report.Landing;
import cn.investpromo.report.PeriodListings;
import cn.investpromo.report.Rankings;
import cn.investpromo.report.DataQuality;
import cn.investpromo.report.EventListing;
import cn.investpromo.report.FundsArrived;
import cn.investpromo.report.IndustryFigures;
import cn.investpromo.report.KpiKind;
import cn.investpromo.report.ProjectListing;
import cn.investpromo.report.RegionFigures;
import cn.investpromo.report.RegionIndustryFigures;
import cn.investpromo.report.ReportLabels;
import cn.investpromo.report.ReportLanguage;
import cn.investpromo.report.ReportModel;
import cn.investpromo.report.ReportModelFixtures;
import cn.investpromo.quality.Reject;
import cn.investpromo.store.Rows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PdfReportRendererTests {

	// loading the 5 MB font once keeps every test fast
	private static final CjkFont FONT = new CjkFont();

	@TempDir
	Path dir;

	@Test
	void chineseReportHasTheFiguresAndLabelsOfTheModel() throws IOException {
		// given
		ReportModel model = ReportModelFixtures.zhaoyuan(ReportLanguage.ZH);
		ReportLabels labels = ReportLabels.of(ReportLanguage.ZH);

		// when
		try (PDDocument pdf = render(model, "zh.pdf")) {
			// table cells wrap, so labels are looked for in the text without line breaks
			String text = flat(text(pdf));

			// then
			assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(2);
			assertThat(text).contains("招远市招商引资工作月度报告", "2019年7月", "统计范围：招远市统计期", "统计期：2019-07-01至2019-07-31",
					"生成时间：2019-08-0206:00", "新材料", "招远经济技术开发区", "市本级");
			for (KpiKind kind : KpiKind.values()) {
				assertThat(text).contains(flat(labels.kpi(kind)));
			}
			assertThat(text).contains("指标本月上月环比上年同月同比本年累计上年同期累计累计同比");
			// amounts: 185000.00 万元 this month, 42000.00 last month, 0 a year ago,
			// 820000.50 and 600000.00 YTD
			assertThat(text).contains("协议投资额（亿元）18.504.20+340.5%0.00—82.0060.00+36.7%");
			// counts with separators: attendees 260 against 180 (+44.4%), 90 a year ago,
			// 1,500 against 1,200 YTD
			assertThat(text).contains("参会人数（人）260180+44.4%90+188.9%1,5001,200+25.0%");
			assertThat(text).contains("招商活动（场）34-25.0%2+50.0%2520+25.0%");
			assertThat(text).contains("新材料115.0081.1%", "合计418.50");
			// average size: 185000 万元 ÷ 3 projects with an amount = 6.17 亿元, against 1.40
			// the month before
			// a year ago no project had an amount: its average is unknown ("—"), not 0.00
			assertThat(text).contains("平均单体规模（亿元）6.171.40+340.5%——3.042.73+11.4%");
			assertThat(text).contains("第1页共" + pdf.getNumberOfPages() + "页");
		}
	}

	@Test
	void everyPageIsA4AndEveryFontAnEmbeddedSubset() throws IOException {
		// given
		ReportModel model = ReportModelFixtures.zhaoyuan(ReportLanguage.ZH);

		// when
		try (PDDocument pdf = render(model, "fonts.pdf")) {
			List<PDFont> fonts = new ArrayList<>();
			for (PDPage page : pdf.getPages()) {
				collectFonts(page.getResources(), fonts);

				// then
				assertThat(page.getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), within(1f));
				assertThat(page.getMediaBox().getHeight()).isCloseTo(PDRectangle.A4.getHeight(), within(1f));
			}
			assertThat(fonts).isNotEmpty().allSatisfy((pdfFont) -> {
				assertThat(pdfFont.isEmbedded()).as(pdfFont.getName()).isTrue();
				assertThat(pdfFont).isInstanceOf(PDType0Font.class);
				assertThat(pdfFont.getName()).matches("[A-Z]{6}\\+.+");
				PDType0Font type0 = (PDType0Font) pdfFont;
				assertThat(type0.getDescendantFont().getFontDescriptor().getFontFile2()).isNotNull();
			});
		}
	}

	@Test
	void chartsAreVectorsNotImages() throws IOException {
		// given
		ReportModel model = ReportModelFixtures.zhaoyuan(ReportLanguage.ZH);

		// when
		try (PDDocument pdf = render(model, "charts.pdf")) {
			List<PDXObject> xObjects = new ArrayList<>();
			for (PDPage page : pdf.getPages()) {
				collectXObjects(page.getResources(), xObjects);
			}

			// then
			assertThat(xObjects).noneMatch(PDImageXObject.class::isInstance);
			// the six charts of SPEC §5, targets and funds are forms as wide as the text,
			// holding their own text
			assertThat(wideForms(xObjects)).hasSize(8);
			assertThat(text(pdf)).contains("2018-08", "2019-07", "推介会", "已开工", "广东省", "新材料  81.1%");
		}
	}

	@Test
	void bookmarksNameEverySection() throws IOException {
		// given
		ReportModel model = ReportModelFixtures.zhaoyuan(ReportLanguage.ZH);

		// when
		try (PDDocument pdf = render(model, "outline.pdf")) {
			List<String> titles = new ArrayList<>();
			collectTitles(pdf.getDocumentCatalog().getDocumentOutline(), titles);

			// then
			assertThat(titles).contains("招远市招商引资工作月度报告", "主要指标", "综述", "图表", "分地区情况", "分产业情况", "投资额前3项目", "本月招商活动",
					"本月签约项目", "数据质量", "被拒绝的行", "疑似重复项目");
			assertThat(titles).contains("年度目标完成情况", "项目落地进展", "到位资金", "投资规模分布", "地区 × 产业");
			assertThat(titles).contains("图1　年度目标完成率与序时进度", "图2　近13个月签约项目与协议投资额", "图3　本月分地区协议投资额（亿元）",
					"图7　项目落地进展（近12个月签约）", "图8　到位资金来源（亿元）");
			assertThat(pageOf(pdf, "主要指标")).isZero();
			// the targets follow the narrative, which follows the front page on the first
			// page; charts share pages
			// two by two
			assertThat(pageOf(pdf, "综述")).isZero();
			assertThat(pageOf(pdf, "年度目标完成情况")).isLessThanOrEqualTo(1);
			assertThat(pageOf(pdf, "图2　近13个月签约项目与协议投资额")).isEqualTo(pageOf(pdf, "图3　本月分地区协议投资额（亿元）"));
			assertThat(pageOf(pdf, "数据质量")).isGreaterThan(pageOf(pdf, "分地区情况")).isLessThan(pdf.getNumberOfPages());
			assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("招远市招商引资工作月度报告 2019年7月");
			assertThat(pdf.getDocumentInformation().getAuthor()).isEqualTo("investpromo");
			assertThat(pdf.getDocumentInformation().getKeywords()).contains("招商引资", "招远市");
		}
	}

	@Test
	void userTextStaysLiteral() throws IOException {
		// given: an event name that a spreadsheet would take for a formula
		ReportModel model = ReportModelFixtures.zhaoyuan(ReportLanguage.ZH);

		// when
		try (PDDocument pdf = render(model, "literal.pdf")) {
			String text = flat(text(pdf));

			// then
			assertThat(text).contains("=HYPERLINK(\"http://example.invalid\",\"x\")");
			assertThat(text).contains("2019年6月下旬", "日期无法识别", "其他制造", "金银珠宝加工（ZY-P-201907-09）");
		}
	}

	@Test
	void englishReportTakesEveryWordFromTheEnglishBundles() throws IOException {
		// given
		ReportModel model = ReportModelFixtures.zhaoyuan(ReportLanguage.EN);

		// when
		try (PDDocument pdf = render(model, "en.pdf")) {
			String text = text(pdf);
			List<String> titles = new ArrayList<>();
			collectTitles(pdf.getDocumentCatalog().getDocumentOutline(), titles);

			// then
			assertThat(text).contains("招远市: Investment Promotion Monthly Report", "July 2019", "Key figures",
					"New materials", "18.50", "+340.5%", "—", "Page 1 of " + pdf.getNumberOfPages());
			assertThat(flat(text)).contains(flat("Agreed investment (CNY 100 million)"), flat("Same month last year"),
					flat("Promotion conference"), flat("Under construction"));
			assertThat(text).doesNotContain("主要指标", "本月", "第 1 页");
			assertThat(titles).contains("Key figures", "Charts", "By region", "Data quality",
					"Figure 2. Projects signed and agreed investment, last 13 months", "Annual targets",
					"Projects started and in production", "Event follow-through (events of the last 12 months)",
					"Funds in place", "Projects by size");
			assertThat(flat(text)).contains(flat("Agreed investment (CNY 100 million) 150.00 82.00 54.7% 58.3% -3.6"),
					flat("●Yellow"), flat("CNY 100 mn or more"), flat("City level"),
					flat("1 file, 3 sheets; 70 rows read, 69 accepted, 1 rejected."),
					flat("date not recognised: 2019年6月下旬"));
		}
	}

	@Test
	void manyLongRegionNamesWrapAndEveryRegionIsListed() throws IOException {
		// given
		ReportModel model = ReportModelFixtures.manyLongRegions(ReportLanguage.ZH);

		// when
		try (PDDocument pdf = render(model, "regions.pdf")) {
			String text = flat(text(pdf));

			// then
			assertThat(text).contains("烟台市招商引资工作月度报告", "示例区县1", "示例区县23", "烟台市第24号国家级经济技术开发区综合保税物流园区管理委员会");
			// region 24: no events, 24 × 20 attendees, no projects, 24 × 3,500 万元 = 8.40
			// 亿元
			assertThat(text).contains("烟台市第24号国家级经济技术开发区综合保税物流园区管理委员会048008.40");
			assertThat(text).contains("第1页共" + pdf.getNumberOfPages() + "页");
		}
	}

	@Test
	void chartsWithoutFiguresSayNoData() throws IOException {
		// given: a month with no breakdown rows at all
		ReportModel base = ReportModelFixtures.zhaoyuan(ReportLanguage.ZH);
		ReportModel empty = ReportModelFixtures.edit(base, (e) -> {
			e.breakdowns = new BreakdownTables(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), 0);
			e.rankings = new Rankings(List.of(), Rows.of(List.of()));
			e.listings = new PeriodListings(Rows.of(List.of()), Rows.of(List.of()));
			e.landing = new Landing(List.of(), ReportModelFixtures.noLanding(base.scope()), 0, 0);
			e.funds = ReportModelFixtures.noFunds();
			e.targets = ReportModelFixtures.noTargets();
			e.followThrough = ReportModelFixtures.noFollowThrough();
		});

		// when
		try (PDDocument pdf = render(empty, "empty.pdf")) {
			String text = text(pdf);

			// then
			assertThat(text.split("本月无数据", -1)).hasSizeGreaterThanOrEqualTo(1 + 5 + 6);
			assertThat(text).contains("2019-07", "主要指标", "2019年未设定年度目标。");
			assertThat(flat(text)).contains("活动成效（近12个月签约活动）近12个月没有关联到活动的签约项目。");
		}
	}

	@Test
	void followThroughSaysHowManyProjectsDoNotReportAFigureAndShowsUnknownAsNotReported() throws IOException {
		// when
		try (PDDocument zh = render(ReportModelFixtures.zhaoyuan(ReportLanguage.ZH), "follow-zh.pdf");
				PDDocument en = render(ReportModelFixtures.zhaoyuan(ReportLanguage.EN), "follow-en.pdf")) {

			// then: 18.50 亿元 of which one project reports none; no funds reported at all;
			// no rate against nothing
			assertThat(flat(text(zh))).contains("招远市招商引资招才引智推介会（深圳）2019-07-28418.501个未填100未填25.0%0.0%—",
					"招远—德国产业合作洽谈会2018-10-0410.351000.10100.0%0.0%28.6%", "合计518.851个未填2000.104个未填40.0%0.0%28.6%");
			assertThat(flat(text(en))).contains("2019-07-28418.501notreported100notreported25.0%0.0%—",
					"Total518.851notreported2000.104notreported40.0%0.0%28.6%");
		}
	}

	@Test
	void longRejectListRepeatsItsHeaderOnEveryPageAndStopsAtOneHundredRows() throws IOException {
		// given
		ReportModel base = ReportModelFixtures.zhaoyuan(ReportLanguage.ZH);
		List<Reject> rejects = new ArrayList<>();
		for (int row = 2; row < 152; row++) {
			rejects.add(new Reject("招远市招商台账2019.xlsx", "签约项目", row, "协议投资额", "约" + row + "万", "金额无法识别"));
		}
		DataQuality quality = new DataQuality(base.dataQuality().files(), Rows.of(rejects),
				base.dataQuality().unmatchedIndustries(), base.dataQuality().possibleDuplicates(),
				new DataQuality.Totals(1, 3, 220, 69, 151));
		ReportModel model = ReportModelFixtures.edit(base, (e) -> e.dataQuality = quality);

		// when
		try (PDDocument pdf = render(model, "rejects.pdf")) {
			String text = flat(text(pdf));
			int pagesWithRejectHeader = 0;
			for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
				PDFTextStripper stripper = new PDFTextStripper();
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				if (flat(stripper.getText(pdf)).contains("文件工作表行号列值原因")) {
					pagesWithRejectHeader++;
				}
			}

			// then
			assertThat(pagesWithRejectHeader).isGreaterThanOrEqualTo(2);
			assertThat(text).contains("约101万", "仅列出前100行（共150行）").doesNotContain("约102万");
		}
	}

	@Test
	void landingFundsTargetsAndBandsShowTheModelsFigures() throws IOException {
		// given
		ReportModel model = ReportModelFixtures.zhaoyuan(ReportLanguage.ZH);

		// when
		try (PDDocument pdf = render(model, "progress.pdf")) {
			String text = flat(text(pdf));

			// then: the zone has 14 projects: 6 signed (42.9%), 4 building, 3 producing,
			// 1 terminated;
			// 开工率 7 ÷ 13 = 53.8%, 投产率 3 ÷ 7 = 42.9%, 2 new starts and 1 new production
			// this month
			assertThat(text).contains("招远经济技术开发区14642.9%428.6%321.4%17.1%53.8%42.9%21");
			assertThat(text).contains("市本级8562.5%225.0%112.5%00.0%37.5%33.3%00");
			assertThat(text).contains("合计251352.0%728.0%416.0%14.0%45.8%36.4%31", "口径：近12个月签约项目在月末的进展");
			// the scope's own row is marked 本级 in the landing chart as well as in the
			// tables, and in the note that
			// its project without an amount is left out of the agreed investment
			assertThat(text.split("市本级", -1)).hasSize(1 + 5);
			assertThat(text).contains("其中1个项目未填投资额（市本级1个），不计入协议投资额。");
			// funds: 35.60 亿元 from 30 projects, 25.00 of them from outside Shandong
			// each source with its projects, those reporting funds (issue 22), funds and
			// share
			assertThat(text).contains("省外18725.0070.2%", "市外省内423.6010.1%", "合计301235.60", "填报到位资金的项目（个）：12",
					"口径：2019年1—7月签约项目截至台账填报时的累计到位资金。", "省外25.0070.2%");
			// targets against 序时进度 7/12 = 58.3%
			assertThat(text).contains("签约项目（个）503060.0%58.3%+1.7●绿灯", "协议投资额（亿元）150.0082.0054.7%58.3%-3.6●黄灯",
					"到位资金（亿元）60.0035.6059.3%58.3%+1.0●绿灯", "进度灯：绿灯为达到或超过序时进度", "序时进度58.3%");
			// bands: this month, last month, change, a year ago, change, YTD, YTD last
			// year, change
			assertThat(text).contains("1亿元以上31+200.0%0—1812+50.0%", "20亿元以上00—0—10—");
			// region × industry: amounts with project counts, totals from the region and
			// industry tables
			assertThat(text).contains("招远经济技术开发区15.001个2.501个——17.502个", "合计15.001个2.501个1.001个—1个18.504个");
			// 本级 has one 生物医药 project, without an amount: "—" over its count, never 0.00
			// (the other "—" are empty cells)
			assertThat(text).contains("市本级————1个—1个");
			assertThat(text).contains("共1个文件、3个工作表；共读取70行，接受69行，拒绝1行。");
		}
	}

	@Test
	void scopeAcrossProvincesGivesOnlyTheFundsTotalAndNoTargetsSayWhichYear() throws IOException {
		// given: 全国 cannot split funds by source, and no targets sheet set any
		ReportModel base = ReportModelFixtures.zhaoyuan(ReportLanguage.ZH);
		ReportModel model = ReportModelFixtures.edit(base, (e) -> {
			e.funds = new FundsArrived(new BigDecimal("356000.00"), 30, 12, false, List.of());
			e.targets = ReportModelFixtures.noTargets();
		});

		// when
		try (PDDocument pdf = render(model, "national.pdf")) {
			String text = flat(text(pdf));

			// then
			assertThat(text).contains("统计范围为全国或跨省区域，不区分资金来源，仅列合计。", "合计301235.60", "2019年未设定年度目标。")
				.doesNotContain("省外", "年度目标完成率与序时进度");
			// the six charts of SPEC §5 only
			assertThat(wideForms(xObjects(pdf))).hasSize(6);
		}
	}

	@Test
	void chineseLinesNeverStartWithClosingPunctuation() throws IOException {
		// given: a narrative long enough to wrap many times, full of commas
		ReportModel base = ReportModelFixtures.zhaoyuan(ReportLanguage.ZH);
		String narrative = "2019年7月，全市举办招商活动3场，参会285人；新签约项目12个，同比增长200.0%，协议投资额14.30亿元，".repeat(8);
		ReportModel model = ReportModelFixtures.edit(base, (e) -> e.narrative = narrative);

		// when
		try (PDDocument pdf = render(model, "kinsoku.pdf")) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setStartPage(1);
			stripper.setEndPage(1);
			List<String> lines = stripper.getText(pdf).lines().map(String::strip).toList();

			// then
			assertThat(lines).filteredOn((line) -> line.contains("招商活动3场")).hasSizeGreaterThan(4);
			assertThat(lines).noneMatch((line) -> line.matches("^[，。、；：）%].*"));
		}
	}

	@Test
	void manyIndustriesAndRegionsPutTheCrossTableWholeOnALandscapePageAndChartsLeaveOutEmptyRegions()
			throws IOException {
		// given: eight industries, more than a portrait page holds across, and 20 regions
		// with projects, too many to
		// transpose; industry k is all of the k-th region with projects
		ReportModel model = crossModel(8);

		// when
		try (PDDocument pdf = render(model, "cross.pdf")) {
			String text = flat(text(pdf));

			// then: one table with every industry and the total across, each region's
			// figures on its own row;
			// region 3 (3 projects, 1.05 亿元) is industry 3, region 9 (3 projects, 3.15
			// 亿元) industry 8
			assertThat(text).contains("地区产业1产业2产业3产业4产业5产业6产业7产业8合计", "示例区县10.351个———————0.351个",
					"烟台市第3号国家级经济技术开发区综合保税物流园区管理委员会——1.053个—————1.053个",
					"烟台市第9号国家级经济技术开发区综合保税物流园区管理委员会———————3.153个3.153个");
			// on a landscape page, the pages before and after it portrait
			assertThat(landscape(pdf.getPage(pageOf(pdf, "地区 × 产业")))).isTrue();
			assertThat(landscape(pdf.getPage(pageOf(pdf, "地区 × 产业") + 1))).isFalse();
			// region 6 has no project of the last 12 months: its landing bar is left out,
			// and the chart says so
			assertThat(text).contains("图中略去近12个月无签约项目的地区。");
		}
	}

	@Test
	void crossTableKeepsRegionsDownWhenTheIndustriesFitAndTransposesWhenOnlyTheRegionsDo() throws IOException {
		// given: five industries over twenty regions, and eight industries over five
		// regions
		ReportModel fewIndustries = crossModel(5);
		ReportModel fewRegions = crossModel(8, 5);

		// when
		try (PDDocument down = render(fewIndustries, "down.pdf");
				PDDocument transposed = render(fewRegions, "transposed.pdf")) {

			// then: both on a portrait page, the five industries across, or the five
			// regions across
			assertThat(flat(text(down))).contains("地区产业1产业2产业3产业4产业5合计", "示例区县10.351个————0.351个");
			assertThat(flat(text(transposed))).contains("产业示例区县1示例区县2", "产业10.351个————0.351个");
			for (PDDocument pdf : List.of(down, transposed)) {
				assertThat(landscape(pdf.getPage(pageOf(pdf, "地区 × 产业")))).isFalse();
			}
		}
	}

	/**
	 * Whether the page shows wider than high: a landscape page is A4 turned by its
	 * /Rotate.
	 */
	private static boolean landscape(PDPage page) {
		PDRectangle box = page.getMediaBox();
		boolean turned = page.getRotation() % 180 != 0;
		return turned ? box.getHeight() > box.getWidth() : box.getWidth() > box.getHeight();
	}

	/**
	 * The many-regions fixture whose first {@code industries} regions with projects each
	 * hold one industry.
	 */
	private static ReportModel crossModel(int industries) {
		return crossModel(industries, Integer.MAX_VALUE);
	}

	/**
	 * As {@link #crossModel(int)}, with industry k in region ((k − 1) mod
	 * {@code regions}) + 1 only.
	 */
	private static ReportModel crossModel(int count, int regions) {
		ReportModel base = ReportModelFixtures.manyLongRegions(ReportLanguage.ZH);
		List<RegionFigures> withProjects = base.breakdowns()
			.byRegion()
			.stream()
			.filter((row) -> row.projects() > 0)
			.toList();
		List<IndustryFigures> industries = new ArrayList<>();
		List<RegionIndustryFigures> cells = new ArrayList<>();
		for (int k = 1; k <= count; k++) {
			RegionFigures region = withProjects.get((regions == Integer.MAX_VALUE) ? k - 1 : (k - 1) % regions);
			industries.add(new IndustryFigures("I" + k, "产业" + k, region.projects(), region.amountWan(), 0,
					new BigDecimal("5.0")));
			cells.add(new RegionIndustryFigures(region.code(), region.name(), "I" + k, "产业" + k, region.projects(),
					region.amountWan(), 0));
		}
		BreakdownTables b = base.breakdowns();
		return ReportModelFixtures.edit(base, (e) -> e.breakdowns = new BreakdownTables(b.byRegion(), industries,
				b.bySubIndustry(), b.byInvestorOrigin(), cells, b.eventsByType(), 0));
	}

	@ParameterizedTest
	@EnumSource(ReportLanguage.class)
	void shortValuesStayOnOneLineAndNoCharacterIsLeftAloneInTheProjectAndEventTables(ReportLanguage language)
			throws IOException {
		// given: the ledger rows that broke with fixed widths, beside a long name and
		// investor that must wrap
		ReportModel model = crowded(language);

		// when
		try (PDDocument pdf = render(model, "widths-" + language + ".pdf")) {
			// in content order each cell's lines come one after another: a broken value
			// shows as two lines
			List<String> lines = text(pdf).lines().map(String::strip).toList();

			// then
			List<String> whole = language.english()
					? List.of("Strategic", "cooperation", "agreement", "Signing", "ceremony", "2019-07-26", "12.35")
					: List.of("战略合作协议", "签约仪式", "新一代信息技术", "2019-07-26", "12.35");
			for (String value : whole) {
				assertThat(lines).as(value)
					.anyMatch((line) -> line
						.matches(".*(^|[^A-Za-z0-9.-])" + value.replace(".", "\\.") + "([^A-Za-z0-9.-]|$).*"));
			}
			assertThat(lines).anyMatch((line) -> line.startsWith("鲁东检测设备"))
				.noneMatch((line) -> line.matches("\\p{IsHan}[，。、；：？！）》」』】〕〉”’…]*"));
		}
	}

	@ParameterizedTest
	@EnumSource(ReportLanguage.class)
	void noPageEndsWithAHeadingOrTheNoteBelowIt(ReportLanguage language) throws IOException {
		// given
		ReportModel model = ReportModelFixtures.zhaoyuan(language);

		// when
		try (PDDocument pdf = render(model, "pages-" + language + ".pdf")) {

			// then
			assertThat(PdfPages.lastBodyLines(pdf)).doesNotContainAnyElementsOf(PdfPages.headings(language));
		}
	}

	/**
	 * The fixture with a signing ceremony at a zone and a strategic agreement whose name
	 * and investor are long.
	 */
	private static ReportModel crowded(ReportLanguage language) {
		ReportModel base = ReportModelFixtures.zhaoyuan(language);
		List<EventListing> events = new ArrayList<>(base.listings().events().first(Integer.MAX_VALUE));
		events.add(new EventListing("ZY-E-201907-04", "金都国际工贸城项目集中签约仪式", EventType.SIGNING, LocalDate.of(2019, 7, 26),
				LocalDate.of(2019, 7, 26), "招远经济技术开发区", "招远经济技术开发区管理委员会", null, null, 120, 40, null));
		List<ProjectListing> projects = new ArrayList<>(base.listings().projects().first(Integer.MAX_VALUE));
		projects.add(new ProjectListing(
				SignedProjects.builder()
					.id("ZY-P-201907-05")
					.name("鲁东检测设备制造及环境和矿物样品检测建设项目")
					.signedDate(LocalDate.of(2019, 7, 28))
					.investor("鲁东检测设备制造及环境和矿物样品检测建设项目投资方（报道未载明）")
					.investorOriginText(null)
					.industryCode("NGIT")
					.agreementType(AgreementType.STRATEGIC)
					.amountWan(new BigDecimal("123456.78"))
					.status(ProjectStatus.SIGNED)
					.eventRef(null)
					.notes(null)
					.industrySubCode("NGIT.IC")
					.build(),
				"招远经济技术开发区", base.breakdowns().byIndustry().get(1).name(),
				language.english() ? "Integrated circuits" : "集成电路"));
		return ReportModelFixtures.edit(base,
				(e) -> e.listings = new PeriodListings(Rows.of(events), Rows.of(projects)));
	}

	private PDDocument render(ReportModel model, String name) throws IOException {
		Path file = this.dir.resolve(name);
		new PdfReportRenderer(FONT).render(model, file);
		return Loader.loadPDF(file.toFile());
	}

	private static String text(PDDocument pdf) throws IOException {
		return new PDFTextStripper().getText(pdf);
	}

	/** The 0-based page a bookmark leads to. */
	private static int pageOf(PDDocument pdf, String title) throws IOException {
		Integer page = pageOf(pdf.getDocumentCatalog().getDocumentOutline(), title);
		if (page == null) {
			throw new AssertionError("no bookmark " + title);
		}
		return page;
	}

	private static Integer pageOf(PDOutlineNode node, String title) throws IOException {
		for (PDOutlineItem item : node.children()) {
			if (item.getTitle().equals(title)) {
				return ((PDPageDestination) item.getDestination()).retrievePageNumber();
			}
			Integer page = pageOf(item, title);
			if (page != null) {
				return page;
			}
		}
		return null;
	}

	/** The charts: forms as wide as the text. */
	private static List<PDFormXObject> wideForms(List<PDXObject> xObjects) {
		return xObjects.stream()
			.filter(PDFormXObject.class::isInstance)
			.map(PDFormXObject.class::cast)
			.filter((form) -> form.getBBox().getWidth() > 400)
			.distinct()
			.toList();
	}

	private static List<PDXObject> xObjects(PDDocument pdf) throws IOException {
		List<PDXObject> xObjects = new ArrayList<>();
		for (PDPage page : pdf.getPages()) {
			collectXObjects(page.getResources(), xObjects);
		}
		return xObjects;
	}

	private static String flat(String text) {
		return text.replaceAll("\\s", "");
	}

	private static void collectFonts(PDResources resources, List<PDFont> fonts) throws IOException {
		for (COSName name : resources.getFontNames()) {
			fonts.add(resources.getFont(name));
		}
		for (COSName name : resources.getXObjectNames()) {
			if (resources.getXObject(name) instanceof PDFormXObject form && form.getResources() != null) {
				collectFonts(form.getResources(), fonts);
			}
		}
	}

	private static void collectXObjects(PDResources resources, List<PDXObject> xObjects) throws IOException {
		for (COSName name : resources.getXObjectNames()) {
			PDXObject xObject = resources.getXObject(name);
			xObjects.add(xObject);
			if (xObject instanceof PDFormXObject form && form.getResources() != null) {
				collectXObjects(form.getResources(), xObjects);
			}
		}
	}

	private static void collectTitles(PDOutlineNode node, List<String> titles) {
		if (node == null) {
			return;
		}
		for (PDOutlineItem item : node.children()) {
			titles.add(item.getTitle());
			collectTitles(item, titles);
		}
	}

}
