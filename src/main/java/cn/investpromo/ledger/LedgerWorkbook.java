package cn.investpromo.ledger;

import java.io.Closeable;
import java.io.IOException;

import org.jspecify.annotations.Nullable;

/**
 * A ledger file opened for streaming: sheets one after another, rows one after another,
 * never the whole file in memory. The small interface keeps the spreadsheet library under
 * it replaceable.
 */
public interface LedgerWorkbook extends Closeable {

	/**
	 * The next sheet, or null after the last; the previous sheet must not be used
	 * afterwards.
	 */
	@Nullable LedgerSheet nextSheet() throws IOException;

	/** A sheet being read. */
	interface LedgerSheet {

		String name();

		/** The next non-empty row, or null at the end of the sheet. */
		@Nullable RawRow nextRow() throws IOException;

	}

}
