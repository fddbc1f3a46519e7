package cn.investpromo.report.excel;

import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.jspecify.annotations.Nullable;

import cn.investpromo.report.Comparison;
import cn.investpromo.report.ForeignInvestment;
import cn.investpromo.report.ForeignInvestment.CountryFigures;
import cn.investpromo.report.ProjectListing;
import cn.investpromo.report.ReportLabels;
import cn.investpromo.report.excel.Table.Figure;
import cn.investpromo.report.excel.Table.Kind;
import cn.investpromo.store.Rows;

/**
 * The 利用外资 sheet (SPEC §2.9): 合同外资, 实际使用外资 and the foreign-invested projects with their
 * comparisons, the period by country or region (with totals), and the period's
 * foreign-invested projects; no sheet when the model has no 外资 section.
 */
final class ForeignSheet {

	private final SheetContext sheets;

	private final ReportLabels labels;

	ForeignSheet(SheetContext sheets) {
		this.sheets = sheets;
		this.labels = sheets.labels();
	}

	/** One figure of the section with its comparisons. */
	private record FigureRow(String label, Comparison values, boolean usd) {
	}

	void write() {
		ForeignInvestment foreign = this.sheets.model().foreignInvestment();
		if (foreign == null) {
			return;
		}
		Table<FigureRow> figures = figures(
				List.of(new FigureRow(this.labels.get("foreign.contractedUsdWan"), foreign.contractedUsdWan(), true),
						new FigureRow(this.labels.get("foreign.actualUsdWan"), foreign.actualUsdWan(), true),
						new FigureRow(this.labels.get("foreign.foreignProjects"), foreign.foreignProjects(), false)));
		Table<CountryFigures> countries = Table.withTotals(foreign.byCountry())
			.column(this.labels.get("column.investorCountry"), Kind.TEXT, CountryFigures::name)
			.column(this.labels.get("foreign.projects"), Kind.INTEGER, CountryFigures::projects)
			.column(this.labels.get("column.contractedFdi"), Kind.USD_WAN, CountryFigures::contractedUsdWan)
			.column(this.labels.get("foreign.actualUsdWan"), Kind.USD_WAN, CountryFigures::actualUsdWan);
		Table<ProjectListing> projects = new ListedTable(this.labels).of(Rows.of(foreign.projects()),
				ForeignInvestment.COLUMNS);
		Sheet sheet = this.sheets.sheet("sheet.foreign");
		SheetWriter writer = this.sheets.writer(sheet);
		figures.measure(writer, 0);
		countries.measure(writer, 0);
		projects.measure(writer, 0);
		writer.applyWidths();
		int width = Math.max(figures.width(), projects.width());
		writer.title(0, this.sheets.sheetTitle("section.foreign"), width);
		int row = figures.write(writer, 1, 0).nextRow() + 1;
		writer.note(row, this.labels.get("section.foreignByCountry"), width);
		row = countries.write(writer, row + 1, 0).nextRow() + 1;
		writer.note(row, this.labels.get("section.foreignProjects"), width);
		row = projects.write(writer, row + 1, 0).nextRow() + 1;
		writer.note(row, this.labels.get("foreign.basis"), width);
		SheetSetup.apply(sheet, this.labels, 2, 0, 1, this.sheets.reportTitle());
	}

	private Table<FigureRow> figures(List<FigureRow> rows) {
		return Table.of(rows)
			.column(this.labels.get("kpi.indicator"), Kind.TEXT, FigureRow::label)
			.column(this.labels.get("compare.month"), Kind.FIGURE, (r) -> figure(r, r.values().month()))
			.column(this.labels.get("compare.previousMonth"), Kind.FIGURE, (r) -> figure(r, r.values().previousMonth()))
			.column(this.labels.get("compare.monthOnMonth"), Kind.CHANGE, (r) -> r.values().monthOnMonthPercent())
			.column(this.labels.get("compare.sameMonthLastYear"), Kind.FIGURE,
					(r) -> figure(r, r.values().sameMonthLastYear()))
			.column(this.labels.get("compare.yearOnYear"), Kind.CHANGE, (r) -> r.values().yearOnYearPercent())
			.column(this.labels.get("compare.ytd"), Kind.FIGURE, (r) -> figure(r, r.values().ytd()))
			.column(this.labels.get("compare.ytdLastYear"), Kind.FIGURE, (r) -> figure(r, r.values().ytdLastYear()))
			.column(this.labels.get("compare.ytdChange"), Kind.CHANGE, (r) -> r.values().ytdPercent());
	}

	/**
	 * A figure, or "—" where it is unknown; 万美元 go through the 亿元 cell of an amount in 万元
	 * (×10000 ÷ 10000), so that they keep the amounts' format.
	 */
	private Object figure(FigureRow row, @Nullable BigDecimal value) {
		if (value == null) {
			return new Table.Blank(this.labels.get("report.none"));
		}
		return new Figure(row.usd() ? value.scaleByPowerOfTen(4) : value, row.usd());
	}

}
