package cn.investpromo.ledger;

import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.ItemReadListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

import cn.investpromo.ledger.LedgerItem.FileStarted;
import cn.investpromo.ledger.LedgerItem.LedgerRow;

/**
 * Progress of the import step (SPEC §6): rows read, rows per second and the file being
 * read. Without a terminal it logs a plain line every
 * {@code investpromo.progress-interval}; the CLI can hand it a terminal line to redraw
 * instead. It only listens, so the reader and writer stay as they are.
 */
public class ImportProgress
		implements ItemReadListener<LedgerItem>, ChunkListener<LedgerItem, LedgerItem>, StepExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(ImportProgress.class);

	/** A terminal is redrawn often; a log file gets a line per interval. */
	private static final long TERMINAL_NANOS = Duration.ofMillis(250).toNanos();

	private final long intervalNanos;

	private volatile @Nullable Consumer<String> terminal;

	private long started;

	private long lastShown;

	private long rows;

	private long resumedAt;

	private String file = "";

	public ImportProgress(Duration interval) {
		this.intervalNanos = interval.toNanos();
	}

	/**
	 * Shows progress as a redrawn line on a terminal instead of log lines; the terminal
	 * is handed {@code null} when the step ends, to finish its line. {@code null} here
	 * goes back to logging.
	 */
	public void showOn(@Nullable Consumer<String> terminal) {
		this.terminal = terminal;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.started = System.nanoTime();
		this.lastShown = this.started;
		this.rows = 0;
		// a restart fast-forwards over what is committed: show the position, not only
		// this run's rows
		Object saved = stepExecution.getExecutionContext().get("ledgerItemReader.read.count");
		this.resumedAt = (saved instanceof Number count) ? count.longValue() : 0;
		this.file = "";
	}

	@Override
	public void afterRead(LedgerItem item) {
		if (item instanceof LedgerRow row) {
			this.rows++;
			this.file = row.sheet().file();
		}
		else if (item instanceof FileStarted started) {
			this.file = started.file();
		}
	}

	@Override
	public void afterChunk(Chunk<LedgerItem> chunk) {
		long now = System.nanoTime();
		Consumer<String> display = this.terminal;
		if (now - this.lastShown >= ((display != null) ? TERMINAL_NANOS : this.intervalNanos)) {
			this.lastShown = now;
			show(display, now);
		}
	}

	@Override
	public @Nullable ExitStatus afterStep(StepExecution stepExecution) {
		Consumer<String> display = this.terminal;
		if (display != null) {
			show(display, System.nanoTime());
			display.accept(null);
		}
		return null;
	}

	private void show(@Nullable Consumer<String> display, long now) {
		double seconds = Math.max((now - this.started) / 1e9, 0.001);
		String line = String.format(Locale.ROOT, "import: %,d rows read (%,.0f rows/s)%s %s", this.rows,
				this.rows / seconds, (this.resumedAt > 0) ? ", resumed after item " + this.resumedAt : "", this.file);
		if (display != null) {
			display.accept(line);
		}
		else {
			log.info(line);
		}
	}

}
