package cn.investpromo.report.excel;

import org.jspecify.annotations.Nullable;

import cn.investpromo.report.ListedColumn;
import cn.investpromo.report.ListedColumn.Blank;
import cn.investpromo.report.ListedColumn.Blanked;
import cn.investpromo.report.ListedColumn.Coded;
import cn.investpromo.report.ListedColumns;
import cn.investpromo.report.ReportLabels;
import cn.investpromo.report.excel.Table.Kind;
import cn.investpromo.store.Rows;

/**
 * A listing as a sheet's table: one column per listed column of the model, in its order.
 */
final class ListedTable {

	private final ReportLabels labels;

	ListedTable(ReportLabels labels) {
		this.labels = labels;
	}

	<T> Table<T> of(Rows<T> rows, ListedColumns<T> columns) {
		Table<T> table = Table.of(rows);
		for (ListedColumn<T> column : columns.listed()) {
			String header = this.labels.get(column.labelKey());
			if (column.format() == ListedColumn.Format.CODE) {
				table.codeColumn(header, (row) -> value(column, row));
			}
			else {
				table.column(header, kind(column.format()), (row) -> value(column, row));
			}
		}
		return table;
	}

	private <T> @Nullable Object value(ListedColumn<T> column, T row) {
		Object value = column.value().of(row, this.labels.language().english());
		if (value instanceof Coded coded) {
			value = coded.name();
		}
		if (value instanceof Blanked blanked) {
			return new Table.Blank(this.labels.get(blanked.labelKey()));
		}
		if (value == null && column.blank() == Blank.UNFILLED) {
			// 未填 (n/a) where the ledger left a figure blank, never a zero
			return new Table.Blank(this.labels.get("report.unfilled"));
		}
		return value;
	}

	private static Kind kind(ListedColumn.Format format) {
		return switch (format) {
			case TEXT, CODE, CODED, DATE_RANGE -> Kind.TEXT;
			case LABEL -> Kind.LABEL;
			case DATE -> Kind.DATE;
			case AMOUNT_WAN -> Kind.AMOUNT_WAN;
			case AMOUNT_USD_WAN -> Kind.USD_WAN;
			case COUNT -> Kind.INTEGER;
		};
	}

}
