package cn.investpromo.report.excel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import cn.investpromo.report.Comparison;
import cn.investpromo.report.FundsFigures;
import cn.investpromo.report.FundsFigures.MonthArrivals;
import cn.investpromo.report.FundsFigures.ProjectArrivals;
import cn.investpromo.report.FundsFigures.RegionArrivals;
import cn.investpromo.report.Period;
import cn.investpromo.report.ReportLabels;
import cn.investpromo.report.excel.Table.Kind;
import cn.investpromo.report.excel.Table.Placement;

/**
 * The 到位资金 sheet from the funds ledger (SPEC §2.7, §5.2): the arrivals and each source
 * compared, then by child region, the projects with the largest arrivals, the year month
 * by month against the target's 序时进度, and the arrivals data quality lists.
 */
final class FundsSheet {

	private static final int COLUMNS = OverviewSheet.COLUMNS;

	private final SheetContext sheets;

	private final FundsFigures funds;

	private final ReportLabels labels;

	FundsSheet(SheetContext sheets, FundsFigures funds) {
		this.sheets = sheets;
		this.funds = funds;
		this.labels = sheets.labels();
	}

	/** A row of the comparison table: the total or a source. */
	private record Compared(String name, Comparison values) {
	}

	void write() {
		Sheet sheet = this.sheets.sheet("sheet.fundsArrived");
		SheetWriter writer = this.sheets.writer(sheet);
		List<Compared> compared = new ArrayList<>();
		compared.add(new Compared(this.labels.get("funds.arrivedTotal"), this.funds.arrivedWan()));
		this.funds.bySource()
			.forEach((s) -> compared
				.add(new Compared(s.source().label(this.labels.language().english()), s.arrivedWan())));
		Table<RegionArrivals> regions = Table.withTotals(this.funds.byRegion())
			.column(this.labels.get("column.region"), Kind.TEXT, RegionArrivals::name)
			.column(this.labels.get("funds.arrivedYi"), Kind.AMOUNT_WAN, RegionArrivals::arrivedWan)
			.codeColumn(this.labels.get("column.regionCode"), RegionArrivals::code);
		Table<ProjectArrivals> projects = Table.of(this.funds.topProjects())
			.column(this.labels.get("column.rank"), Kind.INTEGER, ProjectArrivals::rank)
			.column(this.labels.get("column.projectName"), Kind.TEXT, ProjectArrivals::name)
			.column(this.labels.get("column.investor"), Kind.TEXT, ProjectArrivals::investor)
			.column(this.labels.get("column.region"), Kind.TEXT, ProjectArrivals::regionName)
			.column(this.labels.get("funds.arrivedYi"), Kind.AMOUNT_WAN, ProjectArrivals::arrivedWan)
			.column(this.labels.get("funds.arrivals"), Kind.INTEGER, ProjectArrivals::arrivals);
		Table<MonthArrivals> months = Table.of(this.funds.byMonth())
			.column(this.labels.get("column.month"), Kind.LABEL, (m) -> this.labels.periodName(Period.month(m.month())))
			.column(this.labels.get("funds.arrivedYi"), Kind.AMOUNT_WAN, MonthArrivals::arrivedWan)
			.column(this.labels.get("funds.cumulativeYi"), Kind.AMOUNT_WAN, MonthArrivals::cumulativeWan)
			.column(this.labels.get("funds.scheduleYi"), Kind.AMOUNT_WAN, MonthArrivals::scheduleWan);
		measure(writer, compared, List.of(regions, projects, months));
		writer.title(0, this.sheets.sheetTitle("section.fundsLedger"), COLUMNS);
		int rowIndex = comparisons(writer, compared, 2);
		rowIndex = section(writer, rowIndex, "funds.byRegion", regions);
		rowIndex = section(writer, rowIndex, "funds.topProjects", projects);
		rowIndex = section(writer, rowIndex, "funds.byMonth", months);
		new FundsQualityRows(writer, this.funds, this.labels).write(rowIndex);
		SheetSetup.apply(sheet, this.labels, 3, 1, 2, this.sheets.reportTitle());
	}

	private void measure(SheetWriter writer, List<Compared> compared, List<Table<?>> tables) {
		writer.measure(0, this.labels.get("kpi.indicator"));
		for (Compared row : compared) {
			writer.measureText(0, row.name());
			Comparison v = row.values();
			for (BigDecimal value : Arrays.asList(v.month(), v.previousMonth(), v.sameMonthLastYear(), v.ytd(),
					v.ytdLastYear())) {
				for (int c = 1; c < COLUMNS; c++) {
					writer.measure(c, SheetWriter.formatAmountYi(value));
				}
			}
		}
		for (int c = 0; c < OverviewSheet.COMPARE_KEYS.size(); c++) {
			writer.measureHeader(c + 1, this.labels.get(OverviewSheet.COMPARE_KEYS.get(c)));
		}
		tables.forEach((t) -> t.measure(writer, 0));
		writer.applyWidths();
	}

	/** The total and each source with the eight comparison columns. */
	private int comparisons(SheetWriter writer, List<Compared> compared, int headerRow) {
		writer.text(writer.row(1), 0, this.labels.get("funds.unitNote"), writer.styles().meta);
		Row header = writer.row(headerRow);
		writer.header(header, 0, this.labels.get("kpi.indicator"));
		for (int c = 0; c < OverviewSheet.COMPARE_KEYS.size(); c++) {
			writer.header(header, c + 1, this.labels.get(OverviewSheet.COMPARE_KEYS.get(c)));
		}
		int rowIndex = headerRow + 1;
		for (Compared row : compared) {
			Row line = writer.row(rowIndex++);
			writer.wrapped(line, 0, row.name());
			writer.comparison(line, 1, row.values(), true);
		}
		writer.note(
				rowIndex++, this.labels.format("funds.ledgerBasis",
						this.labels.periodName(Period.month(this.funds.coveredFrom())), this.funds.unlinkedArrivals()),
				COLUMNS);
		return rowIndex + 1;
	}

	private int section(SheetWriter writer, int rowIndex, String titleKey, Table<?> table) {
		writer.text(writer.row(rowIndex), 0, this.labels.get(titleKey), writer.styles().subtitle);
		Placement placement = table.write(writer, rowIndex + 1, 0);
		return placement.nextRow() + 1;
	}

}
