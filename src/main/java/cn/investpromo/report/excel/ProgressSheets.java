package cn.investpromo.report.excel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold;
import org.apache.poi.ss.usermodel.IconMultiStateFormatting;
import org.apache.poi.ss.usermodel.IconMultiStateFormatting.IconSet;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.jspecify.annotations.Nullable;

import cn.investpromo.report.AmountBand;
import cn.investpromo.report.FundsArrived;
import cn.investpromo.report.FundsArrived.FundsSource;
import cn.investpromo.report.FundsFigures;
import cn.investpromo.report.ReportLabels;
import cn.investpromo.report.ReportModel;
import cn.investpromo.report.TargetProgress;
import cn.investpromo.report.TargetProgress.TargetFigures;
import cn.investpromo.report.excel.Table.Figure;
import cn.investpromo.report.excel.Table.Kind;
import cn.investpromo.report.excel.Table.Placement;

/**
 * The sheets of how far the year has got: funds arrived by source, annual targets, and
 * the amount bands.
 */
final class ProgressSheets {

	private static final int GAP_COLUMN = 5;

	/** The gap column of the targets by region, after the region's name. */
	private static final int REGION_GAP_COLUMN = 6;

	private final SheetContext sheets;

	private final ReportModel model;

	private final ReportLabels labels;

	ProgressSheets(SheetContext sheets) {
		this.sheets = sheets;
		this.model = sheets.model();
		this.labels = sheets.labels();
	}

	/**
	 * Writes the sheets: funds arrived, targets (and the child regions' targets, where
	 * set), amount bands.
	 */
	void writeAll() {
		fundsArrived();
		targets();
		regionTargets();
		amountBands();
	}

	/** One line of the funds table: a source, or the total with no share. */
	private record FundsRow(String name, long projects, long reporting, @Nullable BigDecimal amountWan,
			@Nullable BigDecimal sharePercent) {
	}

	private Table.Blank none() {
		return new Table.Blank(this.labels.get("report.none"));
	}

	private void fundsArrived() {
		FundsFigures ledger = this.model.fundsLedger();
		if (ledger != null) { // arrivals from a funds ledger replace the cumulative
								// column
			new FundsSheet(this.sheets, ledger).write();
			return;
		}
		FundsArrived funds = this.model.funds();
		List<FundsRow> rows = new ArrayList<>();
		for (FundsSource source : funds.bySource()) {
			rows.add(new FundsRow(this.labels.get("funds." + source.kind().key()), source.projects(),
					source.reporting(), source.amountWan(), source.sharePercent()));
		}
		Table<FundsRow> table = Table
			.withTotalRow(rows, new FundsRow("", funds.projects(), funds.projectsWithFunds(), funds.totalWan(), null))
			.column(this.labels.get("column.fundsSource"), Kind.TEXT, FundsRow::name)
			.column(this.labels.get("column.projects"), Kind.INTEGER, FundsRow::projects)
			.column(this.labels.get("column.projectsReporting"), Kind.INTEGER, FundsRow::reporting)
			// a source none of whose projects reports funds is unknown ("—"), not 0.00
			.column(this.labels.get("column.fundsYi"), Kind.AMOUNT_WAN,
					(row) -> (row.amountWan() != null) ? row.amountWan() : none())
			.column(this.labels.get("column.share"), Kind.SHARE,
					(row) -> (row.amountWan() != null) ? row.sharePercent() : none());
		Sheet sheet = this.sheets.sheet("sheet.fundsArrived");
		SheetWriter writer = this.sheets.writer(sheet);
		String withFunds = this.labels.get("column.projectsWithFunds");
		table.measure(writer, 0);
		// the label of the line below the table, wrapped like the sources
		writer.measureText(0, withFunds);
		writer.applyWidths();
		writer.title(0, this.sheets.sheetTitle("section.fundsArrived"), table.width());
		Placement placement = table.write(writer, 1, 0);
		int rowIndex = placement.nextRow() + 1;
		Row line = writer.row(rowIndex++);
		writer.wrapped(line, 0, withFunds);
		writer.integer(line, 1, funds.projectsWithFunds());
		rowIndex++;
		writer.note(rowIndex++, this.labels.format("funds.basis", String.valueOf(this.model.month().getYear()),
				String.valueOf(this.model.month().getMonthValue())), table.width());
		if (!funds.bySourceApplies()) {
			writer.note(rowIndex, this.labels.get("funds.notSplit"), table.width());
		}
		SheetSetup.apply(sheet, this.labels, 2, 0, 1, this.sheets.reportTitle());
	}

