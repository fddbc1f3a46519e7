package cn.investpromo.report.pdf;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jspecify.annotations.Nullable;

import cn.investpromo.report.ChartPalette;
import cn.investpromo.report.ForeignInvestment;
import cn.investpromo.report.ForeignInvestment.CountryFigures;

/**
 * 外资 by investor country or region (SPEC §2.9): 合同外资 and 实际使用外资 of the period as two bars
 * per country, in 万美元 as they stand.
 */
final class ForeignPlot {

	private final PlotParts parts;

	private final PdfLabels labels;

	ForeignPlot(PlotParts parts, PdfLabels labels) {
		this.parts = parts;
		this.labels = labels;
	}

	/** The chart, or null when no country has a figure to draw. */
	@Nullable Plotted byCountry(ForeignInvestment foreign) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		String contracted = this.labels.get("foreign.contractedUsdWan");
		String actual = this.labels.get("foreign.actualUsdWan");
		for (CountryFigures row : foreign.byCountry()) {
			if (row.contractedUsdWan().signum() == 0 && row.actualUsdWan().signum() == 0) {
				continue;
			}
			Category country = new Category(row.country(), row.name());
			data.addValue(row.contractedUsdWan().doubleValue(), contracted, country);
			data.addValue(row.actualUsdWan().doubleValue(), actual, country);
		}
		if (data.getColumnCount() == 0) {
			return null;
		}
		BarRenderer bars = this.parts.flatBars();
		CategoryPlot plot = this.parts.regionPlot(data, bars, this.labels.get("foreign.axis"), false);
		plot.getRangeAxis().setUpperMargin(0.15);
		JFreeChart drawn = this.parts.style().chart(plot, true);
		this.parts.valueLabels(bars, "#,##0.00", true);
		bars.setSeriesPaint(0, Palette.color(ChartPalette.series(0)));
		bars.setSeriesPaint(1, Palette.color(ChartPalette.series(1)));
		bars.setItemMargin(0.05);
		return new Plotted(drawn, PlotParts.rowsHeight(data.getColumnCount() * 2) + 24f);
	}

}
