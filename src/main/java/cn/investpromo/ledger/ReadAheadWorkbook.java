package cn.investpromo.ledger;

import java.io.IOException;

import org.jspecify.annotations.Nullable;

/**
 * Reads a sheet's rows ahead on a thread of its own while the caller works on the rows
 * already read, so that parsing the file (XML, BIFF records or CSV) and storing its rows
 * use both cores. The rows come out exactly as the wrapped workbook gives them, in order,
 * with its exceptions; only one thread touches the wrapped workbook at a time (the queue
 * and {@link Thread#join} order them). The first {@value #READ_DIRECTLY} rows of a sheet
 * are read directly, so a caller that looks only at the top of a sheet (header search,
 * reference sheets) starts no thread.
 */
public final class ReadAheadWorkbook implements LedgerWorkbook {

	/** Rows read by the caller's thread before reading ahead starts. */
	static final int READ_DIRECTLY = ReadAheadSheet.READ_DIRECTLY;

	private final LedgerWorkbook workbook;

	private @Nullable ReadAheadSheet current;

	ReadAheadWorkbook(LedgerWorkbook workbook) {
		this.workbook = workbook;
	}

	/** The workbook that reads the file, as the file's content chose it. */
	public LedgerWorkbook reader() {
		return this.workbook;
	}

	@Override
	public @Nullable LedgerSheet nextSheet() throws IOException {
		stopReadingAhead();
		LedgerSheet next = this.workbook.nextSheet();
		this.current = (next != null) ? new ReadAheadSheet(next) : null;
		return this.current;
	}

	@Override
	public void close() throws IOException {
		stopReadingAhead();
		this.workbook.close();
	}

	private void stopReadingAhead() {
		if (this.current != null) {
			this.current.stop();
			this.current = null;
		}
	}

}
