package cn.investpromo.report.excel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.jspecify.annotations.Nullable;

import cn.investpromo.report.ChartData;
import cn.investpromo.report.ReportLabels;
import cn.investpromo.report.excel.Table.Placement;

/**
 * Where the overview's native Excel charts go. The trend's series point at the trend
 * sheet, the others at the hidden chart data sheet, which holds the rows the PDF's charts
 * draw, so a clerk can restyle or extend them in Excel. Every chart is sized to print
 * whole on a landscape page, at the sheet's fit-to-width scale.
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

	private final NativeCharts drawn;

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
		this.drawn = new NativeCharts(this.labels);
	}

	/**
	 * Draws the charts of {@link ChartData.Kind} the workbook shows, in its order: the
	 * trend across the sheet from {@code firstRow} (the row after the charts' heading,
	 * which starts a printed page), then each bar chart with the pie after it beside it:
	 * region bars and the industry pie, landing progress and funds by source. A block
	 * that would be cut by the end of a page starts the next one. A chart without data is
	 * a line saying so, as in the PDF; the funds pie of a scope not split by source is
	 * left out, as in the PDF.
	 */
	void draw(ChartDataSheet.Sources sources, int firstRow, int columns) {
		XSSFDrawing drawing = this.overview.createDrawingPatriarch();
		this.pageRows = pageRows(columns);
		this.pageStart = firstRow - 1;
		this.next = firstRow;
		List<ChartData.Kind> kinds = Arrays.stream(ChartData.Kind.values()).filter(ChartData.Kind::inWorkbook).toList();
		for (int k = 0; k < kinds.size(); k++) {
			ChartData.Kind kind = kinds.get(k);
			if (kind.shape() == ChartData.Shape.TREND) {
				trend(drawing, sources.of(kind), columns);
			}
			else {
				// a pie stands beside the bar chart before it
				boolean pieNext = k + 1 < kinds.size() && kinds.get(k + 1).shape() == ChartData.Shape.PIE;
				ChartData.@Nullable Chart pie = pieNext ? this.charts.chart(kinds.get(++k)) : null;
				block(drawing, sources, this.charts.chart(kind), pie, columns);
			}
		}
	}

	private void trend(XSSFDrawing drawing, Source trend, int columns) {
		if (trend.rows().empty()) {
			noData(place(1), 0, ChartData.Kind.TREND.titleKey());
		}
		else {
			int top = place(TREND_ROWS);
			this.drawn.trend(drawing, anchor(drawing, 0, top, columns, top + TREND_ROWS), trend);
		}
	}

	/**
	 * A bar chart, split into parts that each print whole, with a pie (if any) beside its
	 * first part; many or long region names of a stacked chart take the page's width, and
	 * the pie goes below. A chart of one bar or slice is the chart data's sentence
	 * instead, as in the PDF.
	 */
	private void block(XSSFDrawing drawing, ChartDataSheet.Sources sources, ChartData.Chart bars,
			ChartData.@Nullable Chart pie, int columns) {
		int half = columns / 2;
		// the tallest chart that prints whole: the page less the gap row above it and the
		// note below it
		int tallest = this.pageRows - 2 - NOTE_ROWS;
		Source barRows = sources.of(bars.kind());
		boolean stacked = bars.kind().shape() == ChartData.Shape.STACKED_BARS;
		boolean wide = stacked && (count(barRows) > WIDE_CHART_REGIONS || longestName(barRows) > WIDE_CHART_NAME_UNITS);
		boolean barsDrawn = bars.form() == ChartData.Form.DRAWN;
		int pieRows = (pie != null && pie.form() == ChartData.Form.DRAWN) ? TREND_ROWS : 1;
		// the row of the first part, or of the line saying there is none
		int top = barsDrawn ? -1 : place(pieRows);
		if (!barsDrawn) {
			line(top, 0, bars);
		}
		List<Source> parts = barsDrawn ? parts(barRows, tallest) : List.of();
		// split charts share one scale, so that bars compare across them
		@Nullable Double scale = (parts.size() > 1)
				? (stacked ? scale(barRows, ChartDataSheet.LANDING_SIGNED, ChartDataSheet.LANDING_STATUSES)
						: scale(barRows, ChartDataSheet.AMOUNT, 1))
				: null;
		String note = sources.note(bars.kind());
		for (int i = 0; i < parts.size(); i++) {
			Source part = parts.get(i);
			int rows = barRows(part, tallest);
			boolean last = i == parts.size() - 1;
			int block = rows + ((last && note != null) ? NOTE_ROWS : 0);
			int partTop = place((i == 0 && !wide) ? Math.max(block, pieRows) : block);
			top = (i == 0) ? partTop : top;
			XSSFClientAnchor anchor = anchor(drawing, 0, partTop, wide ? columns : half + 1, partTop + rows);
			String title = title(bars.titleKey(), i, parts.size());
			if (stacked) {
				this.drawn.stacked(drawing, anchor, part, bars, title, scale);
			}
			else {
				this.drawn.bars(drawing, anchor, part, bars, title, scale);
			}
			if (last) {
				note(partTop + rows, 0, wide ? columns - 1 : half, note);
			}
		}
		if (pie == null || (pie.form() == ChartData.Form.NO_DATA && !pie.kind().saysNoData())) {
			return;
		}
		int pieRow = (wide && barsDrawn) ? place(pieRows) : top;
		if (pie.form() != ChartData.Form.DRAWN) {
			line(pieRow, wide ? 0 : half + 1, pie);
			return;
		}
		this.drawn.pie(drawing,
				anchor(drawing, wide ? 0 : half + 1, pieRow, wide ? half + 1 : columns, pieRow + TREND_ROWS),
				sources.of(pie.kind()), pie);
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

	/**
	 * In place of a chart without any figure, its title and "no data", as the PDF shows
	 * it.
	 */
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

}
