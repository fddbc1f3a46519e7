package cn.investpromo.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import cn.investpromo.report.FundsArrived.FundsSource;

/**
 * The chart-data section (issue 8): for each chart both the PDF and the workbook draw, which items it shows, in
 * which order, with which series and colours; the PDF and the workbook draw exactly these, in
 * {@link ChartPalette}'s colours. Regions without investment in the period, regions without projects signed in the
 * last 12 months and empty slices are left out ({@link Chart#leftOut()} says whether any was).
 */
public record ChartData(Chart byRegion, Chart byIndustry, Chart landing, Chart fundsArrived) {

	/** A series of a bar chart: its name in the report's language and its colour. */
	public record Series(String name, int rgb) {
	}

	/**
	 * A bar (one value per series) or a slice (one value).
	 *
	 * @param key a stable key: a region or industry code, a funds source's key
	 * @param label as the chart shows it
	 * @param values one per series, amounts in 万元 or counts
	 * @param sharePercent a slice's share of the whole, as the model computed it; null for bars
	 * @param rgb a slice's colour; for a bar, its first series' colour
	 */
	public record Item(String key, String label, List<BigDecimal> values, @Nullable BigDecimal sharePercent,
			int rgb) {
	}

	/**
	 * One chart: {@code series} of a bar chart, or the one series of a pie; {@code items} in drawing order.
	 *
	 * @param titleKey the label key of its title
	 * @param leftOut whether rows of the model's table were left out
	 */
	public record Chart(String titleKey, List<Series> series, List<Item> items, boolean leftOut) {

		/** Nothing to draw: the chart is a "no data" line. */
		public boolean empty() {
			return this.items.isEmpty();
		}

	}

	/** The chart data of a report's figures, decided here once for every renderer. */
	static ChartData of(ReportHeading heading, BreakdownTables breakdowns, Landing progress, FundsArrived fundsArrived) {
		ReportLabels labels = ReportLabels.of(heading);
		String amountYi = labels.get("column.amountYi");
		List<Item> regions = new ArrayList<>();
		for (RegionFigures row : breakdowns.byRegion()) {
			// with dozens of regions most have nothing this period
			// an unknown amount is left out, never drawn as zero
			if (row.amountWan() != null && row.amountWan().signum() != 0) {
				regions.add(new Item(row.code(), labels.regionName(row), List.of(row.amountWan()), null,
						ChartPalette.series(0)));
			}
		}
		List<Item> industries = new ArrayList<>();
		for (IndustryFigures row : breakdowns.byIndustry()) {
			if (row.amountWan() != null && row.amountWan().signum() > 0) {
				industries.add(new Item(row.code(), row.name(), List.of(row.amountWan()), row.sharePercent(),
						ChartPalette.series(industries.size())));
			}
		}
		List<Series> statuses = List.of(new Series(labels.get("column.signed"), ChartPalette.series(5)),
				new Series(labels.get("column.underConstruction"), ChartPalette.series(1)),
				new Series(labels.get("column.inProduction"), ChartPalette.series(2)),
				new Series(labels.get("column.terminated"), ChartPalette.series(3)));
		List<Item> landing = new ArrayList<>();
		for (LandingFigures row : progress.byRegion()) {
			// a row kept only for a new start of an older project has no bar to show
			if (row.total() != 0) {
				landing.add(new Item(row.regionCode(), labels.regionName(row),
						List.of(BigDecimal.valueOf(row.signed()), BigDecimal.valueOf(row.underConstruction()),
								BigDecimal.valueOf(row.inProduction()), BigDecimal.valueOf(row.terminated())),
						null, statuses.get(0).rgb()));
			}
		}
		List<Item> funds = new ArrayList<>();
		for (FundsSource source : fundsArrived.bySource()) {
			if (source.amountWan().signum() > 0) {
				funds.add(new Item(source.kind().key(), labels.get("funds." + source.kind().key()),
						List.of(source.amountWan()), source.sharePercent(), ChartPalette.series(funds.size())));
			}
		}
		return new ChartData(
				new Chart("chart.byRegion", List.of(new Series(amountYi, ChartPalette.series(0))), regions,
						regions.size() < breakdowns.byRegion().size()),
				new Chart("chart.byIndustry", List.of(new Series(amountYi, ChartPalette.series(0))), industries,
						false),
				new Chart("chart.landing", statuses, landing, landing.size() < progress.byRegion().size()),
				new Chart("chart.fundsArrived", List.of(new Series(labels.get("column.fundsYi"),
						ChartPalette.series(0))), funds, false));
	}

}
