package cn.investpromo.report.pdf;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.function.Function;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.labels.StandardPieSectionLabelGenerator;
import org.jfree.chart.plot.PiePlot;
import org.jfree.data.general.DefaultPieDataset;

import cn.investpromo.report.ChartData;

/** The PDF's pies of the chart data: investment by industry, funds arrived by source. */
final class PiePlots {

	private final ChartStyle style;

	PiePlots(ChartStyle style) {
		this.style = style;
	}

	/** The items as slices in their colours, each labelled by {@code label}. */
	Plotted pie(ChartData.Chart slices, Function<ChartData.Item, String> label, float height) {
		DefaultPieDataset<Category> data = new DefaultPieDataset<>();
		for (ChartData.Item item : slices.items()) {
			data.setValue(new Category(item.key(), label.apply(item)), PlotParts.yi(item.values().get(0)));
		}
		PiePlot<Category> plot = new PiePlot<>(data);
		JFreeChart chart = this.style.chart(plot, false);
		plot.setLabelGenerator(new StandardPieSectionLabelGenerator("{0}"));
		plot.setLabelFont(this.style.font(Font.PLAIN, 8f));
		plot.setLabelPaint(Palette.INK);
		plot.setLabelBackgroundPaint(Color.WHITE);
		plot.setLabelOutlinePaint(null);
		plot.setLabelShadowPaint(null);
		plot.setShadowPaint(null);
		plot.setMaximumLabelWidth(0.22);
		plot.setInteriorGap(0.04);
		plot.setStartAngle(90);
		plot.setSectionOutlinesVisible(true);
		plot.setDefaultSectionOutlinePaint(Color.WHITE);
		plot.setDefaultSectionOutlineStroke(new BasicStroke(1f));
		int index = 0;
		for (Category key : data.getKeys()) {
			plot.setSectionPaint(key, Palette.color(slices.items().get(index++).rgb()));
		}
		return new Plotted(chart, height);
	}

}
