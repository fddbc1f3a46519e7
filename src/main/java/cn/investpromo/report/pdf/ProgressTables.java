package cn.investpromo.report.pdf;

import java.math.BigDecimal;

import com.lowagie.text.pdf.PdfPTable;

import cn.investpromo.report.FundsArrived;
import cn.investpromo.report.LandingFigures;
import cn.investpromo.report.TargetProgress;
import cn.investpromo.report.TargetProgress.TargetFigures;

/**
 * The tables of landing progress, funds arrived and annual targets, each laid out from
 * the model's figures.
 */
final class ProgressTables {

	private final TableContext tables;

	private final PdfLabels labels;

	ProgressTables(TableContext tables) {
		this.tables = tables;
		this.labels = tables.labels();
	}

	/**
	 * One row per region, each status count with its share below it, the rates, the
	 * month's starts, the total.
	 */
	PdfPTable landing(Iterable<LandingFigures> rows, LandingFigures total) {
		Grid grid = this.tables.grid(true, this.tables.text("column.region", 80),
				this.tables.number("column.totalProjects", 40), this.tables.number("column.signed", 40),
				this.tables.number("column.underConstruction", 54), this.tables.number("column.inProduction", 48),
				this.tables.number("column.terminated", 48), this.tables.number("column.startRate", 40),
				this.tables.number("column.productionRate", 44), this.tables.number("column.newStarts", 44),
				this.tables.number("column.newProduction", 47));
		String none = this.labels.get("report.none");
		for (LandingFigures row : rows) {
			grid.add(this.labels.report().regionName(row))
				.add(Formats.count(row.total()))
				.add(Formats.count(row.signed()), Formats.share(row.shares().signed()))
				.add(Formats.count(row.underConstruction()), Formats.share(row.shares().underConstruction()))
				.add(Formats.count(row.inProduction()), Formats.share(row.shares().inProduction()))
				.add(Formats.count(row.terminated()), Formats.share(row.shares().terminated()))
				.add(Formats.share(row.startRatePercent(), none))
				.add(Formats.share(row.productionRatePercent(), none))
				.add(Formats.count(row.newStarts()))
				.add(Formats.count(row.newProduction()));
		}
		grid.total(this.labels.get("report.total"))
			.total(Formats.count(total.total()))
			.total(Formats.count(total.signed()), Formats.share(total.shares().signed()))
			.total(Formats.count(total.underConstruction()), Formats.share(total.shares().underConstruction()))
			.total(Formats.count(total.inProduction()), Formats.share(total.shares().inProduction()))
			.total(Formats.count(total.terminated()), Formats.share(total.shares().terminated()))
			.total(Formats.share(total.startRatePercent(), none))
			.total(Formats.share(total.productionRatePercent(), none))
			.total(Formats.count(total.newStarts()))
			.total(Formats.count(total.newProduction()));
		return grid.table();
	}

	/**
	 * Funds arrived by source with the total; only the total row when the scope allows no
	 * split.
	 */
	PdfPTable funds(FundsArrived funds) {
		Grid grid = this.tables.grid(false, this.tables.text("column.fundsSource", 170),
				this.tables.number("column.projects", 70), this.tables.number("column.projectsReporting", 70),
				this.tables.number("column.fundsYi", 101), this.tables.number("column.share", 70));
		String none = this.labels.get("report.none");
		for (FundsArrived.FundsSource source : funds.bySource()) {
			// a source none of whose projects reports funds is unknown, not 0.00
			grid.add(this.labels.get("funds." + source.kind().key()))
				.add(Formats.count(source.projects()))
				.add(Formats.count(source.reporting()))
				.add(Formats.yi(source.amountWan(), none))
				.add(Formats.share(source.sharePercent(), none));
		}
		grid.total(this.labels.get("report.total"))
			.total(Formats.count(funds.projects()))
			.total(Formats.count(funds.projectsWithFunds()))
			.total(Formats.yi(funds.totalWan()))
			.total("");
		return grid.table();
	}

	/**
	 * Each target beside the year to date, its completion, 序时进度, the gap and whether it
	 * is ahead.
	 */
	PdfPTable targets(TargetProgress progress) {
		Grid grid = this.tables.grid(false, this.tables.text("kpi.indicator", 100),
				this.tables.number("column.target", 54), this.tables.number("column.actualYtd", 60),
				this.tables.number("column.completion", 58), this.tables.number("column.elapsed", 50),
				this.tables.number("column.gap", 72), this.tables.centre("column.light", 87));
		String elapsed = Formats.share(progress.elapsedPercent());
		for (TargetFigures row : progress.targets()) {
			grid.add(this.labels.get("target." + row.indicator().key()))
				.add(target(row, row.target()))
				.add(target(row, row.actualYtd()))
				.add(Formats.share(row.completionPercent()))
				.add(elapsed)
				.add(Formats.points(row.gapPoints()))
				.add("● " + this.labels.get("light." + row.light().key()), Palette.light(row.light()));
		}
		return grid.table();
	}

	/**
	 * The child regions' targets: the region's name on its first row, then each target as
	 * in {@link #targets}.
	 */
	PdfPTable regionTargets(TargetProgress progress) {
		Grid grid = this.tables.grid(true, this.tables.text("column.region", 90), this.tables.text("kpi.indicator", 96),
				this.tables.number("column.target", 50), this.tables.number("column.actualYtd", 56),
				this.tables.number("column.completion", 52), this.tables.number("column.gap", 66),
				this.tables.centre("column.light", 70));
		for (TargetProgress.RegionTargets region : progress.byRegion()) {
			boolean first = true;
			for (TargetFigures row : region.targets()) {
				grid.add(first ? region.name() : "")
					.add(this.labels.get("target." + row.indicator().key()))
					.add(target(row, row.target()))
					.add(target(row, row.actualYtd()))
					.add(Formats.share(row.completionPercent()))
					.add(Formats.points(row.gapPoints()))
					.add("● " + this.labels.get("light." + row.light().key()), Palette.light(row.light()));
				first = false;
			}
		}
		return grid.table();
	}

	/** A target's figure: 万美元 as they stand, other amounts in 亿元, counts. */
	private static String target(TargetFigures row, BigDecimal value) {
		return row.indicator().usd() ? Formats.usdWan(value) : TableContext.figure(row.indicator().amount(), value);
	}

}
