package cn.investpromo.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.investpromo.event.PromotionEvent;
import cn.investpromo.event.PromotionEvents;
import cn.investpromo.industry.IndustryTaxonomy;
import cn.investpromo.project.ProjectStatus;
import cn.investpromo.project.SignedProject;
import cn.investpromo.project.SignedProjects;
import cn.investpromo.quality.Reject;
import cn.investpromo.quality.SheetQuality;
import cn.investpromo.region.RegionCatalog;
import cn.investpromo.report.DataQuality.ComparedReject;
import cn.investpromo.report.FundsArrived.FundsSource;
import cn.investpromo.report.excel.WorkbookRenderer;
import cn.investpromo.report.json.JsonReportRenderer;
import cn.investpromo.report.pdf.CjkFont;
import cn.investpromo.report.pdf.PdfReportRenderer;
import cn.investpromo.store.ReportQueries.RejectedCell;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 22, points 3, 4 and 6 on small stored ledgers: before a scope's first ledger row
 * nothing is known (null, "—", a gap, "无台账数据"), a period not over yet says so up to the
 * day the report was made, a rejected row of a compared period is named beside the
 * comparison, funds nobody reported are unknown, and dates after the period's end are not
 * shown.
 */
class CoverageTests {

	private static final YearMonth JULY = YearMonth.of(2019, 7);

	private static final OffsetDateTime AUGUST_2 = OffsetDateTime.of(2019, 8, 2, 6, 0, 0, 0, ZoneOffset.ofHours(8));

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static RegionCatalog regions;

	private static StoredReports builder;

	@TempDir
	Path dir;

	@BeforeAll
	static void loadReferenceData() {
		regions = RegionCatalog.loadDefault();
		builder = new StoredReports(regions, IndustryTaxonomy.loadDefault());
	}

	@Test
	void trendAndComparisonsBeforeTheFirstLedgerRowAreUnknownNeverZero() throws IOException {
		// given: 招远市's ledgers begin in March 2019; June has a project but no event
		List<PromotionEvent> events = List.of(event("座谈会", "2019-03-10"), event("推介会", "2019-07-28"));
		List<SignedProject> projects = List.of(project("a", "2019-06-05", "5000"), project("b", "2019-07-28", "8000"));
		// when
		ReportModel model = build(ReportLanguage.ZH, AUGUST_2, events, projects, List.of(), List.of());
		// then: June is covered, so its zero events are a real zero; July 2018 and last
		// year's January to July are not
		Comparison count = model.headline().kpi(KpiKind.EVENTS).values();
		assertThat(count.month()).isEqualByComparingTo("1");
		assertThat(count.previousMonth()).isEqualByComparingTo("0");
		assertThat(count.sameMonthLastYear()).isNull();
		assertThat(count.ytd()).isEqualByComparingTo("2");
		assertThat(count.ytdLastYear()).isNull();
		assertThat(count.yearOnYearPercent()).isEmpty();
		assertThat(count.ytdPercent()).isEmpty();
		Comparison amount = model.headline().kpi(KpiKind.AMOUNT_WAN).values();
		assertThat(amount.monthOnMonthPercent()).hasValueSatisfying((p) -> assertThat(p).isEqualByComparingTo("60.0"));
		assertThat(amount.sameMonthLastYear()).isNull();
		// the trend: August 2018 to February 2019 unknown, March on known
		List<TrendPoint> trend = model.trend().points();
		assertThat(trend).hasSize(13);
		assertThat(trend.subList(0, 8)).allSatisfy((p) -> {
			assertThat(p.covered()).isFalse();
			assertThat(p.events()).isNull();
			assertThat(p.projects()).isNull();
			assertThat(p.amountWan()).isNull();
		});
		assertThat(trend.get(8).period().label()).isEqualTo("2019-03");
		assertThat(trend.get(8).events()).isEqualTo(1L);
		assertThat(trend.get(8).projects()).isEqualTo(0L);
		assertThat(trend.get(9).events()).isEqualTo(0L);
		List<String> notes = new CoverageNotes(ReportLabels.of(model)).headline(model);
		assertThat(notes).containsExactly("本年累计仅含台账起始（2019年3月）以来的数据。", "上年同月、上年同期累计无台账数据（台账自2019年3月起），不作比较。");
		assertThat(new CoverageNotes(ReportLabels.of(model)).trend(model)).singleElement()
			.satisfies((note) -> assertThat(note).startsWith("2018年7月、2018年8月、")
				.endsWith("2019年2月无台账数据（台账自2019年3月起），图中留空，不计为0。"));

		// the JSON: null, never 0
		JsonNode json = json(model);
		assertThat(json.get("period").get("coveredFrom").asString()).isEqualTo("2019-03");
		JsonNode first = json.get("trend").get(0);
		assertThat(first.get("period").asString()).isEqualTo("2018-07");
		assertThat(first.get("events").isNull()).isTrue();
		assertThat(first.get("projects").isNull()).isTrue();
		assertThat(first.get("amountWan").isNull()).isTrue();
		assertThat(first.get("covered").asBoolean()).isFalse();
		assertThat(json.get("trend").get(8).get("events").asLong()).isEqualTo(1);
		JsonNode kpi = json.get("kpis").get("events");
		assertThat(kpi.get("sameMonthLastYear").isNull()).isTrue();
		assertThat(kpi.get("ytdLastYear").isNull()).isTrue();
		assertThat(kpi.get("previousMonth").asLong()).isZero();
		assertThat(kpi.get("changePercent").get("yearOnYear").isNull()).isTrue();
		assertThat(json.get("kpiNotes").get(1).asString()).isEqualTo(notes.get(1));

		// the PDF: the KPI table's "—" and the note beside it, the trend's note
		String text = flat(pdfText(model, "coverage.pdf"));
		assertThat(text).contains("招商活动（场）10———2——", "上年同月、上年同期累计无台账数据（台账自2019年3月起），不作比较。",
				"2019年2月无台账数据（台账自2019年3月起），图中留空，不计为0。");
	}

