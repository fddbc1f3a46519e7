package cn.investpromo.report.excel;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.Row;
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
import org.openxmlformats.schemas.drawingml.x2006.chart.STDispBlanksAs;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTOverlap;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDLblPos;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextBody;
import org.openxmlformats.schemas.drawingml.x2006.main.STTextWrappingType;

import cn.investpromo.report.ChartData;
import cn.investpromo.report.ChartPalette;
import cn.investpromo.report.ReportLabels;
import cn.investpromo.report.excel.Table.Placement;

/**
 * The overview's native Excel charts. The trend's series point at the trend sheet, the
 * others at the hidden chart data sheet, which holds the rows the PDF's charts draw, so a
 * clerk can restyle or extend them in Excel. Every chart is sized to print whole on a
 * landscape page, at the sheet's fit-to-width scale.
 */
final class OverviewCharts {

	private static final int TREND_ROWS = 20;

	/** Rows a region bar chart needs besides its bars: title, axis and margins. */
	private static final int BAR_CHART_FRAME_ROWS = 8;

	/** Points a bar chart needs for its title, axis and legend. */
	private static final double FRAME_POINTS = 90;

	/**
	 * Points a bar needs at least, so that its 8-point label never overlaps the next one.
	 */
	private static final double BAR_POINTS = 11;

	/** Rows kept for a note under a chart: it may wrap onto a second line. */
	private static final int NOTE_ROWS = 2;

	/**
	 * Above this many regions, or names this wide, the landing chart takes the page's
	 * width.
	 */
	private static final int WIDE_CHART_REGIONS = 12;

	private static final int WIDE_CHART_NAME_UNITS = 24;

	/**
	 * Category labels a size smaller than the chart's text, so dozens of regions stay
	 * readable.
	 */
	private static final double CATEGORY_FONT_POINTS = 8;

	/**
	 * Share of a printed page's height the charts plan for: viewers round scales and row
	 * heights differently.
	 */
	private static final double PAGE_SLACK = 0.95;

	/** A4 in points. */
	private static final double A4_LONG_SIDE = 841.9;

	private static final double A4_SHORT_SIDE = 595.3;

	/**
	 * Which items each chart shows, with their colours: the model's chart-data section,
	 * which the PDF draws too.
	 */
	private final ChartData charts;

	private final XSSFSheet overview;

	private final SheetWriter writer;

	private final ReportLabels labels;

	private final Words words;

	/** Rows of the overview a printed page holds. */
	private int pageRows;

	/** The first row of the current printed page. */
	private int pageStart;

	/** The row the next block of charts may start at. */
	private int next;

	OverviewCharts(SheetWriter writer, Words words, ChartData charts) {
		this.charts = charts;
		this.overview = (XSSFSheet) writer.sheet();
		this.writer = writer;
		this.labels = writer.labels();
		this.words = words;
	}

