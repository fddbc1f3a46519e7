package cn.investpromo.ledger;

import java.util.List;

/**
 * One spreadsheet row as text cells.
 *
 * @param number the 1-based row number as the spreadsheet program shows it
 * @param cells cell texts by column index, "" for blank cells
 */
public record RawRow(int number, List<String> cells) {

	/** The text of column {@code index}, "" past the last cell. */
	public String cell(int index) {
		return index < this.cells.size() ? this.cells.get(index) : "";
	}

	/** Whether every cell is blank. */
	public boolean blank() {
		return this.cells.stream().allMatch(String::isBlank);
	}

}
