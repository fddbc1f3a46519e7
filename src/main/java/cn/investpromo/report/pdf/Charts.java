package cn.investpromo.report.pdf;

import java.awt.BasicStroke;
import java.awt.Font;
import java.util.List;
import java.util.Objects;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jspecify.annotations.Nullable;

import cn.investpromo.report.ChartData;
import cn.investpromo.report.ForeignInvestment;
import cn.investpromo.report.CoverageNotes;
import cn.investpromo.report.ChartData.Kind;
import cn.investpromo.report.FundsFigures;
import cn.investpromo.report.ReportModel;
import cn.investpromo.report.TargetProgress;

/**
 * The PDF's charts, one of each {@link ChartData.Kind}, built from the model's figures as
 * they are: a chart without any figure becomes a plain "no data" panel, a chart of one
 * item the sentence that says it, as the chart data decides ({@link ChartData.Form}).
 */
final class Charts {

	/**
	 * Width the charts are drawn at, in points: the A4 text width between 2 cm margins.
	 */
	static final float WIDTH = 481f;

	private final ChartStyle style;

	private final PdfLabels labels;

	private final TrendPlot trend;

	private final BarPlots bars;

	private final PiePlots pies;

	private final TargetPlot targets;

	private final FundsPlots funds;

	private final ForeignPlot foreign;

	Charts(ChartStyle style, PdfLabels labels) {
		this.style = style;
		this.labels = labels;
		PlotParts parts = new PlotParts(style);
		this.trend = new TrendPlot(parts, labels);
		this.bars = new BarPlots(parts, labels);
		this.pies = new PiePlots(style);
		this.targets = new TargetPlot(parts, labels);
		this.funds = new FundsPlots(parts, labels);
		this.foreign = new ForeignPlot(parts, labels);
	}

	/** The funds ledger's year month by month, against 序时进度 where a target is set. */
	Drawn fundsByMonth(FundsFigures funds) {
		return new Drawn((funds.targetWan() != null) ? "funds.chartByMonthTarget" : "funds.chartByMonth",
				this.funds.byMonth(funds));
	}

	/** The funds ledger's arrivals of the period by source. */
	Drawn fundsBySource(FundsFigures funds, boolean english) {
		return new Drawn("funds.chartBySource", this.funds.bySource(funds, english));
	}

	/**
	 * A chart, the height it wants at {@link #WIDTH} and a PDF label to print below it,
	 * such as the note that rows without a figure are left out.
	 */
	record Drawn(String titleKey, JFreeChart chart, float height, @Nullable String noteKey, @Nullable String sentence) {

		Drawn(String titleKey, JFreeChart chart, float height) {
			this(titleKey, chart, height, null, null);
		}

		Drawn(String titleKey, Plotted plotted) {
			this(titleKey, plotted.chart(), plotted.height(), null, null);
		}

		/**
		 * A chart of one item, printed as the sentence the chart data gives instead of
		 * being drawn.
		 */
		static Drawn sentence(String titleKey, String sentence) {
			return new Drawn(titleKey, new JFreeChart(new CategoryPlot()), 0f, null, sentence);
		}

		Drawn withNote(String key) {
			return new Drawn(this.titleKey, this.chart, this.height, key, this.sentence);
		}

	}

	/**
	 * The charts of the charts section, in the order of {@link ChartData.Kind}; landing,
	 * funds and targets go with their own sections.
	 */
	List<Drawn> overview(ReportModel model) {
		return List.of(Kind.values()).stream().filter(Kind::overview).map((kind) -> draw(model, kind)).toList();
	}

	Drawn landing(ReportModel model) {
		return draw(model, Kind.LANDING);
	}

	/**
	 * 到位资金 by source as a pie, each slice labelled with its share; null when there is
	 * nothing to show.
	 */
	@Nullable Drawn funds(ReportModel model) {
		ChartData.Chart chart = model.charts().fundsArrived();
		return (chart.form() == ChartData.Form.NO_DATA) ? null : draw(model, Kind.FUNDS_ARRIVED);
	}

	/**
	 * Completion of each target as a bar, coloured by its light, against a line at 序时进度.
	 */
	Drawn targets(TargetProgress progress) {
		return new Drawn(Kind.TARGETS.titleKey(), this.targets.targets(progress));
	}

	/** 外资 by country or region; null when no country has a figure. */
	@Nullable Drawn foreign(ForeignInvestment section) {
		Plotted plotted = this.foreign.byCountry(section);
		return (plotted != null) ? new Drawn("chart.foreign", plotted) : null;
	}

	/** The chart of that kind, its sentence, or its "no data" panel. */
	Drawn draw(ReportModel model, Kind kind) {
		ChartData.Chart chart = model.charts().chart(kind);
		return switch (chart.form()) {
			case NO_DATA -> noData(chart.titleKey());
			case SENTENCE -> Drawn.sentence(chart.titleKey(), Objects.requireNonNull(chart.sentence()));
			case DRAWN -> drawn(model, chart);
		};
	}

	private Drawn drawn(ReportModel model, ChartData.Chart chart) {
		Drawn drawn = new Drawn(chart.titleKey(), switch (chart.kind().shape()) {
			case TREND -> this.trend.trend(model.trend(), new CoverageNotes(this.labels.report()).trend(model));
			case BARS -> this.bars.bars(chart);
			case COLUMNS -> this.bars.columns(chart);
			case STACKED_BARS -> this.bars.stacked(chart);
			// the slice label carries the model's share, so the chart never works one out
			// itself; funds also say their amount
			case PIE -> (chart.kind() == Kind.FUNDS_ARRIVED) ? this.pies.pie(chart,
					(item) -> item.label() + "  " + Formats.yi(item.values().get(0)) + "  "
							+ Formats.share(Objects.requireNonNull(item.sharePercent())),
					170f)
					: this.pies.pie(chart,
							(item) -> item.label() + "  " + Formats.share(Objects.requireNonNull(item.sharePercent())),
							210f);
			case TARGETS -> throw new IllegalArgumentException("the targets chart is drawn from the targets section");
		});
		if (!chart.leftOut()) {
			return drawn;
		}
		return drawn.withNote((chart.kind().shape() == ChartData.Shape.STACKED_BARS) ? "pdf.chart.emptyLandingLeftOut"
				: "pdf.chart.zeroRegionsLeftOut");
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

}
