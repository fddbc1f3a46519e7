package cn.investpromo.report.pdf;

import java.io.IOException;
import java.nio.file.Path;
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

import cn.investpromo.report.DataQuality;
import cn.investpromo.report.KpiKind;
import cn.investpromo.report.ReportLabels;
import cn.investpromo.report.ReportLanguage;
import cn.investpromo.report.ReportModel;
import cn.investpromo.report.ReportModelFixtures;

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
			assertThat(text).contains("招远市招商引资工作月度报告", "2019年7月", "统计范围：招远市（370685）",
					"统计期：2019-07-01至2019-07-31", "生成时间：2019-08-0206:00", "新材料", "招远经济技术开发区",
					"招远市（本级）");
			for (KpiKind kind : KpiKind.values()) {
				assertThat(text).contains(flat(labels.kpi(kind)));
			}
			assertThat(text).contains("指标本月上月环比上年同月同比本年累计上年同期累计累计同比");
			// amounts: 185000.00 万元 this month, 42000.00 last month, 0 a year ago, 820000.50 and 600000.00 YTD
			assertThat(text).contains("协议投资额（亿元）18.504.20+340.5%0.00—82.0060.00+36.7%");
			// counts with separators: attendees 260 against 180 (+44.4%), 90 a year ago, 1,500 against 1,200 YTD
			assertThat(text).contains("参会人数（人）260180+44.4%90+188.9%1,5001,200+25.0%");
			assertThat(text).contains("招商活动（场）34-25.0%2+50.0%2520+25.0%");
			assertThat(text).contains("新材料115.0081.1%", "合计418.50");
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
			// the six charts are forms as wide as the text, holding their own text (axis labels, legends)
			List<PDFormXObject> charts = xObjects.stream()
				.filter(PDFormXObject.class::isInstance)
				.map(PDFormXObject.class::cast)
				.filter((form) -> form.getBBox().getWidth() > 400)
				.distinct()
				.toList();
			assertThat(charts).hasSize(6);
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
			assertThat(titles).contains("招远市招商引资工作月度报告", "主要指标", "综述", "图表", "分地区情况", "分产业情况",
					"投资额前十项目", "本月招商活动", "本月签约项目", "数据质量", "被拒绝的行", "疑似重复项目");
			assertThat(titles).contains("图1　近13个月签约项目与协议投资额", "图6　项目落地进展（近12个月签约）");
			assertThat(pageOf(pdf, "主要指标")).isZero();
			assertThat(pageOf(pdf, "数据质量")).isGreaterThan(pageOf(pdf, "分地区情况"))
				.isLessThan(pdf.getNumberOfPages());
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
			assertThat(text).contains("招远市: Investment Promotion Monthly Report", "7/2019", "Key figures",
					"New materials", "18.50", "+340.5%", "—",
					"Page 1 of " + pdf.getNumberOfPages());
			assertThat(flat(text)).contains(flat("Agreed investment (100m CNY)"), flat("Same month last year"),
					flat("Promotion conference"), flat("Under construction"));
			assertThat(text).doesNotContain("主要指标", "本月", "第 1 页");
			assertThat(titles).contains("Key figures", "Charts", "By region", "Data quality",
					"Figure 1. Projects signed and agreed investment, last 13 months");
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
			assertThat(text).contains("烟台市招商引资工作月度报告", "示例区县1", "示例区县23",
					"烟台市第24号国家级经济技术开发区综合保税物流园区管理委员会");
			// region 24: no events, 24 × 20 attendees, no projects, 24 × 3,500 万元 = 8.40 亿元
			assertThat(text).contains("烟台市第24号国家级经济技术开发区综合保税物流园区管理委员会048008.40");
			assertThat(text).contains("第1页共" + pdf.getNumberOfPages() + "页");
		}
	}

	@Test
	void chartsWithoutFiguresSayNoData() throws IOException {
		// given: a month with no breakdown rows at all
		ReportModel base = ReportModelFixtures.zhaoyuan(ReportLanguage.ZH);
		ReportModel empty = new ReportModel(base.month(), base.scope(), base.generatedAt(), base.language(),
				base.kpis(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), base.trend(),
				List.of(), List.of(), List.of(), base.narrative(), base.dataQuality(),
				ReportModelFixtures.noLanding(base.scope()), ReportModelFixtures.noFunds(),
				ReportModelFixtures.noTargets(), base.amountBands());

		// when
		try (PDDocument pdf = render(empty, "empty.pdf")) {
			String text = text(pdf);

			// then
			assertThat(text.split("本月无数据", -1)).hasSizeGreaterThanOrEqualTo(1 + 5 + 5);
			assertThat(text).contains("2019-07", "主要指标");
		}
	}

	@Test
	void longRejectListRepeatsItsHeaderOnEveryPageAndStopsAtOneHundredRows() throws IOException {
		// given
		ReportModel base = ReportModelFixtures.zhaoyuan(ReportLanguage.ZH);
		List<DataQuality.Reject> rejects = new ArrayList<>();
		for (int row = 2; row < 152; row++) {
			rejects.add(new DataQuality.Reject("招远市招商台账2019.xlsx", "签约项目", row, "协议投资额", "约" + row + "万",
					"金额无法识别"));
		}
		DataQuality quality = new DataQuality(base.dataQuality().files(), rejects,
				base.dataQuality().unmatchedIndustries(), base.dataQuality().possibleDuplicates(),
				new DataQuality.Totals(1, 3, 220, 69, 151));
		ReportModel model = new ReportModel(base.month(), base.scope(), base.generatedAt(), base.language(),
				base.kpis(), base.byRegion(), base.byIndustry(), base.byInvestorOrigin(), base.byRegionIndustry(),
				base.eventsByType(), base.landing(), base.trend(), base.topProjects(), base.events(), base.projects(),
				base.narrative(), quality, base.landingTotal(), base.fundsArrived(), base.targets(),
				base.amountBands());

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

	private PDDocument render(ReportModel model, String name) throws IOException {
		Path file = this.dir.resolve(name);
		new PdfReportRenderer(FONT).render(model, file);
		return Loader.loadPDF(file.toFile());
	}

	private static String text(PDDocument pdf) throws IOException {
		return new PDFTextStripper().getText(pdf);
	}

	/** The 0-based page a top-level bookmark leads to. */
	private static int pageOf(PDDocument pdf, String title) throws IOException {
		for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
			if (item.getTitle().equals(title)) {
				return ((PDPageDestination) item.getDestination()).retrievePageNumber();
			}
		}
		throw new AssertionError("no bookmark " + title);
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
