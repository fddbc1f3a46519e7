package cn.investpromo.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import cn.investpromo.report.FundsArrived.FundsSource;

/**
 * The chart-data section (issue 8): for each chart both the PDF and the workbook draw,
 * which items it shows, in which order, with which series and colours; the PDF and the
 * workbook draw exactly these, in {@link ChartPalette}'s colours. Regions without
 * investment in the period, regions without projects signed in the last 12 months and
 * empty slices are left out ({@link Chart#leftOut()} says whether any was).
 */
public record ChartData(Chart byRegion, Chart byIndustry, Chart byInvestorOrigin, Chart landing, Chart fundsArrived) {

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
	 * @param titleKey the label key of its title
	 * @param leftOut whether rows of the model's table were left out
	 * @param sentence what a chart of one bar or slice says instead of being drawn
	 * ("来源地：全部为广东省（12个项目， 14.30亿元）"); null when it is drawn (or has nothing to draw)
	 */
	public record Chart(String titleKey, List<Series> series, List<Item> items, boolean leftOut,
			@Nullable String sentence) {

		/** Nothing to draw: the chart is a "no data" line. */
		public boolean empty() {
			return this.items.isEmpty();
		}

	}

	/**
	 * A one-series chart of {@code items}: drawn, or with one item the sentence that says
	 * it.
	 */
	private static Chart chart(ReportLabels labels, String titleKey, Series series, List<Item> items, boolean leftOut,
			String subjectKey, List<Long> projects) {
		String sentence = null;
		if (items.size() == 1) {
			Item only = items.get(0);
			sentence = labels.format("chart.single", labels.get(subjectKey), only.label(),
					labels.format("chart.single.figures", projects.get(0), amount(labels, only.values().get(0))));
		}
		return new Chart(titleKey, List.of(series), items, leftOut, sentence);
	}

	/**
	 * An amount in 万元 as the sentences say it: 14.30亿元; CNY 1.43 billion, CNY 159
	 * million.
	 */
	private static String amount(ReportLabels labels, BigDecimal wan) {
		return labels.language().english() ? Money.cny(wan) : labels.format("amount.yi", Money.yiText(wan));
	}

	/** The chart data of a report's figures, decided here once for every renderer. */
	static ChartData of(ReportHeading heading, BreakdownTables breakdowns, Landing progress,
			FundsArrived fundsArrived) {
		ReportLabels labels = ReportLabels.of(heading);
		String amountYi = labels.get("column.amountYi");
		List<Item> regions = new ArrayList<>();
		List<Long> regionProjects = new ArrayList<>();
		for (RegionFigures row : breakdowns.byRegion()) {
			// with dozens of regions most have nothing this period
			// an unknown amount is left out, never drawn as zero
			if (row.amountWan() != null && row.amountWan().signum() != 0) {
				regions.add(new Item(row.code(), labels.regionName(row), List.of(row.amountWan()), null,
						ChartPalette.series(0)));
				regionProjects.add(row.projects());
			}
		}
		List<Item> industries = new ArrayList<>();
		List<Long> industryProjects = new ArrayList<>();
		for (IndustryFigures row : breakdowns.byIndustry()) {
			if (row.amountWan() != null && row.amountWan().signum() > 0) {
				industries.add(new Item(row.code(), row.name(), List.of(row.amountWan()), row.sharePercent(),
						ChartPalette.series(industries.size())));
				industryProjects.add(row.projects());
			}
		}
		List<Item> origins = new ArrayList<>();
		List<Long> originProjects = new ArrayList<>();
		for (OriginFigures row : breakdowns.byInvestorOrigin()) {
			// an origin whose projects all lack an amount has no bar, rather than a bar
			// of zero
			if (row.amountWan() != null && row.amountWan().signum() > 0) {
				origins.add(new Item(row.code(), row.name(), List.of(row.amountWan()), null, ChartPalette.series(0)));
				originProjects.add(row.projects());
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
		List<Long> fundsProjects = new ArrayList<>();
		for (FundsSource source : fundsArrived.bySource()) {
			if (source.amountWan().signum() > 0) {
				funds.add(new Item(source.kind().key(), labels.get("funds." + source.kind().key()),
						List.of(source.amountWan()), source.sharePercent(), ChartPalette.series(funds.size())));
				fundsProjects.add(source.projects());
			}
		}
		Series amount = new Series(amountYi, ChartPalette.series(0));
		// one bar or slice says nothing a sentence does not; the landing chart's one bar
		// still shows four statuses
		return new ChartData(
				chart(labels, "chart.byRegion", amount, regions, regions.size() < breakdowns.byRegion().size(),
						"chart.subject.byRegion", regionProjects),
				chart(labels, "chart.byIndustry", amount, industries, false, "chart.subject.byIndustry",
						industryProjects),
				chart(labels, "chart.byInvestorOrigin", amount, origins, false, "chart.subject.byInvestorOrigin",
						originProjects),
				new Chart("chart.landing", statuses, landing, landing.size() < progress.byRegion().size(), null),
				chart(labels, "chart.fundsArrived", new Series(labels.get("column.fundsYi"), ChartPalette.series(0)),
						funds, false, "chart.subject.fundsArrived", fundsProjects));
	}

}