	@Test
	void englishSaysNoLedgerDataInItsOwnWords() {
		// given
		List<PromotionEvent> events = List.of(event("座谈会", "2019-03-10"));
		// when
		ReportModel model = build(ReportLanguage.EN, AUGUST_2, events, List.of(), List.of(), List.of());
		// then
		assertThat(new CoverageNotes(ReportLabels.of(model)).headline(model)).containsExactly(
				"Year to date: only the months since the ledgers start (March 2019).",
				"Same month last year, YTD last year: no ledger data (the ledgers start in March 2019); "
						+ "no change is shown.");
	}

	@Test
	void aPeriodBeforeTheLedgersSaysItsFiguresDescribeNothing() {
		// given: the ledgers begin in March 2019; the report is of July 2018
		List<PromotionEvent> events = List.of(event("座谈会", "2019-03-10"));
		// when
		ReportModel model = builder.build(input(ReportLanguage.ZH, AUGUST_2, events, List.of(), List.of(), List.of()),
				Period.month(YearMonth.of(2018, 7)));
		// then
		assertThat(new CoverageNotes(ReportLabels.of(model)).headline(model)).containsExactly(
				"2018年7月早于台账起始（2019年3月），本报告没有该期的台账数据，各项数字不代表实际情况。", "上月、上年同月、上年同期累计无台账数据（台账自2019年3月起），不作比较。");
		assertThat(model.trend().points()).noneMatch(TrendPoint::covered);
	}

