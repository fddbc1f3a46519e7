package cn.investpromo.report.pdf;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.geom.Ellipse2D;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

import cn.investpromo.report.FundsFigures;
import cn.investpromo.report.FundsFigures.MonthArrivals;
import cn.investpromo.report.FundsFigures.SourceFigures;

/**
 * The two charts of the funds ledger's section: the year month by month (arrivals as
 * columns, the year's total so far and the target's 序时进度 as lines), and the period's
 * arrivals by source.
 */
final class FundsPlots {

	private final PlotParts parts;

	private final PdfLabels labels;

	FundsPlots(PlotParts parts, PdfLabels labels) {
		this.parts = parts;
		this.labels = labels;
	}

	/**
	 * Each month's arrivals as a column; the cumulative total as a line, and 序时进度 (target
	 * × month ÷ 12) as a dashed line where a target is set, on one axis in 亿元.
	 */
	Plotted byMonth(FundsFigures funds) {
		String arrived = this.labels.get("funds.arrivedYi");
		String cumulative = this.labels.get("funds.cumulativeYi");
		String schedule = this.labels.get("funds.scheduleYi");
		DefaultCategoryDataset columns = new DefaultCategoryDataset();
		DefaultCategoryDataset lines = new DefaultCategoryDataset();
		for (MonthArrivals m : funds.byMonth()) {
			String month = this.labels.format("funds.monthShort", String.valueOf(m.month().getMonthValue()));
			columns.addValue(PlotParts.yi(m.arrivedWan()), arrived, month);
			lines.addValue(PlotParts.yi(m.cumulativeWan()), cumulative, month);
			if (m.scheduleWan() != null) {
				lines.addValue(PlotParts.yi(m.scheduleWan()), schedule, month);
			}
		}
		CategoryAxis months = new CategoryAxis();
		months.setTickLabelFont(this.parts.style().font(Font.PLAIN, 7.5f));
		months.setCategoryMargin(0.3);
		BarRenderer bars = this.parts.flatBars();
		CategoryPlot plot = new CategoryPlot(columns, months,
				this.parts.style().valueAxis(this.labels.get("funds.axisYi"), false), bars);
		plot.setDataset(1, lines);
		LineAndShapeRenderer line = new LineAndShapeRenderer(true, true);
		plot.setRenderer(1, line);
		plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
		this.parts.style().grid(plot);
		plot.getRangeAxis().setUpperMargin(0.12);
		JFreeChart chart = this.parts.style().chart(plot, true);
		bars.setSeriesPaint(0, Palette.series(0));
		bars.setMaximumBarWidth(0.06);
		this.parts.valueLabels(bars, "#,##0.00", false);
		line.setSeriesPaint(0, Palette.series(1));
		line.setSeriesStroke(0, new BasicStroke(1.8f));
		line.setSeriesShape(0, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
		line.setSeriesPaint(1, Palette.INK);
		line.setSeriesStroke(1,
				new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] { 4f, 3f }, 0f));
		line.setSeriesShapesVisible(1, false);
		return new Plotted(chart, 220f);
	}

	/** The period's arrivals of each source with any, as horizontal bars in 亿元. */
	Plotted bySource(FundsFigures funds, boolean english) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		String series = this.labels.get("funds.arrivedYi");
		for (SourceFigures s : funds.bySource()) {
			if (s.arrivedWan().month() != null && s.arrivedWan().month().signum() != 0) {
				data.addValue(PlotParts.yi(s.arrivedWan().month()), series,
						new Category(s.source().name(), s.source().label(english)));
			}
		}
		BarRenderer bars = this.parts.flatBars();
		CategoryPlot plot = this.parts.regionPlot(data, bars, this.labels.get("funds.axisYi"), false);
		plot.getRangeAxis().setUpperMargin(0.15);
		JFreeChart chart = this.parts.style().chart(plot, false);
		this.parts.valueLabels(bars, "#,##0.00", true);
		bars.setSeriesPaint(0, Palette.series(2));
		return new Plotted(chart, PlotParts.rowsHeight(Math.max(1, data.getColumnCount())) + 12f);
	}

}