	/**
	 * Draws the trend across the sheet from {@code firstRow} (the row after the charts'
	 * heading, which starts a printed page), then region bars and the industry pie side
	 * by side, then landing progress and funds by source. A block that would be cut by
	 * the end of a page starts the next one. A chart without data is a line saying so, as
	 * in the PDF; the funds pie of a scope not split by source is left out, as in the
	 * PDF.
	 */
	void draw(ChartDataSheet.Sources sources, int firstRow, int columns) {
		XSSFDrawing drawing = this.overview.createDrawingPatriarch();
		this.pageRows = pageRows(columns);
		this.pageStart = firstRow - 1;
		this.next = firstRow;
		int half = columns / 2;
		// the tallest chart that prints whole: the page less the gap row above it and the
		// note below it
		int tallest = this.pageRows - 2 - NOTE_ROWS;

		if (sources.trend().rows().empty()) {
			noData(place(1), 0, "chart.trend");
		}
		else {
			int top = place(TREND_ROWS);
			trend(drawing, anchor(drawing, 0, top, columns, top + TREND_ROWS), sources.trend());
		}

		Source regions = sources.byRegion();
		Source industries = sources.byIndustry();
		// a chart of one bar or slice is the chart data's sentence instead, as in the PDF
		boolean noRegions = regions.rows().empty() || this.charts.byRegion().sentence() != null;
		boolean noIndustries = industries.rows().empty() || this.charts.byIndustry().sentence() != null;
		int pieRows = noIndustries ? 1 : TREND_ROWS;
		// the row of the first region chart, or of the line saying there is none
		int top = noRegions ? place(pieRows) : -1;
		if (noRegions) {
			line(top, 0, this.charts.byRegion());
		}
		List<Source> regionParts = noRegions ? List.of() : parts(regions, tallest);
		// split charts share one scale, so that bars compare across them
		@Nullable Double regionScale = (regionParts.size() > 1) ? scale(regions, ChartDataSheet.AMOUNT, 1) : null;
		for (int i = 0; i < regionParts.size(); i++) {
			Source part = regionParts.get(i);
			int rows = barRows(part, tallest);
			boolean last = i == regionParts.size() - 1;
			int block = rows + ((last && sources.byRegionNote() != null) ? NOTE_ROWS : 0);
			// the industry pie stands beside the first part
			int partTop = place((i == 0) ? Math.max(block, pieRows) : block);
			top = (i == 0) ? partTop : top;
			byRegion(drawing, anchor(drawing, 0, partTop, half + 1, partTop + rows), part,
					title("chart.byRegion", i, regionParts.size()), regionScale);
			if (last) {
				note(partTop + rows, 0, half, sources.byRegionNote());
			}
		}
		if (noIndustries) {
			line(top, half + 1, this.charts.byIndustry());
		}
		else {
			industryMix(drawing, anchor(drawing, half + 1, top, columns, top + TREND_ROWS), industries);
		}

		Source landing = sources.landing();
		Source funds = sources.fundsArrived();
		// many or long region names take the page's width, and the pie goes below
		boolean wide = count(landing) > WIDE_CHART_REGIONS || longestName(landing) > WIDE_CHART_NAME_UNITS;
		boolean fundsSentence = this.charts.fundsArrived().sentence() != null;
		int fundsRows = (funds.rows().empty() || fundsSentence) ? 1 : TREND_ROWS;
		// the row of the first landing chart, or of the line saying there is none
		top = landing.rows().empty() ? place(fundsRows) : -1;
		if (landing.rows().empty()) {
			noData(top, 0, "chart.landing");
		}
		List<Source> landingParts = parts(landing, tallest);
		@Nullable Double landingScale = (landingParts.size() > 1)
				? scale(landing, ChartDataSheet.LANDING_SIGNED, ChartDataSheet.LANDING_STATUSES) : null;
		for (int i = 0; i < landingParts.size(); i++) {
			Source part = landingParts.get(i);
			int rows = barRows(part, tallest);
			boolean last = i == landingParts.size() - 1;
			int block = rows + ((last && sources.landingNote() != null) ? NOTE_ROWS : 0);
			int partTop = place((i == 0 && !wide) ? Math.max(block, fundsRows) : block);
			top = (i == 0) ? partTop : top;
			landing(drawing, anchor(drawing, 0, partTop, wide ? columns : half + 1, partTop + rows), part,
					title("chart.landing", i, landingParts.size()), landingScale);
			if (last) {
				note(partTop + rows, 0, wide ? columns - 1 : half, sources.landingNote());
			}
		}
		if (fundsSentence) {
			line((wide && !landing.rows().empty()) ? place(fundsRows) : top, wide ? 0 : half + 1,
					this.charts.fundsArrived());
		}
		else if (!funds.rows().empty()) {
			int fundsRow = (wide && !landing.rows().empty()) ? place(fundsRows) : top;
			fundsArrived(drawing,
					anchor(drawing, wide ? 0 : half + 1, fundsRow, wide ? half + 1 : columns, fundsRow + TREND_ROWS),
					funds);
		}
	}

	/**
	 * The rows of a bar chart split into charts that each print whole on a page with room
	 * for every label, in their order; none when there are no rows.
	 */
	private List<Source> parts(Source source, int tallest) {
		int count = count(source);
		double height = tallest * this.overview.getDefaultRowHeightInPoints();
		int capacity = Math.max(1, (int) ((height - FRAME_POINTS) / BAR_POINTS));
		int parts = (count + capacity - 1) / capacity;
		List<Source> split = new ArrayList<>();
		Placement rows = source.rows();
		for (int i = 0; i < parts; i++) {
			// as even as the rows allow: 33 regions are 17 and 16, not 30 and 3
			int first = rows.firstDataRow() + i * count / parts;
			int last = rows.firstDataRow() + (i + 1) * count / parts - 1;
			split.add(new Source(source.sheet(), new Placement(rows.headerRow(), first, last, rows.nextRow())));
		}
		return split;
	}

	/**
	 * A bar chart's height: a row per bar and its frame, as tall as the pie beside it,
	 * never beyond the page.
	 */
	private static int barRows(Source part, int tallest) {
		return Math.min(tallest, Math.max(TREND_ROWS, count(part) + BAR_CHART_FRAME_ROWS));
	}

	/**
	 * The end of a value axis that fits the longest bar of all the rows: 1, 2, 2.5 or 5
	 * times a power of ten, a little beyond the bar (a bar's length is the sum of
	 * {@code columns} columns from {@code firstColumn}).
	 */
	private static double scale(Source source, int firstColumn, int columns) {
		double longest = 0;
		for (int r = source.rows().firstDataRow(); r <= source.rows().lastDataRow(); r++) {
			double length = 0;
			for (int c = firstColumn; c < firstColumn + columns; c++) {
				length += source.sheet().getRow(r).getCell(c).getNumericCellValue();
			}
			longest = Math.max(longest, length);
		}
		double wanted = Math.max(longest * 1.05, 1);
		double power = Math.pow(10, Math.floor(Math.log10(wanted)));
		for (double step : new double[] { 1, 2, 2.5, 5 }) {
			if (step * power >= wanted) {
				return step * power;
			}
		}
		return 10 * power;
	}

	/** A chart's title, numbered when its bars are split over several charts. */
	private String title(String key, int part, int parts) {
		String title = this.labels.get(key);
		return (parts == 1) ? title
				: this.words.format("chart.part", title, String.valueOf(part + 1), String.valueOf(parts));
	}