	@Test
	void aPeriodNotOverIsMarkedPartialUpToTheDayTheReportWasMade() throws IOException {
		// given: "today" is 15 July 2019
		OffsetDateTime july15 = OffsetDateTime.of(2019, 7, 15, 10, 0, 0, 0, ZoneOffset.ofHours(8));
		List<PromotionEvent> events = List.of(event("推介会", "2019-07-10"));
		// when
		ReportModel zh = build(ReportLanguage.ZH, july15, events, List.of(), List.of(), List.of());
		ReportModel en = build(ReportLanguage.EN, july15, events, List.of(), List.of(), List.of());
		ReportModel over = build(ReportLanguage.ZH, AUGUST_2, events, List.of(), List.of(), List.of());
		// then
		assertThat(zh.heading().partial()).isTrue();
		assertThat(zh.heading().dataUntil()).isEqualTo(LocalDate.of(2019, 7, 15));
		assertThat(over.heading().partial()).isFalse();
		assertThat(over.heading().dataUntil()).isNull();
		JsonNode json = json(zh);
		assertThat(json.get("period").get("partial").asBoolean()).isTrue();
		assertThat(json.get("period").get("dataUntil").asString()).isEqualTo("2019-07-15");
		JsonNode ended = json(over);
		assertThat(ended.get("period").get("partial").asBoolean()).isFalse();
		assertThat(ended.get("period").get("dataUntil").isNull()).isTrue();
		// the title block of the PDF's first page and of the workbook's overview
		assertThat(flat(pdfFirstPage(zh, "partial.pdf"))).contains("截至7月15日，本月尚未结束，数字不完整");
		assertThat(flat(pdfFirstPage(en, "partial-en.pdf")))
			.contains("Figuresto15July:themonthisnotoveryetanditsfiguresarepartial");
		assertThat(flat(pdfFirstPage(over, "over.pdf"))).doesNotContain("尚未结束");
		assertThat(overviewTitleBlock(zh, "partial.xlsx")).contains("截至7月15日，本月尚未结束，数字不完整");
		assertThat(overviewTitleBlock(over, "over.xlsx")).noneMatch((line) -> line.contains("尚未结束"));
	}

	@Test
	void aQuarterNotOverSaysTheQuarter() {
		// given
		OffsetDateTime august20 = OffsetDateTime.of(2019, 8, 20, 10, 0, 0, 0, ZoneOffset.ofHours(8));
		// when
		ReportModel model = builder.build(input(ReportLanguage.ZH, august20, List.of(event("推介会", "2019-07-10")),
				List.of(), List.of(), List.of()), Period.parse("2019-Q3"));
		// then
		assertThat(new CoverageNotes(ReportLabels.of(model)).partial(model.heading()))
			.isEqualTo("截至8月20日，本季度尚未结束，数字不完整");
	}

	@Test
	void aRejectedRowOfAComparedPeriodIsNamedBesideTheComparison() throws IOException {
		// given: a June 推介会 whose date could not be read, a July 2018 project likewise,
		// and a row rejected for its attendees, whose month the store does not keep
		List<PromotionEvent> events = List.of(event("推介会", "2018-01-10"), event("座谈会", "2019-07-07"));
		List<SheetQuality> sheets = List.of(new SheetQuality("f.xlsx", "招商活动", "events", 4, 2, 2),
				new SheetQuality("f.xlsx", "签约项目", "projects", 2, 1, 1));
		List<Reject> rejects = List.of(new Reject("f.xlsx", "招商活动", 25, "开始日期", "2019年6月下旬", "日期无法识别：2019年6月下旬"),
				new Reject("f.xlsx", "招商活动", 26, "参会人数", "很多", "人数无法识别：很多"),
				new Reject("f.xlsx", "签约项目", 7, "签约日期", "2018.7月底", "日期无法识别：2018.7月底"));
		// when
		ReportModel zh = build(ReportLanguage.ZH, AUGUST_2, events, List.of(), sheets, rejects);
		ReportModel en = build(ReportLanguage.EN, AUGUST_2, events, List.of(), sheets, rejects);
		// then
		assertThat(zh.dataQuality().comparedRejects()).containsExactly(new ComparedReject("previousMonth", "events", 1),
				new ComparedReject("sameMonthLastYear", "projects", 1));
		assertThat(new CoverageNotes(ReportLabels.of(zh)).headline(zh)).containsExactly("上月有1行活动台账被拒收，未计入上月数。",
				"上年同月有1行签约项目台账被拒收，未计入上年同月数。");
		assertThat(new CoverageNotes(ReportLabels.of(en)).headline(en)).containsExactly(
				"Previous month: 1 row of the events ledger was rejected and is not counted.",
				"Same month last year: 1 row of the signed-projects ledger was rejected and is not counted.");
		JsonNode json = json(zh);
		JsonNode compared = json.get("dataQuality").get("comparedRejects");
		assertThat(compared.get(0).get("comparison").asString()).isEqualTo("previousMonth");
		assertThat(compared.get(0).get("kind").asString()).isEqualTo("events");
		assertThat(compared.get(0).get("rows").asLong()).isEqualTo(1);
		assertThat(json.get("kpiNotes").get(0).asString()).isEqualTo("上月有1行活动台账被拒收，未计入上月数。");
		// on the PDF's first page, under the KPI table
		assertThat(flat(pdfFirstPage(zh, "rejects.pdf"))).contains("上月有1行活动台账被拒收，未计入上月数。");
	}

