package cn.investpromo.ledger;

import java.util.List;

import org.jspecify.annotations.Nullable;

import cn.investpromo.value.Reason;

/**
 * One spreadsheet row as text cells.
 *
 * @param number the 1-based row number as the spreadsheet program shows it
 * @param cells cell texts by column index, "" for blank cells
 * @param damage why the file could not give this row whole (a CSV line with an unbalanced
 * quote): such a row is rejected with its reason while the rest of the file is read; null
 * for a row read as written
 */
public record RawRow(int number, List<String> cells, @Nullable Reason damage) {

	/** A row read as written. */
	public RawRow(int number, List<String> cells) {
		this(number, cells, null);
	}

	/** The text of column {@code index}, "" past the last cell. */
	public String cell(int index) {
		return index < this.cells.size() ? this.cells.get(index) : "";
	}

	/** Whether every cell is blank. */
	public boolean blank() {
		return this.damage == null && this.cells.stream().allMatch(String::isBlank);
	}

	/**
	 * How many columns hold text that is not blank: up to its last such cell (a cell of
	 * spaces does not count).
	 */
	public int filledWidth() {
		int width = this.cells.size();
		while (width > 0 && this.cells.get(width - 1).isBlank()) {
			width--;
		}
		return width;
	}

	/** How many columns the row spans: up to its last cell with a value. */
	public int width() {
		int width = this.cells.size();
		while (width > 0 && this.cells.get(width - 1).isEmpty()) {
			width--;
		}
		return width;
	}

}
