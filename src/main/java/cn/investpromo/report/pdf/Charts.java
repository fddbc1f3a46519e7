package cn.investpromo.report.pdf;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.geom.Ellipse2D;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPosition;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.CategoryLabelWidthType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.labels.StandardPieSectionLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.text.TextBlockAnchor;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.general.DefaultPieDataset;
import org.jspecify.annotations.Nullable;

import cn.investpromo.report.EventTypeFigures;
import cn.investpromo.report.ChartData;
import cn.investpromo.report.Money;
import cn.investpromo.report.ReportModel;
import cn.investpromo.report.TargetProgress;
import cn.investpromo.report.TargetProgress.TargetFigures;
import cn.investpromo.report.TrendPoint;

/**
 * The six charts of SPEC §5 and those of funds arrived and annual targets, built from the
 * model's figures as they are; a chart without any non-zero figure becomes a plain "no
 * data" panel.
 */
final class Charts {

	/**
	 * Width the charts are drawn at, in points: the A4 text width between 2 cm margins.
	 */
	static final float WIDTH = 481f;

	private static final float ROW_HEIGHT = 22f;

	// completion below which the label does not fit inside the bar (on an axis to at
	// least 112 %)
	private static final double SHORT_BAR_PERCENT = 12;

	private final ChartStyle style;

	private final PdfLabels labels;

	Charts(ChartStyle style, PdfLabels labels) {
		this.style = style;
		this.labels = labels;
	}

	/**
	 * A chart, the height it wants at {@link #WIDTH} and a PDF label to print below it,
	 * such as the note that rows without a figure are left out.
	 */
	record Drawn(String titleKey, JFreeChart chart, float height, @Nullable String noteKey, @Nullable String sentence) {

		Drawn(String titleKey, JFreeChart chart, float height) {
			this(titleKey, chart, height, null, null);
		}

		Drawn(String titleKey, JFreeChart chart, float height, @Nullable String noteKey) {
			this(titleKey, chart, height, noteKey, null);
		}

		/**
		 * A chart of one item, printed as the sentence the chart data gives instead of
		 * being drawn.
		 */
		static Drawn sentence(String titleKey, String sentence) {
			return new Drawn(titleKey, new JFreeChart(new CategoryPlot()), 0f, null, sentence);
		}

	}

	/**
	 * The charts of the charts section; landing, funds and targets go with their own
	 * sections.
	 */
	List<Drawn> overview(ReportModel model) {
		return List.of(trend(model), byRegion(model), byIndustry(model), byInvestorOrigin(model), eventsByType(model));
	}

