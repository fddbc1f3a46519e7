package cn.investpromo.report.pdf;

import java.awt.Font;
import java.math.BigDecimal;

import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

import cn.investpromo.report.Money;

/**
 * What the PDF's bar charts share: flat bars, value labels, a plot of one row per region.
 */
final class PlotParts {

	private static final float ROW_HEIGHT = 22f;

	private final ChartStyle style;

	PlotParts(ChartStyle style) {
		this.style = style;
	}

	ChartStyle style() {
		return this.style;
	}

	BarRenderer flatBars() {
		BarRenderer bars = new BarRenderer();
		bars.setShadowVisible(false);
		bars.setDrawBarOutline(false);
		return bars;
	}

	void valueLabels(BarRenderer bars, String pattern, boolean horizontal) {
		bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", ChartStyle.decimal(pattern)));
		bars.setDefaultItemLabelsVisible(true);
		bars.setDefaultItemLabelFont(this.style.font(Font.PLAIN, 7.5f));
		bars.setDefaultItemLabelPaint(Palette.INK);
		bars.setDefaultPositiveItemLabelPosition(
				horizontal ? new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT)
						: new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
		bars.setItemLabelInsets(new RectangleInsets(3, 3, 3, 3));
	}

	/**
	 * Horizontal bars with one row per region; long names wrap onto two lines, then end
	 * in "…".
	 */
	CategoryPlot regionPlot(DefaultCategoryDataset data, BarRenderer bars, String axisTitle, boolean counts) {
		CategoryAxis regions = new CategoryAxis();
		regions.setMaximumCategoryLabelLines(2);
		regions.setMaximumCategoryLabelWidthRatio(0.32f);
		regions.setCategoryMargin(0.3);
		regions.setLowerMargin(0.02);
		regions.setUpperMargin(0.02);
		regions.setTickMarksVisible(false);
		CategoryPlot plot = new CategoryPlot(data, regions, this.style.valueAxis(axisTitle, counts), bars);
		plot.setOrientation(PlotOrientation.HORIZONTAL);
		plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
		bars.setMaximumBarWidth(0.08);
		this.style.grid(plot);
		return plot;
	}

	static float rowsHeight(int rows) {
		return Math.min(640f, 50f + rows * ROW_HEIGHT);
	}

	static double yi(BigDecimal wan) {
		return Money.toYi(wan).doubleValue();
	}

}
