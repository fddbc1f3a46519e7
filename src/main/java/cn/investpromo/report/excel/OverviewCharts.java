package cn.investpromo.report.excel;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFPieChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarChart;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTOverlap;

import cn.investpromo.report.ReportLabels;
import cn.investpromo.report.excel.BreakdownSheets.ChartSources;
import cn.investpromo.report.excel.BreakdownSheets.Source;

/**
 * The overview's native Excel charts. Each series points at the cells of the trend or breakdown sheet, so a
 * clerk can restyle or extend them in Excel.
 */
final class OverviewCharts {

	private static final int TREND_ROWS = 20;

	/** Above this many regions, or names this wide, the landing chart takes the page's width. */
	private static final int WIDE_CHART_REGIONS = 12;

	private static final int WIDE_CHART_NAME_UNITS = 24;

	/** Office's default series colours: LibreOffice draws series without an explicit fill as invisible. */
	private static final int[] PALETTE = { 0x4472C4, 0xED7D31, 0xA5A5A5, 0xFFC000, 0x5B9BD5, 0x70AD47, 0x264478,
			0x9E480E, 0x636363, 0x997300 };

	private final XSSFSheet overview;

	private final ReportLabels labels;

	OverviewCharts(XSSFSheet overview, ReportLabels labels) {
		this.overview = overview;
		this.labels = labels;
	}

	/**
	 * Draws the trend across the sheet from {@code firstRow}, then region bars and the industry pie below it, then
	 * landing progress and funds by source; each pair prints on a page of its own.
	 */
	void draw(ChartSources sources, int firstRow, int columns) {
		XSSFDrawing drawing = this.overview.createDrawingPatriarch();
		int half = columns / 2;
		if (!sources.trend().rows().empty()) {
			trend(drawing, anchor(drawing, 0, firstRow, columns, firstRow + TREND_ROWS), sources.trend());
		}
		// the region and industry charts print on the next page, whole
		int below = nextPage(firstRow + TREND_ROWS);
		Source regions = sources.byRegion();
		// bars for many regions need more height than the pie beside them
		int regionRows = Math.max(TREND_ROWS, regions.rows().lastDataRow() - regions.rows().firstDataRow() + 8);
		if (!regions.rows().empty()) {
			byRegion(drawing, anchor(drawing, 0, below, half + 1, below + regionRows), regions);
		}
		if (!sources.byIndustry().rows().empty()) {
			industryMix(drawing, anchor(drawing, half + 1, below, columns, below + TREND_ROWS), sources.byIndustry());
		}
		// landing progress and funds by source on the page after
		int third = nextPage(below + Math.max(TREND_ROWS, regions.rows().empty() ? 0 : regionRows));
		Source landing = sources.landing();
		int landingCount = landing.rows().lastDataRow() - landing.rows().firstDataRow() + 1;
		int landingRows = Math.max(TREND_ROWS, landingCount + 8);
		// many or long region names take the page's width, and the pie moves to the page after
		boolean wide = landingCount > WIDE_CHART_REGIONS || longestName(landing) > WIDE_CHART_NAME_UNITS;
		if (!landing.rows().empty()) {
			landing(drawing, anchor(drawing, 0, third, wide ? columns : half + 1, third + landingRows), landing);
		}
		int fundsRow = (wide && !landing.rows().empty()) ? nextPage(third + landingRows) : third;
		if (!sources.fundsArrived().rows().empty()) {
			fundsArrived(drawing, anchor(drawing, wide ? 0 : half + 1, fundsRow, wide ? half + 1 : columns,
					fundsRow + TREND_ROWS), sources.fundsArrived());
		}
	}

	/**
	 * Breaks the printed page after {@code lastRow} and returns the row the next charts start at: one row further
	 * down, since a chart's frame on the page boundary would also print as a stray line on the page before.
	 */
	private int nextPage(int lastRow) {
		this.overview.setRowBreak(lastRow);
		return lastRow + 2;
	}

	/** The widest region name of a landing table, in character units. */
	private static int longestName(Source source) {
		int widest = 0;
		for (int r = source.rows().firstDataRow(); r <= source.rows().lastDataRow(); r++) {
			String name = source.sheet().getRow(r).getCell(BreakdownSheets.LANDING_NAME).getStringCellValue();
			widest = Math.max(widest, TextWidth.units(name));
		}
		return widest;
	}

	private static XSSFClientAnchor anchor(XSSFDrawing drawing, int col1, int row1, int col2, int row2) {
		return drawing.createAnchor(0, 0, 0, 0, col1, row1, col2, row2);
	}