	Drawn trend(ReportModel model) {
		String projects = this.labels.get("chart.trend.projects");
		String events = this.labels.get("chart.trend.events");
		String amount = this.labels.get("chart.trend.amount");
		DefaultCategoryDataset counts = new DefaultCategoryDataset();
		DefaultCategoryDataset amounts = new DefaultCategoryDataset();
		boolean any = false;
		for (TrendPoint point : model.trend().points()) {
			String month = point.period().label();
			counts.addValue(point.projects(), projects, month);
			counts.addValue(point.events(), events, month);
			// an unknown amount is a gap in the line, never a zero
			amounts.addValue((point.amountWan() != null) ? yi(point.amountWan()) : null, amount, month);
			any |= point.projects() != 0 || point.events() != 0;
		}
		if (!any) {
			return noData("chart.trend");
		}
		CategoryAxis months = new CategoryAxis();
		months.setTickLabelFont(this.style.font(Font.PLAIN, 7f));
		months.setCategoryMargin(0.25);
		// a month label may use the whole slot, bar gaps included, so "2018-08" is never
		// cut to "20..."
		months.setCategoryLabelPositions(CategoryLabelPositions.replaceBottomPosition(CategoryLabelPositions.STANDARD,
				new CategoryLabelPosition(RectangleAnchor.TOP, TextBlockAnchor.TOP_CENTER, TextAnchor.CENTER, 0.0,
						CategoryLabelWidthType.CATEGORY, 1.5f)));
		months.setLowerMargin(0.01);
		months.setUpperMargin(0.01);
		BarRenderer bars = flatBars();
		CategoryPlot plot = new CategoryPlot(counts, months,
				this.style.valueAxis(this.labels.get("axis.trendCounts"), true), bars);
		plot.setDataset(1, amounts);
		NumberAxis amountAxis = this.style.valueAxis(this.labels.get("column.amountYi"), false);
		amountAxis.setUpperMargin(0.1);
		plot.setRangeAxis(1, amountAxis);
		plot.setRangeAxisLocation(1, AxisLocation.BOTTOM_OR_RIGHT);
		plot.mapDatasetToRangeAxis(1, 1);
		LineAndShapeRenderer line = new LineAndShapeRenderer(true, true);
		plot.setRenderer(1, line);
		// the line is drawn after the bars so that it stays visible over them
		plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
		this.style.grid(plot);
		JFreeChart chart = this.style.chart(plot, true);
		plot.getRangeAxis(0).setUpperMargin(0.1);
		bars.setSeriesPaint(0, Palette.series(0));
		bars.setSeriesPaint(1, Palette.series(5));
		bars.setItemMargin(0.05);
		line.setSeriesPaint(0, Palette.series(1));
		line.setSeriesStroke(0, new BasicStroke(1.8f));
		line.setSeriesShape(0, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
		return new Drawn("chart.trend", chart, 215f);
	}

	Drawn byRegion(ReportModel model) {
		ChartData.Chart chart = model.charts().byRegion();
		if (chart.empty()) {
			return noData(chart.titleKey());
		}
		if (chart.sentence() != null) {
			return Drawn.sentence(chart.titleKey(), chart.sentence());
		}
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		for (ChartData.Item item : chart.items()) {
			data.addValue(yi(item.values().get(0)), chart.series().get(0).name(),
					new Category(item.key(), item.label()));
		}
		Drawn drawn = horizontalBars(chart.titleKey(), data, this.labels.get("column.amountYi"));
		((BarRenderer) ((CategoryPlot) drawn.chart().getPlot()).getRenderer()).setSeriesPaint(0,
				Palette.color(chart.series().get(0).rgb()));
		return chart.leftOut()
				? new Drawn(drawn.titleKey(), drawn.chart(), drawn.height(), "pdf.chart.zeroRegionsLeftOut") : drawn;
	}

	Drawn byIndustry(ReportModel model) {
		ChartData.Chart chart = model.charts().byIndustry();
		if (chart.empty()) {
			return noData(chart.titleKey());
		}
		if (chart.sentence() != null) {
			return Drawn.sentence(chart.titleKey(), chart.sentence());
		}
		// the slice label carries the model's share, so the chart never works one out
		// itself
		return pie(chart, (item) -> item.label() + "  " + Formats.share(Objects.requireNonNull(item.sharePercent())),
				210f);
	}

	/**
	 * 到位资金 by source as a pie, each slice labelled with its share; null when there is
	 * nothing to show.
	 */
	@Nullable Drawn funds(ReportModel model) {
		ChartData.Chart chart = model.charts().fundsArrived();
		if (chart.sentence() != null) {
			return Drawn.sentence(chart.titleKey(), chart.sentence());
		}
		return chart.empty() ? null : pie(chart, (item) -> item.label() + "  " + Formats.yi(item.values().get(0)) + "  "
				+ Formats.share(Objects.requireNonNull(item.sharePercent())), 170f);
	}

	private Drawn pie(ChartData.Chart slices, java.util.function.Function<ChartData.Item, String> label, float height) {
		DefaultPieDataset<Category> data = new DefaultPieDataset<>();
		for (ChartData.Item item : slices.items()) {
			data.setValue(new Category(item.key(), label.apply(item)), yi(item.values().get(0)));
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
		return new Drawn(slices.titleKey(), chart, height);
	}

	Drawn byInvestorOrigin(ReportModel model) {
		ChartData.Chart chart = model.charts().byInvestorOrigin();
		if (chart.empty()) {
			return noData(chart.titleKey());
		}
		if (chart.sentence() != null) {
			return Drawn.sentence(chart.titleKey(), chart.sentence());
		}
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		for (ChartData.Item item : chart.items()) {
			data.addValue(yi(item.values().get(0)), chart.series().get(0).name(),
					new Category(item.key(), item.label()));
		}
		return horizontalBars(chart.titleKey(), data, this.labels.get("column.amountYi"));
	}

	Drawn eventsByType(ReportModel model) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		String series = this.labels.get("column.events");
		boolean any = false;
		for (EventTypeFigures row : model.breakdowns().eventsByType()) {
			data.addValue(row.events(), series,
					new Category(row.type().name(), row.type().label(this.labels.english())));
			any |= row.events() != 0;
		}
		if (!any) {
			return noData("chart.eventsByType");
		}
		BarRenderer bars = flatBars();
		CategoryAxis types = new CategoryAxis();
		types.setMaximumCategoryLabelLines(2);
		types.setCategoryMargin(0.4);
		// a label may use its whole slot, gaps included, so "签约仪式" is not broken before
		// its last character
		types.setCategoryLabelPositions(CategoryLabelPositions.replaceBottomPosition(CategoryLabelPositions.STANDARD,
				new CategoryLabelPosition(RectangleAnchor.TOP, TextBlockAnchor.TOP_CENTER, TextAnchor.CENTER, 0.0,
						CategoryLabelWidthType.CATEGORY, 1.6f)));
		CategoryPlot plot = new CategoryPlot(data, types, this.style.valueAxis(this.labels.get("column.events"), true),
				bars);
		plot.getRangeAxis().setUpperMargin(0.15);
		this.style.grid(plot);
		JFreeChart chart = this.style.chart(plot, false);
		valueLabels(bars, "#,##0", false);
		bars.setSeriesPaint(0, Palette.series(0));
		bars.setMaximumBarWidth(0.06);
		return new Drawn("chart.eventsByType", chart, 150f);
	}

	Drawn landing(ReportModel model) {
		ChartData.Chart landing = model.charts().landing();
		if (landing.empty()) {
			return noData(landing.titleKey());
		}
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		for (ChartData.Item item : landing.items()) {
			Category region = new Category(item.key(), item.label());
			for (int i = 0; i < landing.series().size(); i++) {
				data.addValue(item.values().get(i), landing.series().get(i).name(), region);
			}
		}
		StackedBarRenderer bars = new StackedBarRenderer();
		CategoryPlot plot = regionPlot(data, bars, this.labels.get("column.projects"), true);
		JFreeChart chart = this.style.chart(plot, true);
		for (int i = 0; i < landing.series().size(); i++) {
			bars.setSeriesPaint(i, Palette.color(landing.series().get(i).rgb()));
		}
		Drawn drawn = new Drawn(landing.titleKey(), chart, rowsHeight(data.getColumnCount()) + 24f);
		return landing.leftOut()
				? new Drawn(drawn.titleKey(), drawn.chart(), drawn.height(), "pdf.chart.emptyLandingLeftOut") : drawn;
	}

	/**
	 * Completion of each target as a bar, coloured by its light, against a line at 序时进度.
	 */
	Drawn targets(TargetProgress progress) {
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
		CategoryPlot plot = regionPlot(data, bars, this.labels.get("axis.completion"), false);
		NumberAxis axis = (NumberAxis) plot.getRangeAxis();
		axis.setNumberFormatOverride(ChartStyle.decimal("0'%'"));
		// the axis always shows the whole year, and room for the value labels of targets
		// already exceeded
		axis.setRange(0, highest * 1.12);
		ValueMarker elapsed = new ValueMarker(progress.elapsedPercent().doubleValue(), Palette.INK,
				new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] { 4f, 3f }, 0f));
		elapsed.setLabel(this.labels.get("column.elapsed") + " " + Formats.share(progress.elapsedPercent()));
		elapsed.setLabelFont(this.style.font(Font.PLAIN, 8f));
		elapsed.setLabelPaint(Palette.INK);
		elapsed.setLabelBackgroundColor(Color.WHITE);
		elapsed.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
		elapsed.setLabelTextAnchor(TextAnchor.TOP_LEFT);
		elapsed.setLabelOffset(new RectangleInsets(1, 4, 1, 4));
		plot.addRangeMarker(elapsed, Layer.FOREGROUND);
		JFreeChart chart = this.style.chart(plot, true);
		LegendItemCollection legend = new LegendItemCollection();
		for (TargetProgress.Light light : TargetProgress.Light.values()) {
			if (rows.stream().anyMatch((row) -> row.light() == light)) {
				legend.add(new LegendItem(this.labels.get("light." + light.key()), Palette.light(light)));
			}
		}
		plot.setFixedLegendItems(legend);
		valueLabels(bars, "0.0'%'", true);
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
		return new Drawn("chart.targets", chart, 60f + rows.size() * 30f);
	}

	private Drawn horizontalBars(String titleKey, DefaultCategoryDataset data, String axisTitle) {
		BarRenderer bars = flatBars();
		CategoryPlot plot = regionPlot(data, bars, axisTitle, false);
		plot.getRangeAxis().setUpperMargin(0.12);
		JFreeChart chart = this.style.chart(plot, false);
		valueLabels(bars, "#,##0.00", true);
		bars.setSeriesPaint(0, Palette.series(0));
		// the axis title takes a line below the ticks
		return new Drawn(titleKey, chart, rowsHeight(data.getColumnCount()) + 12f);
	}

	/**
	 * Horizontal bars with one row per region; long names wrap onto two lines, then end
	 * in "…".
	 */
	private CategoryPlot regionPlot(DefaultCategoryDataset data, BarRenderer bars, String axisTitle, boolean counts) {
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

	private Drawn noData(String titleKey) {
		CategoryPlot plot = new CategoryPlot();
		plot.setNoDataMessage(this.labels.get("report.noData"));
		plot.setNoDataMessageFont(this.style.font(Font.PLAIN, 10f));
		plot.setNoDataMessagePaint(Palette.MUTED);
		plot.setRangeGridlinesVisible(false);
		plot.setDomainGridlinesVisible(false);
		JFreeChart chart = this.style.chart(plot, false);
		// a faint frame marks the place of the chart, so the message does not read as
		// stray text
		chart.setBorderVisible(true);
		chart.setBorderPaint(Palette.GRID);
		chart.setBorderStroke(new BasicStroke(0.5f));
		return new Drawn(titleKey, chart, 70f);
	}

	private BarRenderer flatBars() {
		BarRenderer bars = new BarRenderer();
		bars.setShadowVisible(false);
		bars.setDrawBarOutline(false);
		return bars;
	}

	private void valueLabels(BarRenderer bars, String pattern, boolean horizontal) {
		bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", ChartStyle.decimal(pattern)));
		bars.setDefaultItemLabelsVisible(true);
		bars.setDefaultItemLabelFont(this.style.font(Font.PLAIN, 7.5f));
		bars.setDefaultItemLabelPaint(Palette.INK);
		bars.setDefaultPositiveItemLabelPosition(
				horizontal ? new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT)
						: new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
		bars.setItemLabelInsets(new RectangleInsets(3, 3, 3, 3));
	}

	private static float rowsHeight(int rows) {
		return Math.min(640f, 50f + rows * ROW_HEIGHT);
	}

	private static double yi(BigDecimal wan) {
		return Money.toYi(wan).doubleValue();
	}

	/**
	 * A category keyed by code, so that two rows with the same name stay two bars; shows
	 * its label.
	 */
	record Category(String code, String label) implements Comparable<Category> {

		@Override
		public int compareTo(Category other) {
			return this.code.compareTo(other.code);
		}

		@Override
		public String toString() {
			return this.label;
		}

	}

}
