package cn.investpromo.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import cn.investpromo.report.ChartData.Chart;
import cn.investpromo.report.ChartData.Item;
import cn.investpromo.report.ChartData.Kind;
import cn.investpromo.report.ChartData.Series;
import cn.investpromo.report.FundsArrived.FundsSource;

/**
 * Builds the {@link ChartData} of a report's figures: which items each chart shows, and
 * the sentence of a chart of one item.
 */
final class ChartItems {

	private ChartItems() {
	}

	/**
	 * A one-series chart of {@code items}: drawn, or with one item the sentence that says
	 * it.
	 */
	private static Chart chart(ReportLabels labels, Kind kind, Series series, List<Item> items, boolean leftOut,
			String subjectKey, List<Long> projects) {
		String sentence = null;
		if (items.size() == 1) {
			Item only = items.get(0);
			sentence = labels.format("chart.single", labels.get(subjectKey), only.label(),
					labels.format("chart.single.figures", projects.get(0), amount(labels, only.values().get(0))));
		}
		return new Chart(kind, List.of(series), items, leftOut, sentence);
	}

	/**
	 * An amount in 万元 as the sentences say it: 14.30亿元; CNY 1.43 billion, CNY 159
	 * million.
	 */
	private static String amount(ReportLabels labels, BigDecimal wan) {
		return labels.language().english() ? Money.cny(wan) : labels.format("amount.yi", Money.yiText(wan));
	}

	/** The chart data of a report's figures, decided here once for every renderer. */
	static ChartData of(ReportHeading heading, BreakdownTables breakdowns, Landing progress, FundsArrived fundsArrived,
			Trend trend) {
		ReportLabels labels = ReportLabels.of(heading);
		// which bars, slices and sentences: decided here once for every renderer
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
		for (GroupFigures row : breakdowns.byInvestorOrigin()) {
			// an origin whose projects all lack an amount has no bar, rather than a bar
			// of zero
			if (row.amountWan() != null && row.amountWan().signum() > 0) {
				origins.add(new Item(row.code(), row.name(), List.of(row.amountWan()), null, ChartPalette.series(0)));
				originProjects.add(row.projects());
			}
		}
		Series amount = new Series(amountYi, ChartPalette.series(0));
		// one bar or slice says nothing a sentence does not; the landing chart's one bar
		// still shows four statuses
		return new ChartData(trend(labels, trend),
				chart(labels, Kind.BY_REGION, amount, regions, regions.size() < breakdowns.byRegion().size(),
						"chart.subject.byRegion", regionProjects),
				chart(labels, Kind.BY_INDUSTRY, amount, industries, false, "chart.subject.byIndustry",
						industryProjects),
				chart(labels, Kind.BY_INVESTOR_ORIGIN, amount, origins, false, "chart.subject.byInvestorOrigin",
						originProjects),
				eventsByType(labels, breakdowns), landing(labels, progress), funds(labels, fundsArrived));
	}

	/** Landing progress: one bar of four statuses per region with projects. */
	private static Chart landing(ReportLabels labels, Landing progress) {
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
		return new Chart(Kind.LANDING, statuses, landing, landing.size() < progress.byRegion().size(), null);
	}

	/** Funds arrived by source: a slice per source with funds. */
	private static Chart funds(ReportLabels labels, FundsArrived fundsArrived) {
		List<Item> funds = new ArrayList<>();
		List<Long> fundsProjects = new ArrayList<>();
		for (FundsSource source : fundsArrived.bySource()) {
			BigDecimal amount = source.amountWan();
			if (amount != null && amount.signum() > 0) {
				funds.add(new Item(source.kind().key(), labels.get("funds." + source.kind().key()), List.of(amount),
						source.sharePercent(), ChartPalette.series(funds.size())));
				fundsProjects.add(source.projects());
			}
		}
		return chart(labels, Kind.FUNDS_ARRIVED, new Series(labels.get("column.fundsYi"), ChartPalette.series(0)),
				funds, false, "chart.subject.fundsArrived", fundsProjects);
	}

	/**
	 * The trend: one item per period with its projects and events (the amount, which may
	 * be unknown, is drawn from the trend itself); no data when every period has none.
	 */
	private static Chart trend(ReportLabels labels, Trend trend) {
		List<Item> points = new ArrayList<>();
		for (TrendPoint point : trend.points()) {
			String period = point.period().label();
			if (point.projects() != null && point.events() != null) {
				// a period the ledgers do not cover has no figure to draw, not zeros
				points.add(new Item(period, period,
						List.of(BigDecimal.valueOf(point.projects()), BigDecimal.valueOf(point.events())), null,
						ChartPalette.series(0)));
			}
		}
		List<Series> series = List.of(new Series(labels.get("chart.trend.projects"), ChartPalette.series(0)),
				new Series(labels.get("chart.trend.events"), ChartPalette.series(5)));
		return new Chart(Kind.TREND, series, points, false, null);
	}

	/** Events by type, every type a column, even one without events. */
	private static Chart eventsByType(ReportLabels labels, BreakdownTables breakdowns) {
		List<Item> types = new ArrayList<>();
		for (EventTypeFigures row : breakdowns.eventsByType()) {
			types.add(new Item(row.type().name(), row.type().label(labels.language().english()),
					List.of(BigDecimal.valueOf(row.events())), null, ChartPalette.series(0)));
		}
		return new Chart(Kind.EVENTS_BY_TYPE, List.of(new Series(labels.get("column.events"), ChartPalette.series(0))),
				types, false, null);
	}

}
