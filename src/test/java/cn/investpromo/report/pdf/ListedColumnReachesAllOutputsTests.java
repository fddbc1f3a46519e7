package cn.investpromo.report.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.investpromo.report.EventListing;
import cn.investpromo.report.ListedColumn;
import cn.investpromo.report.ListedColumn.Format;
import cn.investpromo.report.PeriodListings;
import cn.investpromo.report.ProjectListing;
import cn.investpromo.report.ReportLabels;
import cn.investpromo.report.ReportLanguage;
import cn.investpromo.report.ReportModel;
import cn.investpromo.report.ReportModelFixtures;
import cn.investpromo.report.excel.WorkbookRenderer;
import cn.investpromo.report.json.JsonReportRenderer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 20: one more column declared in the model's project list reaches the JSON, the
 * workbook and the PDF, with its header and its value in every row; none of the three
 * names the list's columns itself.
 */
class ListedColumnReachesAllOutputsTests {

	private static final CjkFont FONT = new CjkFont();

	/** A column no renderer knows: a code made from the ledger id ("RC01" …). */
	private static final ListedColumn<ProjectListing> REGISTRATION = ListedColumn
		.<ProjectListing>of("registration", "column.fundsSource", Format.TEXT, (p, en) -> (p.project().id() != null)
				? "RC" + p.project().id().substring(p.project().id().length() - 2) : null)
		.printed(40);

	private static final List<String> VALUES = List.of("RC01", "RC02", "RC03", "RC04");

	@TempDir
	Path dir;

	@Test
	void theJsonHasTheFieldInEveryProjectAfterTheDeclaredOnes() throws IOException {
		Path target = this.dir.resolve("report.json");
		new JsonReportRenderer().render(model(ReportLanguage.ZH), target);
		JsonNode projects = JsonMapper.builder().build().readTree(target.toFile()).get("projects");
		List<String> values = new ArrayList<>();
		for (JsonNode project : projects) {
			List<String> names = new ArrayList<>(project.propertyNames());
			assertThat(names).endsWith("notes", "investorTags", "contractedFdiUsdWan", "investorCountry",
					"registration");
			values.add(project.get("registration").asString());
		}
		assertThat(values).containsExactlyElementsOf(VALUES);
	}

	@Test
	void theWorkbookHasTheColumnAfterTheDeclaredOnes() throws IOException {
		ReportLabels labels = ReportLabels.of(ReportLanguage.EN);
		Path target = this.dir.resolve("report.xlsx");
		new WorkbookRenderer().render(model(ReportLanguage.EN), target);
		try (InputStream in = Files.newInputStream(target); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			Sheet sheet = workbook.getSheet(labels.get("sheet.projects"));
			// row 0 is the title, row 1 the header
			Row header = sheet.getRow(1);
			int columns = ProjectListing.COLUMNS.listed().size() + 1;
			assertThat(header.getLastCellNum()).isEqualTo((short) columns);
			// a header wraps before its bracket, as 协议投资额（亿元） does
			assertThat(header.getCell(columns - 2).getStringCellValue().replaceAll("\\s+", " "))
				.isEqualTo(labels.get("column.investorCountry"));
			assertThat(header.getCell(columns - 1).getStringCellValue()).isEqualTo("Source");
			List<String> values = new ArrayList<>();
			for (int r = 2; r <= sheet.getLastRowNum(); r++) {
				Cell cell = sheet.getRow(r).getCell(columns - 1);
				values.add(cell.getStringCellValue());
			}
			assertThat(values).containsExactlyElementsOf(VALUES);
		}
	}

	@Test
	void thePdfPrintsTheColumnInTheProjectList() throws IOException {
		Path target = this.dir.resolve("report.pdf");
		new PdfReportRenderer(FONT).render(model(ReportLanguage.ZH), target);
		try (PDDocument pdf = Loader.loadPDF(target.toFile())) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			// headings and wrapped cells break lines; the order of the words stays
			String text = stripper.getText(pdf).replaceAll("\\s", "");
			String list = text.substring(text.lastIndexOf("本月签约项目"));
			// the header wraps in its narrow column: 资金 above 来源
			String header = list.substring(0, list.indexOf("中德新材料产业园项目"));
			assertThat(header).contains("资金", "来源");
			// each project's row carries its value, before the amount printed last
			// RC04 is a 战略合作协议 without an amount: 未约定, not 未填 (issue 22)
			assertThat(list).containsSubsequence("RC01", "15.00", "RC02", "2.50", "RC03", "1.00", "RC04", "未约定");
		}
		try (PDDocument plain = Loader.loadPDF(render(ReportModelFixtures.zhaoyuan(ReportLanguage.ZH)).toFile())) {
			assertThat(new PDFTextStripper().getText(plain)).doesNotContain("RC01");
		}
	}

	private Path render(ReportModel model) throws IOException {
		Path target = this.dir.resolve("plain.pdf");
		new PdfReportRenderer(FONT).render(model, target);
		return target;
	}

	private static ReportModel model(ReportLanguage language) {
		ReportModel base = ReportModelFixtures.zhaoyuan(language);
		return ReportModelFixtures.edit(base, (e) -> e.listings = new PeriodListings(base.listings().events(),
				base.listings().projects(), EventListing.COLUMNS, ProjectListing.COLUMNS.with(REGISTRATION)));
	}

}
