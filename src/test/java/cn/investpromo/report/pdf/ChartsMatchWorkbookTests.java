package cn.investpromo.report.pdf;

import java.awt.Color;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PiePlot;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTAxDataSource;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarChart;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTPieChart;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTPieSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTPlotArea;
import org.openxmlformats.schemas.drawingml.x2006.main.CTShapeProperties;

import cn.investpromo.report.ChartData;
import cn.investpromo.report.ReportLabels;
import cn.investpromo.report.ReportLanguage;
import cn.investpromo.report.ReportModel;
import cn.investpromo.report.ReportModelFixtures;
import cn.investpromo.report.excel.WorkbookRenderer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PDF's charts and the workbook's overview charts of one report show the same items,
 * in the same order and colours (issue 8): the PDF's chart datasets and paints, and the
 * workbook's chart XML with the cells its series read, are compared with the model's
 * chart-data section.
 */
class ChartsMatchWorkbookTests {

	@TempDir
	Path work;

	@Test
	void regionIndustryLandingAndFundsChartsShowTheSameItemsInTheSameColours() throws Exception {
		// given
		ReportModel model = ReportModelFixtures.zhaoyuan(ReportLanguage.ZH);
		ChartData data = model.charts();
		Charts pdf = new Charts(new ChartStyle(new CjkFont()), new PdfLabels(model));
		Path xlsx = this.work.resolve("r.xlsx");
		// when
		new WorkbookRenderer().render(model, xlsx);
		// then
		assertThat(data.byRegion().items()).isNotEmpty();
		assertThat(data.landing().items()).hasSizeGreaterThan(1);
		assertThat(data.byIndustry().items()).hasSizeGreaterThan(1);
		try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			ReportLabels labels = ReportLabels.of(model);
			XSSFSheet overview = workbook.getSheetAt(0);
			List<XSSFChart> charts = overview.getDrawingPatriarch().getCharts();

			// bars by region: one series, the same regions in the same order and colour
			JFreeChart regions = pdf.draw(model, ChartData.Kind.BY_REGION).chart();
			CTBarChart regionBars = plot(chart(charts, labels.get("chart.byRegion"))).getBarChartArray(0);
			assertThat(categoryLabels(regions)).containsExactlyElementsOf(labels(data.byRegion()))
				.containsExactlyElementsOf(cells(workbook, regionBars.getSerArray(0).getCat()));
			assertThat(seriesPaint(regions, 0)).isEqualTo(data.byRegion().series().get(0).rgb())
				.isEqualTo(rgb(regionBars.getSerArray(0).getSpPr()));

			// landing: four status series, 已投产 and 已终止 in the same colours in both
			JFreeChart landing = pdf.landing(model).chart();
			CTBarChart landingBars = plot(chart(charts, labels.get("chart.landing"))).getBarChartArray(0);
			assertThat(categoryLabels(landing)).containsExactlyElementsOf(labels(data.landing()))
				.containsExactlyElementsOf(cells(workbook, landingBars.getSerArray(0).getCat()));
			assertThat(landingBars.getSerArray()).hasSize(4);
			for (int i = 0; i < 4; i++) {
				CTBarSer series = landingBars.getSerArray(i);
				assertThat(seriesPaint(landing, i)).as("landing series " + i)
					.isEqualTo(data.landing().series().get(i).rgb())
					.isEqualTo(rgb(series.getSpPr()));
			}

			// industry mix: the same slices in the same order and colours
			pie(pdf.draw(model, ChartData.Kind.BY_INDUSTRY).chart(), data.byIndustry(),
					chart(charts, labels.get("chart.byIndustry")), workbook);

			// funds arrived by source: the same four slices in the same order and colours
			assertThat(data.fundsArrived().items()).hasSize(4);
			Charts.Drawn funds = pdf.funds(model);
			assertThat(funds).isNotNull();
			pie(funds.chart(), data.fundsArrived(), chart(charts, labels.get("chart.fundsArrived")), workbook);
		}
	}

	@Test
	void bothRenderersDrawTheChartsOfTheOneListOfKinds() throws Exception {
		// given
		ReportModel model = ReportModelFixtures.zhaoyuan(ReportLanguage.ZH);
		Charts pdf = new Charts(new ChartStyle(new CjkFont()), new PdfLabels(model));
		ReportLabels labels = ReportLabels.of(model);
		Path xlsx = this.work.resolve("kinds.xlsx");
		// when
		new WorkbookRenderer().render(model, xlsx);
		List<String> overview = pdf.overview(model).stream().map(Charts.Drawn::titleKey).toList();
		// then: the PDF's charts section walks the list; the workbook draws each kind the
		// list says it draws, and no other
		assertThat(overview).containsExactlyElementsOf(Arrays.stream(ChartData.Kind.values())
			.filter(ChartData.Kind::overview)
			.map(ChartData.Kind::titleKey)
			.toList());
		try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			List<XSSFChart> charts = workbook.getSheetAt(0).getDrawingPatriarch().getCharts();
			for (ChartData.Kind kind : ChartData.Kind.values()) {
				String title = labels.get(kind.titleKey());
				boolean drawn = charts.stream()
					.anyMatch((chart) -> chart.getTitleText() != null
							&& chart.getTitleText().getString().startsWith(title));
				boolean expected = kind.inWorkbook() && model.charts().chart(kind).form() == ChartData.Form.DRAWN;
				assertThat(drawn).as(kind.name()).isEqualTo(expected);
			}
		}
	}

	private static void pie(JFreeChart pdfChart, ChartData.Chart data, XSSFChart workbookChart, XSSFWorkbook workbook) {
		@SuppressWarnings("unchecked")
		PiePlot<Category> plot = (PiePlot<Category>) pdfChart.getPlot();
		List<Category> keys = new ArrayList<>(plot.getDataset().getKeys());
		CTPieChart pie = plot(workbookChart).getPieChartArray(0);
		CTPieSer series = pie.getSerArray(0);
		assertThat(keys.stream().map(Category::code).toList())
			.containsExactlyElementsOf(data.items().stream().map(ChartData.Item::key).toList());
		assertThat(cells(workbook, series.getCat())).containsExactlyElementsOf(labels(data));
		for (int i = 0; i < keys.size(); i++) {
			assertThat(((Color) plot.getSectionPaint(keys.get(i))).getRGB() & 0xFFFFFF).as("slice " + i)
				.isEqualTo(data.items().get(i).rgb())
				.isEqualTo(rgb(series.getDPtArray(i).getSpPr()));
		}
	}

	private static XSSFChart chart(List<XSSFChart> charts, String title) {
		return charts.stream()
			.filter((chart) -> chart.getTitleText() != null && chart.getTitleText().getString().startsWith(title))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no workbook chart titled " + title));
	}

	private static CTPlotArea plot(XSSFChart chart) {
		return chart.getCTChart().getPlotArea();
	}

	private static List<String> labels(ChartData.Chart chart) {
		return chart.items().stream().map(ChartData.Item::label).toList();
	}

	private static List<String> categoryLabels(JFreeChart chart) {
		CategoryDataset dataset = ((CategoryPlot) chart.getPlot()).getDataset();
		List<String> labels = new ArrayList<>();
		for (Object key : dataset.getColumnKeys()) {
			labels.add(((Category) key).label());
		}
		return labels;
	}

	private static int seriesPaint(JFreeChart chart, int series) {
		return ((Color) ((CategoryPlot) chart.getPlot()).getRenderer().getSeriesPaint(series)).getRGB() & 0xFFFFFF;
	}

	private static int rgb(CTShapeProperties shape) {
		byte[] value = shape.getSolidFill().getSrgbClr().getVal();
		return ((value[0] & 0xFF) << 16) | ((value[1] & 0xFF) << 8) | (value[2] & 0xFF);
	}

	/** The texts of the cells a series' categories read, as Excel shows them. */
	private static List<String> cells(XSSFWorkbook workbook, CTAxDataSource categories) {
		String formula = categories.getStrRef().getF();
		AreaReference area = new AreaReference(formula, workbook.getSpreadsheetVersion());
		Sheet sheet = workbook.getSheet(area.getFirstCell().getSheetName());
		List<String> texts = new ArrayList<>();
		for (CellReference cell : area.getAllReferencedCells()) {
			texts.add(sheet.getRow(cell.getRow()).getCell(cell.getCol()).getStringCellValue());
		}
		return texts;
	}

}
