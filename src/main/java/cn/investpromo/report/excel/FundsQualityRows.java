package cn.investpromo.report.excel;

import cn.investpromo.report.FundsFigures;
import cn.investpromo.report.FundsFigures.Disagreement;
import cn.investpromo.report.FundsFigures.UnlinkedArrival;
import cn.investpromo.report.ReportLabels;
import cn.investpromo.report.excel.Table.Kind;

/**
 * The funds ledger's data quality on its sheet: the period's arrivals that name no known
 * project (未关联项目), and the projects whose cumulative 到位资金 column disagrees with their
 * arrivals.
 */
final class FundsQualityRows {

	private final SheetWriter writer;

	private final FundsFigures funds;

	private final ReportLabels labels;

	FundsQualityRows(SheetWriter writer, FundsFigures funds, ReportLabels labels) {
		this.writer = writer;
		this.funds = funds;
		this.labels = labels;
	}

	/** Writes both lists from the row given; returns the first row after them. */
	int write(int firstRow) {
		Table<UnlinkedArrival> unlinked = Table.of(this.funds.unlinked())
			.column(this.labels.get("column.projectName"), Kind.TEXT, UnlinkedArrival::name)
			.column(this.labels.get("column.region"), Kind.TEXT, UnlinkedArrival::regionName)
			.column(this.labels.get("funds.date"), Kind.LABEL,
					(u) -> u.monthOnly() ? u.date().toString().substring(0, 7) : u.date().toString())
			.column(this.labels.get("funds.arrivedYi"), Kind.AMOUNT_WAN, UnlinkedArrival::amountWan)
			.column(this.labels.get("funds.where"), Kind.TEXT,
					(u) -> this.labels.format("funds.whereRow", u.file(), u.sheet(), u.row()));
		Table<Disagreement> disagreements = Table.of(this.funds.disagreements())
			.column(this.labels.get("column.projectName"), Kind.TEXT, Disagreement::name)
			.column(this.labels.get("column.region"), Kind.TEXT, Disagreement::regionName)
			.column(this.labels.get("funds.ledgerColumnYi"), Kind.AMOUNT_WAN, Disagreement::ledgerWan)
			.column(this.labels.get("funds.arrivalsSumYi"), Kind.AMOUNT_WAN, Disagreement::arrivalsWan)
			.column(this.labels.get("funds.differenceYi"), Kind.AMOUNT_WAN, Disagreement::differenceWan);
		int rowIndex = firstRow;
		this.writer.text(this.writer.row(rowIndex), 0, this.labels.get("funds.unlinked"),
				this.writer.styles().subtitle);
		rowIndex = unlinked.write(this.writer, rowIndex + 1, 0).nextRow() + 1;
		this.writer.text(this.writer.row(rowIndex), 0, this.labels.get("funds.disagreements"),
				this.writer.styles().subtitle);
		return disagreements.write(this.writer, rowIndex + 1, 0).nextRow() + 1;
	}

}
