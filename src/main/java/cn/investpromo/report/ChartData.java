package cn.investpromo.report;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The chart-data section (issue 8): for each chart both the PDF and the workbook draw,
 * which items it shows, in which order, with which series and colours; the PDF and the
 * workbook draw exactly these, in {@link ChartPalette}'s colours. Regions without
 * investment in the period, regions without projects signed in the last 12 months and
 * empty slices are left out ({@link Chart#leftOut()} says whether any was). Which charts
 * there are, and which of them the workbook leaves out, {@link Kind} says.
 */
public record ChartData(Chart trend, Chart byRegion, Chart byIndustry, Chart byInvestorOrigin, Chart eventsByType,
		Chart landing, Chart fundsArrived) {

	/**
	 * The charts of a report, in the order the PDF prints them: the one list both
	 * renderers walk. The workbook draws those {@link #inWorkbook()}; the exceptions are
	 * stated here.
	 */
	public enum Kind {

		/** Projects and events per period, with investment as a line. */
		TREND("chart.trend", "column.month", Shape.TREND, true, true),
		/** Investment by region, as bars; split into parts in the workbook when long. */
		BY_REGION("chart.byRegion", "column.region", Shape.BARS, true, true),
		/** Investment by industry, as a pie. */
		BY_INDUSTRY("chart.byIndustry", "column.industry", Shape.PIE, true, true),
		/**
		 * Investment by investor origin, as bars: PDF only, since the workbook's sheet of
		 * origins is a short table a clerk reads whole.
		 */
		BY_INVESTOR_ORIGIN("chart.byInvestorOrigin", "column.origin", Shape.BARS, true, false),
		/**
		 * Events by type, as columns: PDF only, since the workbook's sheet of event types
		 * is a short table a clerk reads whole.
		 */
		EVENTS_BY_TYPE("chart.eventsByType", "column.type", Shape.COLUMNS, true, false),
		/** Projects by status, stacked per region; printed with the landing section. */
		LANDING("chart.landing", "column.region", Shape.STACKED_BARS, false, true),
		/**
		 * Funds arrived by source, as a pie; printed with its section, and left out
		 * rather than said to have no data when the scope's funds are not split by
		 * source.
		 */
		FUNDS_ARRIVED("chart.fundsArrived", "column.fundsSource", Shape.PIE, false, true),
		/**
		 * Completion of each annual target against 序时进度: PDF only, drawn with the targets
		 * section from its own figures ({@link TargetProgress}), not from this data.
		 */
		TARGETS("chart.targets", "column.target", Shape.TARGETS, false, false);

		private final ChartPlacement<Shape> placement;

		Kind(String titleKey, String itemsKey, Shape shape, boolean overview, boolean inWorkbook) {
			this.placement = new ChartPlacement<>(titleKey, itemsKey, shape, overview, inWorkbook);
		}

		/** The label key of its title. */
		public String titleKey() {
			return this.placement.titleKey();
		}

		/** The label key of what its items are: 地区, 产业, 资金来源 … */
		public String itemsKey() {
			return this.placement.itemsKey();
		}

		/**
		 * Whether a chart of no data is said to have none; funds arrived are left out
		 * instead.
		 */
		public boolean saysNoData() {
			return this != FUNDS_ARRIVED;
		}

		public Shape shape() {
			return this.placement.shape();
		}

		/**
		 * Whether the PDF prints it in its charts section, rather than with its own
		 * section's table.
		 */
		public boolean overview() {
			return this.placement.overview();
		}

		/** Whether the workbook's overview draws it too. */
		public boolean inWorkbook() {
			return this.placement.inWorkbook();
		}

	}

	/** How a chart is drawn; a renderer draws each shape one way. */
	public enum Shape {

		TREND, BARS, PIE, COLUMNS, STACKED_BARS, TARGETS

	}

	/**
	 * What takes a chart's place: nothing to draw ("no data"), one item (a sentence says
	 * it), or the chart itself.
	 */
	public enum Form {

		NO_DATA, SENTENCE, DRAWN

	}

	/**
	 * The chart of that kind; not {@link Kind#TARGETS}, which the targets section draws.
	 */
	public Chart chart(Kind kind) {
		return switch (kind) {
			case TREND -> this.trend;
			case BY_REGION -> this.byRegion;
			case BY_INDUSTRY -> this.byIndustry;
			case BY_INVESTOR_ORIGIN -> this.byInvestorOrigin;
			case EVENTS_BY_TYPE -> this.eventsByType;
			case LANDING -> this.landing;
			case FUNDS_ARRIVED -> this.fundsArrived;
			case TARGETS -> throw new IllegalArgumentException("the targets chart is drawn from the targets section");
		};
	}

	/** A series of a bar chart: its name in the report's language and its colour. */
	public record Series(String name, int rgb) {
	}

	/**
	 * A bar (one value per series) or a slice (one value).
	 *
	 * @param key a stable key: a region or industry code, a funds source's key
	 * @param label as the chart shows it
	 * @param values one per series, amounts in 万元 or counts
	 * @param sharePercent a slice's share of the whole, as the model computed it; null
	 * for bars
	 * @param rgb a slice's colour; for a bar, its first series' colour
	 */
	public record Item(String key, String label, List<BigDecimal> values, @Nullable BigDecimal sharePercent, int rgb) {
	}

	/**
	 * One chart: {@code series} of a bar chart, or the one series of a pie; {@code items}
	 * in drawing order.
	 *
	 * @param kind which chart it is
	 * @param leftOut whether rows of the model's table were left out
	 * @param sentence what a chart of one bar or slice says instead of being drawn
	 * ("来源地：全部为广东省（12个项目， 14.30亿元）"); null when it is drawn (or has nothing to draw)
	 */
	public record Chart(Kind kind, List<Series> series, List<Item> items, boolean leftOut, @Nullable String sentence) {

		/** The label key of its title. */
		public String titleKey() {
			return this.kind.titleKey();
		}

		/**
		 * What the renderers put in its place: "no data" when no item has a figure, the
		 * sentence of a chart of one item, else the chart.
		 */
		public Form form() {
			if (!ChartPlacement.anyFigure(this.items.stream().flatMap((item) -> item.values().stream()))) {
				return Form.NO_DATA;
			}
			return (this.sentence != null) ? Form.SENTENCE : Form.DRAWN;
		}

	}

}