	/**
	 * The rows of the overview one printed page holds below the repeated title row: the
	 * page is landscape A4 within the sheet's margins, scaled down when the sheet is
	 * wider than the page (fit to width).
	 */
	private int pageRows(int columns) {
		double widthPoints = 0;
		for (int c = 0; c < columns; c++) {
			widthPoints += this.overview.getColumnWidthInPixels(c) * 0.75;
		}
		double pageWidth = A4_LONG_SIDE
				- 72 * (this.overview.getMargin(PageMargin.LEFT) + this.overview.getMargin(PageMargin.RIGHT));
		double pageHeight = A4_SHORT_SIDE
				- 72 * (this.overview.getMargin(PageMargin.TOP) + this.overview.getMargin(PageMargin.BOTTOM));
		double scale = Math.min(1, pageWidth / widthPoints);
		float titlePoints = this.overview.getRow(0).getHeightInPoints();
		return (int) (PAGE_SLACK * (pageHeight / scale - titlePoints) / this.overview.getDefaultRowHeightInPoints());
	}

	/**
	 * The first row of a block {@code rows} high, one row below the last block; when it
	 * would be cut by the end of the printed page, the page breaks after the last block
	 * and the block starts one row further down, since a chart's frame on the page
	 * boundary would also print as a stray line on the page before.
	 */
	private int place(int rows) {
		if (this.next + rows - this.pageStart > this.pageRows && this.next > this.pageStart + 1) {
			this.overview.setRowBreak(this.next - 1);
			this.pageStart = this.next;
			this.next++;
		}
		int top = this.next;
		this.next += rows + 1;
		return top;
	}

	/**
	 * The note under a chart, such as which regions it leaves out, across the chart's
	 * columns.
	 */
	private void note(int rowIndex, int firstColumn, int lastColumn, @Nullable String text) {
		if (text == null) {
			return;
		}
		Row row = this.writer.row(rowIndex);
		this.writer.text(row, firstColumn, text, this.writer.styles().note);
		if (lastColumn > firstColumn) {
			this.overview.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, firstColumn, lastColumn));
		}
		this.writer.fitHeight(row, text, firstColumn, lastColumn);
	}

	/**
	 * In place of a chart without any figure, its title and "no data", as the PDF shows
	 * it.
	 */
	/**
	 * The line in place of a chart: its sentence when it has one item, else that it has
	 * no data.
	 */
	private void line(int rowIndex, int column, ChartData.Chart chart) {
		if (chart.sentence() == null) {
			noData(rowIndex, column, chart.titleKey());
			return;
		}
		this.writer.text(this.writer.row(rowIndex), column, chart.sentence(), this.writer.styles().meta);
	}

	private void noData(int rowIndex, int column, String titleKey) {
		this.writer.text(this.writer.row(rowIndex), column,
				this.words.format("chart.noData", this.labels.get(titleKey), this.labels.get("report.noData")),
				this.writer.styles().meta);
	}

	private static int count(Source source) {
		return source.rows().lastDataRow() - source.rows().firstDataRow() + 1;
	}

	/** The widest region name of the landing chart, in character units. */
	private static int longestName(Source source) {
		int widest = 0;
		for (int r = source.rows().firstDataRow(); r <= source.rows().lastDataRow(); r++) {
			String name = source.sheet().getRow(r).getCell(ChartDataSheet.NAME).getStringCellValue();
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

	private void byRegion(XSSFDrawing drawing, XSSFClientAnchor anchor, Source source, String title,
			@Nullable Double scale) {
		XSSFChart chart = drawing.createChart(anchor);
		XDDFBarChartData bars = regionBars(chart, title, this.labels.get("column.amountYi"), scale);
		XDDFChartData.Series series = bars.addSeries(categories(source, ChartDataSheet.NAME),
				values(source, ChartDataSheet.AMOUNT));
		series.setTitle(this.labels.get("column.amountYi"), header(source, ChartDataSheet.AMOUNT));
		series.setFillProperties(rgb(this.charts.byRegion().series().get(0).rgb()));
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
	private void landing(XSSFDrawing drawing, XSSFClientAnchor anchor, Source source, String title,
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
			series.setFillProperties(rgb(this.charts.landing().series().get(i).rgb()));
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

	/** Funds arrived by source as a pie with each slice's share. */
	private void fundsArrived(XSSFDrawing drawing, XSSFClientAnchor anchor, Source source) {
		pie(drawing, anchor, source, this.charts.fundsArrived(), this.labels.get("column.fundsYi"));
	}

	private void industryMix(XSSFDrawing drawing, XSSFClientAnchor anchor, Source source) {
		pie(drawing, anchor, source, this.charts.byIndustry(), this.labels.get("column.amountYi"));
	}

	/**
	 * A pie of {@code drawn}'s slices, in its colours, read from the chart-data sheet's
	 * name and amount columns.
	 */
	private void pie(XSSFDrawing drawing, XSSFClientAnchor anchor, Source source, ChartData.Chart drawn,
			String seriesTitle) {
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
