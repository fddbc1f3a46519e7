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
import org.jspecify.annotations.Nullable;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarChart;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTChart;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTOverlap;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDLblPos;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDispBlanksAs;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextBody;
import org.openxmlformats.schemas.drawingml.x2006.main.STTextWrappingType;

import cn.investpromo.report.ChartData;
import cn.investpromo.report.ChartPalette;
import cn.investpromo.report.ReportLabels;

/**
 * The workbook's native Excel charts, one shape each: the trend, bars, stacked bars and
 * pies, their series pointing at the rows of a sheet so that a clerk can restyle or
 * extend them in Excel.
 */
final class NativeCharts {

	/**
	 * Category labels a size smaller than the chart's text, so dozens of regions stay
	 * readable.
	 */
	private static final double CATEGORY_FONT_POINTS = 8;

	private final ReportLabels labels;

	NativeCharts(ReportLabels labels) {
		this.labels = labels;
	}

	/**
	 * The trend across the sheet, from the trend sheet: columns of projects, a line of
	 * investment.
	 */
	void trend(XSSFDrawing drawing, XSSFClientAnchor anchor, Source source) {
		XSSFChart chart = drawing.createChart(anchor);
		chart.setTitleText(this.labels.get("chart.trend"));
		chart.setTitleOverlay(false);
		chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
		XDDFCategoryDataSource months = categories(source, BreakdownSheets.TREND_MONTH);

		XDDFCategoryAxis barMonths = chart.createCategoryAxis(AxisPosition.BOTTOM);
		XDDFValueAxis projectsAxis = chart.createValueAxis(AxisPosition.LEFT);
		projectsAxis.setTitle(this.labels.get("column.projects"));
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
		amountAxis.setTitle(this.labels.get("column.amountYi"));
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
		// a month whose projects all lack an amount has an empty cell: a gap in the line,
		// never a zero
		CTChart ct = chart.getCTChart();
		(ct.isSetDispBlanksAs() ? ct.getDispBlanksAs() : ct.addNewDispBlanksAs()).setVal(STDispBlanksAs.GAP);
	}

	/** Bars of one amount per item, its value at its end, in the chart's colour. */
	void bars(XSSFDrawing drawing, XSSFClientAnchor anchor, Source source, ChartData.Chart drawn, String title,
			@Nullable Double scale) {
		XSSFChart chart = drawing.createChart(anchor);
		XDDFBarChartData bars = regionBars(chart, title, this.labels.get("column.amountYi"), scale);
		XDDFChartData.Series series = bars.addSeries(categories(source, ChartDataSheet.NAME),
				values(source, ChartDataSheet.AMOUNT));
		series.setTitle(this.labels.get("column.amountYi"), header(source, ChartDataSheet.AMOUNT));
		series.setFillProperties(rgb(drawn.series().get(0).rgb()));
		// each bar's amount at its end, as in the PDF; XDDF has no API for data labels
		// yet
		CTDLbls values = ((XDDFBarChartData.Series) series).getCTBarSer().addNewDLbls();
		values.addNewNumFmt().setFormatCode("#,##0.00");
		values.getNumFmt().setSourceLinked(false);
		values.addNewDLblPos().setVal(STDLblPos.OUT_END);
		showOnly(values, true, false);
		chart.plot(bars);
	}

	/**
	 * Projects by status, stacked per region: the bar's length is the region's projects
	 * of the last 12 months.
	 */
	void stacked(XSSFDrawing drawing, XSSFClientAnchor anchor, Source source, ChartData.Chart drawn, String title,
			@Nullable Double scale) {
		XSSFChart chart = drawing.createChart(anchor);
		chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
		XDDFBarChartData bars = regionBars(chart, title, this.labels.get("column.projects"), scale);
		bars.setBarGrouping(BarGrouping.STACKED);
		XDDFCategoryDataSource names = categories(source, ChartDataSheet.NAME);
		for (int i = 0; i < ChartDataSheet.LANDING_STATUSES; i++) {
			int column = ChartDataSheet.LANDING_SIGNED + i;
			XDDFChartData.Series series = bars.addSeries(names, values(source, column));
			series.setTitle(source.sheet().getRow(source.rows().headerRow()).getCell(column).getStringCellValue(),
					header(source, column));
			series.setFillProperties(rgb(drawn.series().get(i).rgb()));
		}
		chart.plot(bars);
		// stacked bars must overlap fully, or Excel shifts each series; set through the
		// DOM, since poi-ooxml-lite
		// lacks the schema type XDDFBarChartData.setOverlap needs
		CTBarChart plotted = chart.getCTChart().getPlotArea().getBarChartArray(0);
		CTOverlap overlap = plotted.isSetOverlap() ? plotted.getOverlap() : plotted.addNewOverlap();
		try (XmlCursor cursor = overlap.newCursor()) {
			// attributes go right after the element's start
			cursor.toNextToken();
			cursor.insertAttributeWithValue("val", "100");
		}
	}