	@Test
	void aRejectedDateStillNamesItsMonthWhenItGivesOne() {
		assertThat(RejectedInComparisons.month(new RejectedCell("events", "开始日期", "2019年6月下旬", null)))
			.contains(YearMonth.of(2019, 6));
		assertThat(RejectedInComparisons.month(new RejectedCell("events", "start_date", "2019/06 end", null)))
			.contains(YearMonth.of(2019, 6));
		assertThat(RejectedInComparisons.month(new RejectedCell("projects", "签约时间", "约2019-11", null)))
			.contains(YearMonth.of(2019, 11));
		assertThat(RejectedInComparisons.month(new RejectedCell("projects", "签约日期", "七月底", null))).isEmpty();
		assertThat(RejectedInComparisons.month(new RejectedCell("projects", "签约日期", "2019年13月", null))).isEmpty();
		assertThat(RejectedInComparisons.month(new RejectedCell("projects", "签约日期", null, null))).isEmpty();
		// a date column other than the row's own day says nothing of the row's month
		assertThat(RejectedInComparisons.month(new RejectedCell("projects", "开工日期", "2019年6月下旬", null))).isEmpty();
		assertThat(RejectedInComparisons.month(new RejectedCell("events", "参会人数", "2019年6月", null)))
			.isEqualTo(Optional.empty());
		// a row rejected for another cell, whose own date the import read (issue 22)
		assertThat(RejectedInComparisons.month(new RejectedCell("events", "参会人数", "很多", "2019-06")))
			.contains(YearMonth.of(2019, 6));
	}

	@Test
	void fundsOfASourceNoProjectReportsAreUnknownWithTheCountOfThoseReporting() {
		// given: two 深圳 investors, one reporting funds; one 烟台 investor (市内) reporting
		// none
		List<SignedProject> projects = List.of(
				project("a", "2019-07-28", "5000").toBuilder()
					.investorOriginCode("440300")
					.fundsArrivedWan(new BigDecimal("3000"))
					.build(),
				project("b", "2019-07-28", "5000").toBuilder().investorOriginCode("440300").build(),
				project("c", "2019-07-28", "5000").toBuilder().investorOriginCode("370600").build());
		// when
		FundsArrived funds = build(ReportLanguage.ZH, AUGUST_2, List.of(), projects, List.of(), List.of()).funds();
		// then
		assertThat(funds.bySource()).extracting(FundsSource::kind)
			.containsExactly(FundsSourceKind.OUTSIDE_PROVINCE, FundsSourceKind.WITHIN_CITY);
		FundsSource outside = funds.bySource().get(0);
		assertThat(outside.projects()).isEqualTo(2);
		assertThat(outside.reporting()).isEqualTo(1);
		assertThat(outside.amountWan()).isEqualByComparingTo("3000");
		FundsSource within = funds.bySource().get(1);
		assertThat(within.projects()).isEqualTo(1);
		assertThat(within.reporting()).isZero();
		assertThat(within.amountWan()).isNull();
		assertThat(within.sharePercent()).isNull();
	}

