package cn.investpromo.ledger;

/**
 * How large a ledger may be before it is refused (SPEC §2.6 "oversized"): checked while
 * streaming, so an absurd file is rejected as soon as it crosses a limit, never loaded
 * first. What counts is what is there: rows with a value, in sheets read as ledgers.
 * Columns are not a reason to refuse a file: the readers hold the first
 * {@code maxColumns} of each row and skip the cells past them as they stream by (a stray
 * value in column XFD), so a header row must name its columns within them.
 *
 * @param maxColumns the columns read of each row, the first ones; cells past them are
 * ignored
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
	 * Fails when a row of a sheet read as a ledger lies beyond the limits: its number.
	 * Its width cannot: the readers never hold more than {@code maxColumns} cells of a
	 * row.
	 */
	public void check(String sheet, RawRow row) {
		if (row.number() > this.maxRowsPerSheet) {
			throw new UnreadableFileException(
					"工作表 " + sheet + " 超过 " + this.maxRowsPerSheet + " 行的上限（investpromo.max-rows-per-sheet），已拒绝",
					"sheet " + sheet + " has more than " + this.maxRowsPerSheet
							+ " rows, the limit (investpromo.max-rows-per-sheet)");
		}
	}

}
