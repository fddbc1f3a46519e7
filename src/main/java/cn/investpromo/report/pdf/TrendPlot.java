package cn.investpromo.report.pdf;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPosition;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.CategoryLabelWidthType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.text.TextBlockAnchor;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

import cn.investpromo.report.Trend;
import cn.investpromo.report.TrendPoint;

/**
 * The PDF's trend chart: the trend's periods, with an unknown amount a gap in the line.
 */
final class TrendPlot {

	private final PlotParts parts;

	private final PdfLabels labels;

	TrendPlot(PlotParts parts, PdfLabels labels) {
		this.parts = parts;
		this.labels = labels;
	}

	/**
	 * Projects and events per period as columns, investment as a line on a second axis;
	 * {@code notes} under the plot say which periods have no ledger data (drawn empty).
	 */
	Plotted trend(Trend trend, List<String> notes) {
		String projects = this.labels.get("chart.trend.projects");
		String events = this.labels.get("chart.trend.events");
		String amount = this.labels.get("chart.trend.amount");
		DefaultCategoryDataset counts = new DefaultCategoryDataset();
		DefaultCategoryDataset amounts = new DefaultCategoryDataset();
		for (TrendPoint point : trend.points()) {
			String month = point.period().label();
			// a period the ledgers do not cover has no bars: a gap, never a zero
			counts.addValue(point.projects(), projects, month);
			counts.addValue(point.events(), events, month);
			// an unknown amount is a gap in the line, never a zero
			amounts.addValue((point.amountWan() != null) ? PlotParts.yi(point.amountWan()) : null, amount, month);
		}
		CategoryAxis months = new CategoryAxis();
		months.setTickLabelFont(this.parts.style().font(Font.PLAIN, 7f));
		months.setCategoryMargin(0.25);
		// a month label may use the whole slot, bar gaps included, so "2018-08" is never
		// cut to "20..."
		months.setCategoryLabelPositions(CategoryLabelPositions.replaceBottomPosition(CategoryLabelPositions.STANDARD,
				new CategoryLabelPosition(RectangleAnchor.TOP, TextBlockAnchor.TOP_CENTER, TextAnchor.CENTER, 0.0,
						CategoryLabelWidthType.CATEGORY, 1.5f)));
		months.setLowerMargin(0.01);
		months.setUpperMargin(0.01);
		BarRenderer bars = this.parts.flatBars();
		CategoryPlot plot = new CategoryPlot(counts, months,
				this.parts.style().valueAxis(this.labels.get("axis.trendCounts"), true), bars);
		plot.setDataset(1, amounts);
		NumberAxis amountAxis = this.parts.style().valueAxis(this.labels.get("column.amountYi"), false);
		amountAxis.setUpperMargin(0.1);
		plot.setRangeAxis(1, amountAxis);
		plot.setRangeAxisLocation(1, AxisLocation.BOTTOM_OR_RIGHT);
		plot.mapDatasetToRangeAxis(1, 1);
		LineAndShapeRenderer line = new LineAndShapeRenderer(true, true);
		plot.setRenderer(1, line);
		// the line is drawn after the bars so that it stays visible over them
		plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
		this.parts.style().grid(plot);
		JFreeChart chart = this.parts.style().chart(plot, true);
		for (String note : notes) {
			TextTitle title = new TextTitle(note, this.parts.style().font(Font.PLAIN, 7f));
			title.setPosition(RectangleEdge.BOTTOM);
			title.setPaint(Palette.MUTED);
			chart.addSubtitle(title);
		}
		plot.getRangeAxis(0).setUpperMargin(0.1);
		bars.setSeriesPaint(0, Palette.series(0));
		bars.setSeriesPaint(1, Palette.series(5));
		bars.setItemMargin(0.05);
		line.setSeriesPaint(0, Palette.series(1));
		line.setSeriesStroke(0, new BasicStroke(1.8f));
		line.setSeriesShape(0, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
		return new Plotted(chart, 215f);
	}

}
