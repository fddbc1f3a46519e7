package cn.investpromo.report.pdf;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.plot.PieLabelLinkStyle;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.RangeType;

/**
 * The one look of every chart: the embedded font at fixed sizes, white ground, flat bars,
 * light grey grid.
 */
final class ChartStyle {

	private final CjkFont font;

	private final StandardChartTheme theme;

	ChartStyle(CjkFont font) {
		this.font = font;
		this.theme = new StandardChartTheme("investpromo");
		this.theme.setExtraLargeFont(font.awt(Font.BOLD, 11f));
		this.theme.setLargeFont(font.awt(Font.PLAIN, 8.5f));
		this.theme.setRegularFont(font.awt(Font.PLAIN, 8f));
		this.theme.setSmallFont(font.awt(Font.PLAIN, 7.5f));
		this.theme.setTitlePaint(Palette.INK);
		this.theme.setSubtitlePaint(Palette.MUTED);
		this.theme.setChartBackgroundPaint(Color.WHITE);
		this.theme.setLegendBackgroundPaint(Color.WHITE);
		this.theme.setLegendItemPaint(Palette.INK);
		this.theme.setPlotBackgroundPaint(Color.WHITE);
		this.theme.setPlotOutlinePaint(Color.WHITE);
		this.theme.setDomainGridlinePaint(Palette.GRID);
		this.theme.setRangeGridlinePaint(Palette.GRID);
		this.theme.setBaselinePaint(Palette.MUTED);
		this.theme.setAxisOffset(RectangleInsets.ZERO_INSETS);
		this.theme.setAxisLabelPaint(Palette.MUTED);
		this.theme.setTickLabelPaint(Palette.INK);
		this.theme.setItemLabelPaint(Palette.INK);
		this.theme.setShadowVisible(false);
		this.theme.setBarPainter(new StandardBarPainter());
		this.theme.setLabelLinkStyle(PieLabelLinkStyle.STANDARD);
		this.theme.setLabelLinkPaint(Palette.MUTED);
		this.theme.setDrawingSupplier(new DefaultDrawingSupplier(Palette.SERIES.toArray(new Paint[0]),
				DefaultDrawingSupplier.DEFAULT_FILL_PAINT_SEQUENCE,
				DefaultDrawingSupplier.DEFAULT_OUTLINE_PAINT_SEQUENCE, DefaultDrawingSupplier.DEFAULT_STROKE_SEQUENCE,
				DefaultDrawingSupplier.DEFAULT_OUTLINE_STROKE_SEQUENCE, DefaultDrawingSupplier.DEFAULT_SHAPE_SEQUENCE));
	}

	/**
	 * A chart with the theme applied, the plot given and the legend (if any) below it.
	 */
	JFreeChart chart(Plot plot, boolean legend) {
		JFreeChart chart = new JFreeChart(null, this.font.awt(Font.BOLD, 11f), plot, legend);
		this.theme.apply(chart);
		chart.setAntiAlias(true);
		chart.setPadding(new RectangleInsets(4, 2, 2, 6));
		plot.setOutlineVisible(false);
		plot.setInsets(new RectangleInsets(2, 2, 2, 2));
		LegendTitle legendTitle = chart.getLegend();
		if (legendTitle != null) {
			legendTitle.setPosition(RectangleEdge.BOTTOM);
			legendTitle.setFrame(BlockBorder.NONE);
			legendTitle.setItemFont(this.font.awt(Font.PLAIN, 8f));
		}
		return chart;
	}

	/** Light, thin value gridlines and no category gridlines. */
	void grid(CategoryPlot plot) {
		plot.setDomainGridlinesVisible(false);
		plot.setRangeGridlinesVisible(true);
		plot.setRangeGridlinePaint(Palette.GRID);
		plot.setRangeGridlineStroke(new BasicStroke(0.5f));
	}

	/** A value axis with the chart fonts and, for counts, whole-number ticks. */
	/**
	 * A value axis titled with what it measures and its unit (协议投资额（亿元）), in the
	 * document's font.
	 */
	NumberAxis valueAxis(String label, boolean counts) {
		NumberAxis axis = new NumberAxis(label);
		axis.setLabelFont(font(java.awt.Font.PLAIN, 8f));
		axis.setLabelPaint(Palette.MUTED);
		// our figures are never negative; all zeros get a small positive scale, not a
		// sliver around zero labelled "-0"
		axis.setRangeType(RangeType.POSITIVE);
		axis.setAutoRangeMinimumSize(counts ? 1.0 : 0.1);
		if (counts) {
			axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
		}
		else {
			axis.setNumberFormatOverride(decimal("#,##0.##"));
		}
		axis.setAxisLineVisible(false);
		axis.setTickMarksVisible(false);
		return axis;
	}

	Font font(int style, float size) {
		return this.font.awt(style, size);
	}

	static NumberFormat decimal(String pattern) {
		return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
	}

}