	/**
	 * The gap column's traffic lights as a native icon set, so that Excel and LibreOffice
	 * draw them and keep them right when a clerk edits a figure: red below -5 points,
	 * yellow from -5, green from 0 (the model's {@link TargetProgress.Light}, whose name
	 * the next column prints for grey paper).
	 */
	private static void lights(Source written, int gapColumn) {
		Placement rows = written.rows();
		if (rows.empty()) {
			return;
		}
		SheetConditionalFormatting formatting = written.sheet().getSheetConditionalFormatting();
		ConditionalFormattingRule rule = formatting.createConditionalFormattingRule(IconSet.GYR_3_TRAFFIC_LIGHTS);
		IconMultiStateFormatting icons = rule.getMultiStateFormatting();
		icons.setIconOnly(false);
		double[] from = { 0, -TargetProgress.YELLOW_POINTS, 0 };
		ConditionalFormattingThreshold.RangeType[] types = { ConditionalFormattingThreshold.RangeType.MIN,
				ConditionalFormattingThreshold.RangeType.NUMBER, ConditionalFormattingThreshold.RangeType.NUMBER };
		ConditionalFormattingThreshold[] thresholds = icons.getThresholds();
		for (int i = 0; i < thresholds.length; i++) {
			thresholds[i].setRangeType(types[i]);
			if (i > 0) {
				thresholds[i].setValue(from[i]);
			}
		}
		icons.setThresholds(thresholds);
		formatting
			.addConditionalFormatting(
					new CellRangeAddress[] {
							new CellRangeAddress(rows.firstDataRow(), rows.lastDataRow(), gapColumn, gapColumn) },
					rule);
	}

	private void targets() {
		TargetProgress targets = this.model.targets();
		Table<TargetFigures> table = targetColumns(Table.of(targets.targets()), (row) -> row, targets);
		if (!targets.targets().isEmpty()) {
			// the gap's header wraps before its bracketed unit, never inside it
			// (SheetWriter.measureHeader)
			Source written = this.sheets.write("sheet.targets", "section.targets", table, (writer) -> {
			}, List.of(this.labels.get("note.lights")));
			lights(written, GAP_COLUMN);
			return;
		}
		// no targets sheet in the ledgers: say so rather than show an empty table
		Sheet sheet = this.sheets.sheet("sheet.targets");
		SheetWriter writer = this.sheets.writer(sheet);
		table.measure(writer, 0);
		writer.applyWidths();
		writer.title(0, this.sheets.sheetTitle("section.targets"), table.width());
		String none = targets.any() ? "targets.noneOwn" : "targets.none";
		writer.note(2, this.labels.format(none, String.valueOf(targets.year())), table.width());
		SheetSetup.apply(sheet, this.labels, 1, 0, 0, this.sheets.reportTitle());
	}

	/** One line of the targets by region: the region and one of its targets. */
	private record RegionTarget(String region, TargetFigures target) {
	}

