package cn.investpromo.ledger;

/**
 * How large a ledger may be before it is refused (SPEC §2.6 "oversized"): checked while
 * streaming, so an absurd file is rejected as soon as it crosses a limit, never loaded
 * first. What counts is what is there: rows and columns with a value, in sheets read as
 * ledgers.
 *
 * @param maxColumns the widest row accepted, in columns
 * @param maxRowsPerSheet the highest row number accepted in a sheet
 * @param maxFileBytes the largest file accepted, in bytes
 */
public record ReadLimits(int maxColumns, int maxRowsPerSheet, long maxFileBytes) {

	/** Generous limits for tools and tests: Excel's own sheet size and 1 GB. */
	public static final ReadLimits EXCEL = new ReadLimits(16_384, 1_048_576, 1L << 30);

	public ReadLimits {
		if (maxColumns < 1 || maxRowsPerSheet < 1 || maxFileBytes < 1) {
			throw new IllegalArgumentException("read limits must be positive");
		}
	}

	/**
	 * Fails when a row of a sheet read as a ledger lies beyond the limits: its number, or
	 * its last cell with a value. Cells with only a style and a sheet's declared
	 * dimension do not count, nor do sheets that are not ledgers.
	 */
	public void check(String sheet, RawRow row) {
		if (row.number() > this.maxRowsPerSheet) {
			throw new UnreadableFileException(
					"工作表 " + sheet + " 超过 " + this.maxRowsPerSheet + " 行的上限（investpromo.max-rows-per-sheet），已拒绝",
					"sheet " + sheet + " has more than " + this.maxRowsPerSheet
							+ " rows, the limit (investpromo.max-rows-per-sheet)");
		}
		int width = row.width();
		if (width > this.maxColumns) {
			throw new UnreadableFileException(
					"工作表 " + sheet + " 有 " + width + " 列，超过 " + this.maxColumns + " 列的上限（investpromo.max-columns），已拒绝",
					"sheet " + sheet + " has " + width + " columns, more than the limit of " + this.maxColumns
							+ " (investpromo.max-columns)");
		}
	}

}
