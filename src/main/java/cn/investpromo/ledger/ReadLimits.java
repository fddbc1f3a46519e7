package cn.investpromo.ledger;

import java.io.IOException;

/**
 * How large a ledger may be before it is refused (SPEC §2.6 "oversized"): checked while streaming, so an absurd
 * file is rejected as soon as it crosses a limit, never loaded first.
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
	 * Fails when a sheet declares a size beyond the limits (the dimension an .xlsx or .xls records before its rows,
	 * a CSV's line count), so that an oversized sheet is refused before any of its rows is stored.
	 */
	public void checkDeclared(String sheet, long rows, long columns) throws IOException {
		if (columns > this.maxColumns) {
			throw new IOException("工作表 " + sheet + " 有 " + columns + " 列，超过 " + this.maxColumns
					+ " 列的上限（investpromo.max-columns），已拒绝");
		}
		if (rows > this.maxRowsPerSheet) {
			throw new IOException("工作表 " + sheet + " 超过 " + this.maxRowsPerSheet
					+ " 行的上限（investpromo.max-rows-per-sheet），已拒绝");
		}
	}

	/** Fails when a cell lies beyond the limits; {@code column} is 0-based, {@code row} 1-based. */
	public void check(String sheet, int row, int column) throws IOException {
		if (column >= this.maxColumns) {
			throw new IOException("工作表 " + sheet + " 第 " + row + " 行超过 " + this.maxColumns
					+ " 列的上限（investpromo.max-columns），已拒绝");
		}
		if (row > this.maxRowsPerSheet) {
			throw new IOException("工作表 " + sheet + " 超过 " + this.maxRowsPerSheet
					+ " 行的上限（investpromo.max-rows-per-sheet），已拒绝");
		}
	}

}