	/**
	 * Horizontal bars, one per region: they read top-down in the table's order, long
	 * region names fit on the left, and the value axis sits at the last region, at the
	 * bottom, as in the PDF; parts of one chart share a scale.
	 */
	private static XDDFBarChartData regionBars(XSSFChart chart, String title, String axisTitle,
			@Nullable Double scale) {
		chart.setTitleText(title);
		chart.setTitleOverlay(false);
		XDDFCategoryAxis regions = chart.createCategoryAxis(AxisPosition.LEFT);
		regions.setOrientation(AxisOrientation.MAX_MIN);
		regions.getOrAddTextProperties().setFontSize(CATEGORY_FONT_POINTS);
		XDDFValueAxis values = chart.createValueAxis(AxisPosition.BOTTOM);
		values.setNumberFormat("#,##0");
		// what the bars measure and its unit, as in the PDF
		values.setTitle(axisTitle);
		values.setCrosses(AxisCrosses.MAX);
		if (scale != null) {
			values.setMaximum(scale);
		}
		values.crossAxis(regions);
		regions.crossAxis(values);
		XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, regions, values);
		bars.setBarDirection(BarDirection.BAR);
		bars.setVaryColors(false);
		return bars;
	}

	/**
	 * A pie of {@code drawn}'s slices, in its colours, read from the chart-data sheet's
	 * name and amount columns.
	 */
	void pie(XSSFDrawing drawing, XSSFClientAnchor anchor, Source source, ChartData.Chart drawn) {
		String seriesTitle = drawn.series().get(0).name();
		int nameColumn = ChartDataSheet.NAME;
		int valueColumn = ChartDataSheet.AMOUNT;
		XSSFChart chart = drawing.createChart(anchor);
		chart.setTitleText(this.labels.get(drawn.titleKey()));
		chart.setTitleOverlay(false);
		chart.getOrAddLegend().setPosition(LegendPosition.RIGHT);
		XDDFPieChartData pie = (XDDFPieChartData) chart.createData(ChartTypes.PIE, null, null);
		pie.setVaryColors(true);
		XDDFChartData.Series slices = pie.addSeries(categories(source, nameColumn), values(source, valueColumn));
		slices.setTitle(seriesTitle, header(source, valueColumn));
		int count = source.rows().lastDataRow() - source.rows().firstDataRow() + 1;
		for (int i = 0; i < count; i++) {
			slices.getDataPoint(i).setFillProperties(rgb(drawn.items().get(i).rgb()));
		}
		// the share of each slice on the chart itself; XDDF has no API for data labels
		// yet
		CTDLbls shares = ((XDDFPieChartData.Series) slices).getCTPieSer().addNewDLbls();
		shares.addNewNumFmt().setFormatCode(Styles.SHARE_FORMAT);
		shares.getNumFmt().setSourceLinked(false);
		showOnly(shares, false, true);
		// on one line: LibreOffice otherwise wraps the share of a thin slice into a
		// column of characters
		CTTextBody text = shares.addNewTxPr();
		text.addNewBodyPr().setWrap(STTextWrappingType.NONE);
		text.addNewLstStyle();
		text.addNewP().addNewPPr().addNewDefRPr();
		chart.plot(pie);
	}

	/**
	 * Data labels showing the value or the share alone; the elements follow the schema's
	 * order.
	 */
	private static void showOnly(CTDLbls labels, boolean value, boolean percent) {
		labels.addNewShowLegendKey().setVal(false);
		labels.addNewShowVal().setVal(value);
		labels.addNewShowCatName().setVal(false);
		labels.addNewShowSerName().setVal(false);
		labels.addNewShowPercent().setVal(percent);
		labels.addNewShowBubbleSize().setVal(false);
	}

	/**
	 * A fill in {@link ChartPalette}'s colours: LibreOffice draws series without an
	 * explicit fill as invisible, and the PDF paints the same colours.
	 */
	private static XDDFSolidFillProperties fill(int index) {
		return rgb(ChartPalette.series(index));
	}

	private static XDDFSolidFillProperties rgb(int rgb) {
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
