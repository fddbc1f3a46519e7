package cn.investpromo.sample;

import java.util.List;

/**
 * One sheet of a sample ledger: an optional title row (merged, followed by an empty row),
 * the header row, then data rows whose cells are {@code String}, {@code Number},
 * {@code LocalDate} or {@code null} (left empty).
 */
record LedgerSheet(String name, String title, List<String> headers, List<List<Object>> rows) {

	/**
	 * A sheet of free text lines in the first column, with no header: an instructions
	 * sheet.
	 */
	static LedgerSheet notes(String name, List<String> lines) {
		return new LedgerSheet(name, null, List.of(), lines.stream().map(line -> List.<Object>of(line)).toList());
	}

	/** The 0-based index of the header row, where the importer has to find it. */
	int headerRowIndex() {
		return this.title == null ? 0 : 2;
	}

}
