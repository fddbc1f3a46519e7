package cn.investpromo.report.pdf;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPosition;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.CategoryLabelWidthType;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.text.TextBlockAnchor;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

import cn.investpromo.report.ChartData;

/**
 * The PDF's bar charts of the chart data: amounts by region or origin as horizontal bars,
 * events by type as columns, landing progress as stacked bars.
 */
final class BarPlots {

	private final PlotParts parts;

	private final PdfLabels labels;

	BarPlots(PlotParts parts, PdfLabels labels) {
		this.parts = parts;
		this.labels = labels;
	}

	/**
	 * One horizontal bar per item, its amount in 亿元 at its end, in its series' colour.
	 */
	Plotted bars(ChartData.Chart chart) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		for (ChartData.Item item : chart.items()) {
			data.addValue(PlotParts.yi(item.values().get(0)), chart.series().get(0).name(),
					new Category(item.key(), item.label()));
		}
		BarRenderer bars = this.parts.flatBars();
		CategoryPlot plot = this.parts.regionPlot(data, bars, this.labels.get("column.amountYi"), false);
		plot.getRangeAxis().setUpperMargin(0.12);
		JFreeChart drawn = this.parts.style().chart(plot, false);
		this.parts.valueLabels(bars, "#,##0.00", true);
		bars.setSeriesPaint(0, Palette.color(chart.series().get(0).rgb()));
		// the axis title takes a line below the ticks
		return new Plotted(drawn, PlotParts.rowsHeight(data.getColumnCount()) + 12f);
	}

	/** One column per item, every item shown, its count above it. */
	Plotted columns(ChartData.Chart chart) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		String series = chart.series().get(0).name();
		for (ChartData.Item item : chart.items()) {
			data.addValue(item.values().get(0).longValue(), series, new Category(item.key(), item.label()));
		}
		BarRenderer bars = this.parts.flatBars();
		CategoryAxis types = new CategoryAxis();
		types.setMaximumCategoryLabelLines(2);
		types.setCategoryMargin(0.4);
		// a label may use its whole slot, gaps included, so "签约仪式" is not broken before
		// its last character
		types.setCategoryLabelPositions(CategoryLabelPositions.replaceBottomPosition(CategoryLabelPositions.STANDARD,
				new CategoryLabelPosition(RectangleAnchor.TOP, TextBlockAnchor.TOP_CENTER, TextAnchor.CENTER, 0.0,
						CategoryLabelWidthType.CATEGORY, 1.6f)));
		CategoryPlot plot = new CategoryPlot(data, types,
				this.parts.style().valueAxis(this.labels.get("column.events"), true), bars);
		plot.getRangeAxis().setUpperMargin(0.15);
		this.parts.style().grid(plot);
		JFreeChart drawn = this.parts.style().chart(plot, false);
		this.parts.valueLabels(bars, "#,##0", false);
		bars.setSeriesPaint(0, Palette.color(chart.series().get(0).rgb()));
		bars.setMaximumBarWidth(0.06);
		return new Plotted(drawn, 150f);
	}

	/** The items' series stacked, one bar per item: landing progress by region. */
	Plotted stacked(ChartData.Chart chart) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		for (ChartData.Item item : chart.items()) {
			Category region = new Category(item.key(), item.label());
			for (int i = 0; i < chart.series().size(); i++) {
				data.addValue(item.values().get(i), chart.series().get(i).name(), region);
			}
		}
		StackedBarRenderer bars = new StackedBarRenderer();
		CategoryPlot plot = this.parts.regionPlot(data, bars, this.labels.get("column.projects"), true);
		JFreeChart drawn = this.parts.style().chart(plot, true);
		for (int i = 0; i < chart.series().size(); i++) {
			bars.setSeriesPaint(i, Palette.color(chart.series().get(i).rgb()));
		}
		return new Plotted(drawn, PlotParts.rowsHeight(data.getColumnCount()) + 24f);
	}

}
