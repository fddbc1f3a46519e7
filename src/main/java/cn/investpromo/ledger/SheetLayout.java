package cn.investpromo.ledger;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import cn.investpromo.quality.LedgerKind;

/**
 * How a recognised sheet is laid out: its kind, the row holding its headers and where
 * each known column is.
 *
 * @param headerRow the 1-based row number of the header row
 */
public record SheetLayout(LedgerKind kind, int headerRow, Map<LedgerField, Column> columns) {

	/**
	 * A recognised column: its index, its header as written in the sheet, and the unit in
	 * its header, if any.
	 */
	public record Column(int index, String header, @Nullable String unit) {
	}

	public @Nullable Column column(LedgerField field) {
		return this.columns.get(field);
	}

}