	@Test
	void theListsShowTheProjectsAsTheyStoodAtThePeriodsEnd() {
		// given: signed in July, started in September, in production in October 2019
		SignedProject later = project("a", "2019-07-10", "20000").toBuilder()
			.status(ProjectStatus.IN_PRODUCTION)
			.constructionDate(LocalDate.of(2019, 9, 1))
			.productionDate(LocalDate.of(2019, 10, 26))
			.build();
		SignedProject started = project("b", "2019-07-12", "30000").toBuilder()
			.status(ProjectStatus.UNDER_CONSTRUCTION)
			.constructionDate(LocalDate.of(2019, 7, 20))
			.build();
		// when
		ReportModel model = build(ReportLanguage.ZH, AUGUST_2, List.of(), List.of(later, started), List.of(),
				List.of());
		// then: the July report knows neither date of a, and b only as started
		List<ProjectListing> listed = model.listings().projects().first(10);
		assertThat(listed)
			.extracting((p) -> p.project().name() + " " + p.project().status() + " " + p.project().constructionDate()
					+ " " + p.project().productionDate())
			.containsExactlyInAnyOrder("项目a SIGNED null null", "项目b UNDER_CONSTRUCTION 2019-07-20 null");
		List<KeyProject> key = model.rankings().keyProjects().first(10);
		assertThat(key)
			.extracting((p) -> p.name() + " " + p.status() + " " + p.constructionDate() + " " + p.productionDate())
			.containsExactlyInAnyOrder("项目a SIGNED null null", "项目b UNDER_CONSTRUCTION 2019-07-20 null");
	}

	private static ReportModel build(ReportLanguage language, OffsetDateTime generatedAt, List<PromotionEvent> events,
			List<SignedProject> projects, List<SheetQuality> sheets, List<Reject> rejects) {
		return builder.build(input(language, generatedAt, events, projects, sheets, rejects));
	}

	private static StoredReports.Input input(ReportLanguage language, OffsetDateTime generatedAt,
			List<PromotionEvent> events, List<SignedProject> projects, List<SheetQuality> sheets,
			List<Reject> rejects) {
		return new StoredReports.Input(JULY, regions.byCode("370685").orElseThrow(), language, generatedAt, events,
				projects, sheets, rejects, List.of(), List.of());
	}

	private static PromotionEvent event(String name, String date) {
		return PromotionEvents.builder(name + date, date, "370685").attendees(50).build();
	}

	private static SignedProject project(String key, String date, String amount) {
		return SignedProjects.builder(key, date, "370685", amount).investor("投资方" + key).build();
	}

	private JsonNode json(ReportModel model) throws IOException {
		Path file = this.dir.resolve("report-" + System.nanoTime() + ".json");
		new JsonReportRenderer().render(model, file);
		return JSON.readTree(file.toFile());
	}

	private String pdfText(ReportModel model, String name) throws IOException {
		Path file = this.dir.resolve(name);
		new PdfReportRenderer(new CjkFont()).render(model, file);
		try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
			return new PDFTextStripper().getText(pdf);
		}
	}

	private String pdfFirstPage(ReportModel model, String name) throws IOException {
		Path file = this.dir.resolve(name);
		new PdfReportRenderer(new CjkFont()).render(model, file);
		try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setEndPage(1);
			return stripper.getText(pdf);
		}
	}

	/** The overview's first rows: title, scope, period, time and the line below them. */
	private List<String> overviewTitleBlock(ReportModel model, String name) throws IOException {
		Path file = this.dir.resolve(name);
		new WorkbookRenderer().render(model, file);
		try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
			var sheet = workbook.getSheet("总览");
			return java.util.stream.IntStream.rangeClosed(0, 4)
				.mapToObj(sheet::getRow)
				.filter(java.util.Objects::nonNull)
				.map((row) -> row.getCell(0))
				.filter(java.util.Objects::nonNull)
				.map((cell) -> cell.getStringCellValue())
				.toList();
		}
		catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException ex) {
			throw new IOException(ex);
		}
	}

	private static String flat(String text) {
		return text.replaceAll("\\s+", "");
	}

}
