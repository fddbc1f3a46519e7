package cn.investpromo.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;

import cn.investpromo.ledger.LedgerWorkbook.LedgerSheet;

/**
 * A sheet read ahead for a read-ahead workbook: directly at first, then by a thread that
 * stays up to {@value #QUEUE} rows ahead.
 */
final class ReadAheadSheet implements LedgerSheet, Runnable {

	/** Rows read by the caller's thread before reading ahead starts. */
	static final int READ_DIRECTLY = 64;

	/** How many rows may wait: a few chunks' worth, a few hundred KB. */
	private static final int QUEUE = 1024;

	private static final Object END = new Object();

	private final LedgerSheet sheet;

	private final String name;

	private final BlockingQueue<Object> rows = new ArrayBlockingQueue<>(QUEUE);

	private volatile boolean stopped;

	private @Nullable Thread reader;

	private int readDirectly;

	private boolean ended;

	private @Nullable Map<String, String> logContext;

	ReadAheadSheet(LedgerSheet sheet) {
		this.sheet = sheet;
		this.name = sheet.name();
	}

	@Override
	public String name() {
		return this.name;
	}

	@Override
	public @Nullable RawRow nextRow() throws IOException {
		if (this.ended) {
			return null;
		}
		if (this.reader == null) {
			if (this.readDirectly++ < READ_DIRECTLY) {
				RawRow row = this.sheet.nextRow();
				this.ended = (row == null);
				return row;
			}
			// the library's log lines name the file being read: the reading thread
			// carries the same tag
			this.logContext = MDC.getCopyOfContextMap();
			this.reader = new Thread(this, "ledger-read-ahead");
			this.reader.setDaemon(true);
			this.reader.start();
		}
		Object next;
		try {
			next = this.rows.take();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while reading " + this.name, ex);
		}
		if (next instanceof RawRow row) {
			return row;
		}
		this.ended = true;
		if (next instanceof Failure failure) {
			join();
			Throwable cause = failure.cause();
			if (cause instanceof IOException io) {
				throw io;
			}
			if (cause instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (cause instanceof Error error) {
				throw error;
			}
			throw new UncheckedIOException(new IOException(cause));
		}
		join();
		return null;
	}

	@Override
	public void run() {
		if (this.logContext != null) {
			MDC.setContextMap(this.logContext);
		}
		try {
			RawRow row;
			do {
				row = this.sheet.nextRow();
			}
			while (put((row != null) ? row : END) && row != null);
		}
		catch (IOException | RuntimeException | Error ex) {
			put(new Failure(ex));
		}
		finally {
			MDC.clear();
		}
	}

	/** Waits for room; false once the caller has stopped reading this sheet. */
	private boolean put(Object item) {
		try {
			while (!this.stopped) {
				if (this.rows.offer(item, 100, TimeUnit.MILLISECONDS)) {
					return true;
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return false;
	}

	/**
	 * The caller moves on (next sheet, or closing): the reading thread ends before the
	 * workbook is touched.
	 */
	void stop() {
		this.stopped = true;
		this.rows.clear();
		join();
	}

	private void join() {
		Thread thread = this.reader;
		if (thread == null) {
			return;
		}
		boolean interrupted = false;
		while (thread.isAlive()) {
			try {
				thread.join();
			}
			catch (InterruptedException ex) {
				interrupted = true; // the thread ends within one row once stopped:
									// wait for it all the same
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	/** What the reading thread met instead of a row. */
	private record Failure(Throwable cause) {
	}

}