	private void trend(XSSFDrawing drawing, XSSFClientAnchor anchor, Source source) {
		XSSFChart chart = drawing.createChart(anchor);
		chart.setTitleText(this.labels.get("chart.trend"));
		chart.setTitleOverlay(false);
		chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
		XDDFCategoryDataSource months = categories(source, BreakdownSheets.TREND_MONTH);

		XDDFCategoryAxis barMonths = chart.createCategoryAxis(AxisPosition.BOTTOM);
		XDDFValueAxis projectsAxis = chart.createValueAxis(AxisPosition.LEFT);
		projectsAxis.crossAxis(barMonths);
		barMonths.crossAxis(projectsAxis);
		XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, barMonths, projectsAxis);
		bars.setBarDirection(BarDirection.COL);
		bars.setVaryColors(false);
		XDDFChartData.Series projects = bars.addSeries(months, values(source, BreakdownSheets.TREND_PROJECTS));
		projects.setTitle(this.labels.get("chart.trend.projects"), header(source, BreakdownSheets.TREND_PROJECTS));
		projects.setFillProperties(fill(0));
		chart.plot(bars);

		// investment on a second value axis at the right, sharing the months
		XDDFCategoryAxis lineMonths = chart.createCategoryAxis(AxisPosition.BOTTOM);
		lineMonths.setVisible(false);
		XDDFValueAxis amountAxis = chart.createValueAxis(AxisPosition.RIGHT);
		amountAxis.setNumberFormat("#,##0");
		amountAxis.setCrosses(AxisCrosses.MAX);
		amountAxis.crossAxis(lineMonths);
		lineMonths.crossAxis(amountAxis);
		XDDFLineChartData lines = (XDDFLineChartData) chart.createData(ChartTypes.LINE, lineMonths, amountAxis);
		lines.setVaryColors(false);
		XDDFLineChartData.Series amount = (XDDFLineChartData.Series) lines.addSeries(months,
				values(source, BreakdownSheets.TREND_AMOUNT));
		amount.setTitle(this.labels.get("chart.trend.amount"), header(source, BreakdownSheets.TREND_AMOUNT));
		amount.setSmooth(false);
		amount.setMarkerStyle(MarkerStyle.CIRCLE);
		XDDFLineProperties line = new XDDFLineProperties(fill(1));
		line.setWidth(2.25);
		amount.setLineProperties(line);
		chart.plot(lines);
	}

	private void byRegion(XSSFDrawing drawing, XSSFClientAnchor anchor, Source source) {
		XSSFChart chart = drawing.createChart(anchor);
		chart.setTitleText(this.labels.get("chart.byRegion"));
		chart.setTitleOverlay(false);
		XDDFCategoryAxis regions = chart.createCategoryAxis(AxisPosition.LEFT);
		// horizontal bars read top-down in the table's order; long region names fit on the left
		regions.setOrientation(AxisOrientation.MAX_MIN);
		XDDFValueAxis amounts = chart.createValueAxis(AxisPosition.BOTTOM);
		amounts.setNumberFormat("#,##0");
		amounts.crossAxis(regions);
		regions.crossAxis(amounts);
		XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, regions, amounts);
		bars.setBarDirection(BarDirection.BAR);
		bars.setVaryColors(false);
		XDDFChartData.Series series = bars.addSeries(categories(source, BreakdownSheets.REGION_NAME),
				values(source, BreakdownSheets.REGION_AMOUNT));
		series.setTitle(this.labels.get("column.amountYi"), header(source, BreakdownSheets.REGION_AMOUNT));
		series.setFillProperties(fill(0));
		chart.plot(bars);
	}

	/** Projects by status, stacked per region: the bar's length is the region's projects of the last 12 months. */
	private void landing(XSSFDrawing drawing, XSSFClientAnchor anchor, Source source) {
		XSSFChart chart = drawing.createChart(anchor);
		chart.setTitleText(this.labels.get("chart.landing"));
		chart.setTitleOverlay(false);
		chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
		XDDFCategoryAxis regions = chart.createCategoryAxis(AxisPosition.LEFT);
		regions.setOrientation(AxisOrientation.MAX_MIN);
		XDDFValueAxis counts = chart.createValueAxis(AxisPosition.BOTTOM);
		counts.setNumberFormat("#,##0");
		counts.crossAxis(regions);
		regions.crossAxis(counts);
		XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, regions, counts);
		bars.setBarDirection(BarDirection.BAR);
		bars.setBarGrouping(BarGrouping.STACKED);
		bars.setVaryColors(false);
		XDDFCategoryDataSource names = categories(source, BreakdownSheets.LANDING_NAME);
		for (int i = 0; i < BreakdownSheets.LANDING_STATUSES; i++) {
			int column = BreakdownSheets.LANDING_SIGNED + i;
			XDDFChartData.Series series = bars.addSeries(names, values(source, column));
			series.setTitle(source.sheet().getRow(source.rows().headerRow()).getCell(column).getStringCellValue(),
					header(source, column));
			series.setFillProperties(fill(i));
		}
		chart.plot(bars);
		// stacked bars must overlap fully, or Excel shifts each series; set through the DOM, since poi-ooxml-lite
		// lacks the schema type XDDFBarChartData.setOverlap needs
		CTBarChart plotted = chart.getCTChart().getPlotArea().getBarChartArray(0);
		CTOverlap overlap = plotted.isSetOverlap() ? plotted.getOverlap() : plotted.addNewOverlap();
		try (XmlCursor cursor = overlap.newCursor()) {
			// attributes go right after the element's start
			cursor.toNextToken();
			cursor.insertAttributeWithValue("val", "100");
		}
	}

	/** Funds arrived by source as a pie with each slice's share. */
	private void fundsArrived(XSSFDrawing drawing, XSSFClientAnchor anchor, Source source) {
		pie(drawing, anchor, source, "chart.fundsArrived", ProgressSheets.FUNDS_SOURCE, ProgressSheets.FUNDS_AMOUNT,
				this.labels.get("column.fundsYi"));
	}

	private void industryMix(XSSFDrawing drawing, XSSFClientAnchor anchor, Source source) {
		pie(drawing, anchor, source, "chart.byIndustry", BreakdownSheets.INDUSTRY_NAME,
				BreakdownSheets.INDUSTRY_AMOUNT, this.labels.get("column.amountYi"));
	}

	private void pie(XSSFDrawing drawing, XSSFClientAnchor anchor, Source source, String titleKey, int nameColumn,
			int valueColumn, String seriesTitle) {
		XSSFChart chart = drawing.createChart(anchor);
		chart.setTitleText(this.labels.get(titleKey));
		chart.setTitleOverlay(false);
		chart.getOrAddLegend().setPosition(LegendPosition.RIGHT);
		XDDFPieChartData pie = (XDDFPieChartData) chart.createData(ChartTypes.PIE, null, null);
		pie.setVaryColors(true);
		XDDFChartData.Series slices = pie.addSeries(categories(source, nameColumn), values(source, valueColumn));
		slices.setTitle(seriesTitle, header(source, valueColumn));
		int count = source.rows().lastDataRow() - source.rows().firstDataRow() + 1;
		for (int i = 0; i < count; i++) {
			slices.getDataPoint(i).setFillProperties(fill(i));
		}
		// the share of each slice on the chart itself; XDDF has no API for data labels yet
		CTDLbls shares = ((XDDFPieChartData.Series) slices).getCTPieSer().addNewDLbls();
		shares.addNewShowPercent().setVal(true);
		shares.addNewShowVal().setVal(false);
		shares.addNewShowCatName().setVal(false);
		shares.addNewShowSerName().setVal(false);
		shares.addNewShowLegendKey().setVal(false);
		shares.addNewShowBubbleSize().setVal(false);
		shares.addNewNumFmt().setFormatCode(Styles.SHARE_FORMAT);
		shares.getNumFmt().setSourceLinked(false);
		chart.plot(pie);
	}

	private static XDDFSolidFillProperties fill(int index) {
		int rgb = PALETTE[index % PALETTE.length];
		return new XDDFSolidFillProperties(
				XDDFColor.from(new byte[] { (byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb }));
	}

	private static XDDFCategoryDataSource categories(Source source, int column) {
		return XDDFDataSourcesFactory.fromStringCellRange((XSSFSheet) source.sheet(), range(source, column));
	}

	private static XDDFNumericalDataSource<Double> values(Source source, int column) {
		return XDDFDataSourcesFactory.fromNumericCellRange((XSSFSheet) source.sheet(), range(source, column));
	}

	/** The data rows of one column, without header and totals row. */
	private static CellRangeAddress range(Source source, int column) {
		return new CellRangeAddress(source.rows().firstDataRow(), source.rows().lastDataRow(), column, column);
	}

	private static CellReference header(Source source, int column) {
		return new CellReference(source.sheet().getSheetName(), source.rows().headerRow(), column, true, true);
	}

}
