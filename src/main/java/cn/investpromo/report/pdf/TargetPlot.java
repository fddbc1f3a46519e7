package cn.investpromo.report.pdf;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

import cn.investpromo.report.TargetProgress;
import cn.investpromo.report.TargetProgress.TargetFigures;

/**
 * The PDF's chart of the annual targets: completion bars coloured by light, 序时进度 a line.
 */
final class TargetPlot {

	// completion below which the label does not fit inside the bar (on an axis to at
	// least 112 %)
	private static final double SHORT_BAR_PERCENT = 12;

	private final PlotParts parts;

	private final PdfLabels labels;

	TargetPlot(PlotParts parts, PdfLabels labels) {
		this.parts = parts;
		this.labels = labels;
	}

	/**
	 * Completion of each target as a bar, coloured by its light, against a line at 序时进度.
	 */
	Plotted targets(TargetProgress progress) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		String series = this.labels.get("column.completion");
		List<TargetFigures> rows = progress.targets();
		double highest = 100;
		for (TargetFigures row : rows) {
			data.addValue(row.completionPercent(), series,
					new Category(row.indicator().name(), this.labels.get("target." + row.indicator().key())));
			highest = Math.max(highest, row.completionPercent().doubleValue());
		}
		BarRenderer bars = new BarRenderer() {

			@Override
			public Paint getItemPaint(int series, int column) {
				return Palette.light(rows.get(column).light());
			}

			@Override
			public Paint getItemLabelPaint(int series, int column) {
				// a bar too short for its label has it outside, on white paper
				return (rows.get(column).completionPercent().doubleValue() < SHORT_BAR_PERCENT) ? Palette.INK
						: Color.WHITE;
			}

		};
		bars.setShadowVisible(false);
		bars.setDrawBarOutline(false);
		CategoryPlot plot = this.parts.regionPlot(data, bars, this.labels.get("axis.completion"), false);
		NumberAxis axis = (NumberAxis) plot.getRangeAxis();
		axis.setNumberFormatOverride(ChartStyle.decimal("0'%'"));
		// the axis always shows the whole year, and room for the value labels of targets
		// already exceeded
		axis.setRange(0, highest * 1.12);
		// past two thirds of the axis the label stands left of the line, or the plot's
		// edge cuts it ("序时进度 1" at 100 %)
		plot.addRangeMarker(elapsed(progress, progress.elapsedPercent().doubleValue() > highest * 1.12 * 2 / 3),
				Layer.FOREGROUND);
		JFreeChart chart = this.parts.style().chart(plot, true);
		LegendItemCollection legend = new LegendItemCollection();
		for (TargetProgress.Light light : TargetProgress.Light.values()) {
			if (rows.stream().anyMatch((row) -> row.light() == light)) {
				legend.add(new LegendItem(this.labels.get("light." + light.key()), Palette.light(light)));
			}
		}
		plot.setFixedLegendItems(legend);
		this.parts.valueLabels(bars, "0.0'%'", true);
		// inside the bar at its base, so that no label collides with the 序时进度 line; white
		// on the dark bars
		bars.setDefaultPositiveItemLabelPosition(
				new ItemLabelPosition(ItemLabelAnchor.INSIDE9, TextAnchor.CENTER_LEFT));
		bars.setPositiveItemLabelPositionFallback(
				new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
		bars.setDefaultItemLabelPaint(Color.WHITE);
		bars.setMaximumBarWidth(0.1);
		// the marker label sits above the bars, so the plot leaves a line of room at its
		// top
		plot.getDomainAxis().setLowerMargin(0.18);
		return new Plotted(chart, 60f + rows.size() * 30f);
	}

	/**
	 * The dashed line at 序时进度, labelled with its share of the year, right of the line or,
	 * near the axis' end, left of it.
	 */
	private ValueMarker elapsed(TargetProgress progress, boolean labelLeft) {
		ValueMarker elapsed = new ValueMarker(progress.elapsedPercent().doubleValue(), Palette.INK,
				new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] { 4f, 3f }, 0f));
		elapsed.setLabel(this.labels.get("column.elapsed") + " " + Formats.share(progress.elapsedPercent()));
		elapsed.setLabelFont(this.parts.style().font(Font.PLAIN, 8f));
		elapsed.setLabelPaint(Palette.INK);
		elapsed.setLabelBackgroundColor(Color.WHITE);
		elapsed.setLabelAnchor(labelLeft ? RectangleAnchor.TOP_LEFT : RectangleAnchor.TOP_RIGHT);
		elapsed.setLabelTextAnchor(labelLeft ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT);
		elapsed.setLabelOffset(new RectangleInsets(1, 4, 1, 4));
		return elapsed;
	}

}