	/**
	 * The targets a targets sheet sets for the scope's child regions, one row per region
	 * and indicator.
	 */
	private void regionTargets() {
		TargetProgress targets = this.model.targets();
		if (targets.byRegion().isEmpty()) {
			return;
		}
		List<RegionTarget> rows = new ArrayList<>();
		targets.byRegion()
			.forEach((region) -> region.targets().forEach((t) -> rows.add(new RegionTarget(region.name(), t))));
		Table<RegionTarget> table = targetColumns(
				Table.of(rows).column(this.labels.get("column.region"), Kind.TEXT, RegionTarget::region),
				RegionTarget::target, targets);
		Source written = this.sheets.write("sheet.regionTargets", "section.regionTargets", table, (writer) -> {
		}, List.of(this.labels.get("note.regionTargets"), this.labels.get("note.lights")));
		lights(written, REGION_GAP_COLUMN);
	}

	/**
	 * A target's figure; one in 万美元 is shown as it stands, through the 亿元 cell of an
	 * amount in 万元 (×10000 ÷ 10000), so that it keeps the amounts' format.
	 */
	private static Figure figure(TargetFigures target, BigDecimal value) {
		return new Figure(target.indicator().usd() ? value.scaleByPowerOfTen(4) : value, target.indicator().amount());
	}

	/**
	 * The columns of a target: indicator, target, year to date, completion, 序时进度, gap,
	 * schedule and light.
	 */
	private <T> Table<T> targetColumns(Table<T> table, Function<T, TargetFigures> target, TargetProgress targets) {
		return table
			.column(this.labels.get("kpi.indicator"), Kind.TEXT,
					(row) -> this.labels.get("target." + target.apply(row).indicator().key()))
			.column(this.labels.get("column.target"), Kind.FIGURE,
					(row) -> figure(target.apply(row), target.apply(row).target()))
			.column(this.labels.get("column.actualYtd"), Kind.FIGURE,
					(row) -> figure(target.apply(row), target.apply(row).actualYtd()))
			.column(this.labels.get("column.completion"), Kind.SHARE, (row) -> target.apply(row).completionPercent())
			.column(this.labels.get("column.elapsed"), Kind.SHARE, (row) -> targets.elapsedPercent())
			.column(this.labels.get("column.gap"), Kind.POINTS, (row) -> target.apply(row).gapPoints())
			.column(this.labels.get("column.schedule"), Kind.LABEL,
					(row) -> this.labels.schedule(target.apply(row).schedule(), targets.elapsedPercent()))
			.column(this.labels.get("column.light"), Kind.LABEL,
					(row) -> this.labels.get("light." + target.apply(row).light().key()));
	}

	private void amountBands() {
		Table<AmountBand> table = Table.of(this.model.headline().amountBands())
			.column(this.labels.get("column.band"), Kind.TEXT, (band) -> this.labels.band(band.atLeastYi()))
			.column(this.labels.get(OverviewSheet.COMPARE_KEYS.get(0)), Kind.INTEGER, (band) -> band.projects().month())
			.column(this.labels.get(OverviewSheet.COMPARE_KEYS.get(1)), Kind.INTEGER,
					(band) -> band.projects().previousMonth())
			.column(this.labels.get(OverviewSheet.COMPARE_KEYS.get(2)), Kind.CHANGE,
					(band) -> band.projects().monthOnMonthPercent())
			.column(this.labels.get(OverviewSheet.COMPARE_KEYS.get(3)), Kind.INTEGER,
					(band) -> band.projects().sameMonthLastYear())
			.column(this.labels.get(OverviewSheet.COMPARE_KEYS.get(4)), Kind.CHANGE,
					(band) -> band.projects().yearOnYearPercent())
			.column(this.labels.get(OverviewSheet.COMPARE_KEYS.get(5)), Kind.INTEGER, (band) -> band.projects().ytd())
			.column(this.labels.get(OverviewSheet.COMPARE_KEYS.get(6)), Kind.INTEGER,
					(band) -> band.projects().ytdLastYear())
			.column(this.labels.get(OverviewSheet.COMPARE_KEYS.get(7)), Kind.CHANGE,
					(band) -> band.projects().ytdPercent());
		this.sheets.write("sheet.amountBands", "section.amountBands", table);
	}

}
