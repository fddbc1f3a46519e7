package cn.investpromo.ledger;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import cn.investpromo.event.PromotionEvent;
import cn.investpromo.ledger.LedgerItem.FileCompleted;
import cn.investpromo.ledger.LedgerItem.FileFailed;
import cn.investpromo.ledger.LedgerItem.FileStarted;
import cn.investpromo.pipeline.PipelineProject;
import cn.investpromo.project.SignedProject;
import cn.investpromo.ledger.LedgerItem.ReferenceRow;
import cn.investpromo.quality.RejectedRow;
import cn.investpromo.quality.Source;
import cn.investpromo.ledger.LedgerItem.SheetStarted;
import cn.investpromo.ledger.LedgerItem.SummaryRow;
import cn.investpromo.funds.FundArrival;
import cn.investpromo.store.FundArrivalStore;
import cn.investpromo.store.LedgerStore;
import cn.investpromo.value.Reason;
import cn.investpromo.store.LedgerStore.FileSummary;
import cn.investpromo.store.LedgerStore.Fingerprint;

/**
 * Stores one chunk of import items in the chunk's transaction: records are upserted,
 * rejects recorded and the per-sheet counts advanced together, so a crash never leaves
 * counts and rows disagreeing.
 */
public class LedgerItemWriter implements ItemWriter<LedgerItem> {

	private static final Logger log = LoggerFactory.getLogger(LedgerItemWriter.class);

	/**
	 * One line per rejected row in the log file (SPEC §2.6 "in the run's log"); the
	 * console would drown in them.
	 */
	private static final Logger rejectLog = LoggerFactory.getLogger("investpromo.rejects");

	/**
	 * Why a store failed, in the database's words: the log file keeps it, the console
	 * never shows it.
	 */
	private static final Logger detail = LoggerFactory.getLogger("investpromo.reading");

	private final LedgerStore store;

	private final FundArrivalStore arrivals;

	/**
	 * A savepoint inside the chunk's transaction: a failed write rolls back to it, not
	 * the whole chunk.
	 */
	private final TransactionTemplate nested;

	public LedgerItemWriter(LedgerStore store, FundArrivalStore arrivals,
			PlatformTransactionManager transactionManager) {
		this.store = store;
		this.arrivals = arrivals;
		this.nested = new TransactionTemplate(transactionManager);
		this.nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	/**
	 * Writes the chunk; when the database refuses it (a value no column holds, or any
	 * other surprise), writes it again item by item, each behind its own savepoint, and
	 * stores a row that still fails as a rejected row: no value can fail the import, and
	 * the log names the file, sheet and rows concerned. Log lines are written once the
	 * items they speak of are stored.
	 */
	@Override
	public void write(Chunk<? extends LedgerItem> chunk) {
		List<Runnable> lines = new ArrayList<>();
		try {
			this.nested.executeWithoutResult((status) -> writeItems(chunk.getItems(), lines));
			this.store.rememberRegions(regions(chunk.getItems()));
		}
		catch (RuntimeException ex) {
			lines.clear();
			detail.warn("A chunk of {} item(s) was not stored, writing it item by item: {}", chunk.size(),
					ex.toString());
			writeOneByOne(chunk.getItems(), lines);
		}
		// these lines name their own file; the reader's tag may already name the next
		// file, so leave it out
		String reading = MDC.get(LedgerItemReader.FILE_MDC_KEY);
		MDC.remove(LedgerItemReader.FILE_MDC_KEY);
		try {
			lines.forEach(Runnable::run);
		}
		finally {
			if (reading != null) {
				MDC.put(LedgerItemReader.FILE_MDC_KEY, reading);
			}
		}
	}

	private void writeOneByOne(List<? extends LedgerItem> items, List<Runnable> lines) {
		Map<List<String>, List<Integer>> notStored = new LinkedHashMap<>();
		for (LedgerItem item : items) {
			List<Runnable> itemLines = new ArrayList<>();
			try {
				this.nested.executeWithoutResult((status) -> writeItems(List.of(item), itemLines));
				this.store.rememberRegions(regions(List.of(item)));
				lines.addAll(itemLines);
			}
			catch (RuntimeException ex) {
				Source source = source(item);
				if (source == null) {
					throw ex; // a file or sheet record: nothing it could be stored as
								// instead
				}
				detail.warn("{} sheet {} row {} not stored: {}", source.file(), source.sheet(), source.row(),
						ex.toString());
				RejectedRow reject = new RejectedRow(source, "", shownValue(item), Reason.of("row.notStored"));
				List<Runnable> rejectLines = new ArrayList<>();
				this.nested.executeWithoutResult(
						(status) -> writeItems(List.of(new LedgerItem.Rejected(reject)), rejectLines));
				lines.addAll(rejectLines);
				notStored.computeIfAbsent(List.of(source.file(), source.sheet()), (key) -> new ArrayList<>())
					.add(source.row());
			}
		}
		notStored.forEach((where, rows) -> lines.add(() -> log
			.warn("{} 工作表 {}：第 {}–{} 行的一批无法整批保存，已逐行保存，第 {} 行被数据库拒绝，已列为拒绝行 / sheet {}: the rows {}–{} could "
					+ "not be stored as one chunk and were stored one by one; row(s) {} refused by the database, listed as rejected",
					where.get(0), where.get(1), firstRow(items, where), lastRow(items, where), join(rows), where.get(1),
					firstRow(items, where), lastRow(items, where), join(rows))));
	}

	private static String join(List<Integer> rows) {
		return String.join("、", rows.stream().map(String::valueOf).toList());
	}

	private static int firstRow(List<? extends LedgerItem> items, List<String> where) {
		return rowsOf(items, where).min().orElse(0);
	}

	private static int lastRow(List<? extends LedgerItem> items, List<String> where) {
		return rowsOf(items, where).max().orElse(0);
	}

	private static java.util.stream.IntStream rowsOf(List<? extends LedgerItem> items, List<String> where) {
		return items.stream()
			.map(LedgerItemWriter::source)
			.filter((source) -> source != null && source.file().equals(where.get(0))
					&& source.sheet().equals(where.get(1)))
			.mapToInt(Source::row);
	}

	/**
	 * The file and region code of each event and project among the items that the store
	 * registered: of rows with the same key, the last one, as {@link Batch} keeps only
	 * that one (an earlier one written in an earlier batch of the chunk was registered
	 * too; leaving it out only costs a lookup later).
	 */
	private static List<List<String>> regions(List<? extends LedgerItem> items) {
		Map<String, List<String>> byKey = new LinkedHashMap<>();
		for (LedgerItem item : items) {
			if (item instanceof LedgerItem.Event event) {
				byKey.put("E" + event.event().key(),
						List.of(event.event().source().file(), event.event().hostRegionCode()));
			}
			else if (item instanceof LedgerItem.Project project) {
				byKey.put("P" + project.project().key(),
						List.of(project.project().source().file(), project.project().regionCode()));
			}
		}
		return List.copyOf(byKey.values());
	}

	/** Where a row item comes from; null for file and sheet records. */
	private static @Nullable Source source(LedgerItem item) {
		if (item instanceof LedgerItem.Event event) {
			return event.event().source();
		}
		if (item instanceof LedgerItem.Project project) {
			return project.project().source();
		}
		if (item instanceof LedgerItem.Pipeline pipeline) {
			return pipeline.project().source();
		}
		if (item instanceof LedgerItem.Rejected reject) {
			return reject.row().source();
		}
		if (item instanceof LedgerItem.Arrival arrival) {
			return arrival.arrival().source();
		}
		if (item instanceof SummaryRow summary) {
			return summary.source();
		}
		if (item instanceof ReferenceRow reference) {
			return reference.source();
		}
		return null;
	}

	private static String shownValue(LedgerItem item) {
		String value = (item instanceof LedgerItem.Event event) ? event.event().name()
				: (item instanceof LedgerItem.Project project) ? project.project().name()
						: (item instanceof LedgerItem.Rejected reject) ? reject.row().value() : "";
		return (value.length() > 200) ? value.substring(0, 200) + "…" : value;
	}

	private void writeItems(List<? extends LedgerItem> items, List<Runnable> lines) {
		Batch batch = new Batch(lines);
		for (LedgerItem item : items) {
			// Java 17: no pattern switch yet
			if (item instanceof FileStarted started) {
				batch.flush();
				this.store.startFile(started.file());
				this.arrivals.startFile(started.file());
			}
			else if (item instanceof SheetStarted started) {
				batch.flush();
				this.store.startSheet(started.file(), started.sheet(), started.kind(),
						(started.layout() != null) ? started.layout().headerRow() : null);
			}
			else if (item instanceof FileFailed failed) {
				batch.flush();
				this.store.fileFailed(failed.file(), failed.reason());
			}
			else if (item instanceof LedgerItem.Event event) {
				batch.event(event.event());
			}
			else if (item instanceof LedgerItem.Project project) {
				batch.project(project.project());
			}
			else if (item instanceof LedgerItem.Pipeline pipeline) {
				batch.pipeline(pipeline.project());
			}
			else if (item instanceof LedgerItem.Arrival arrival) {
				batch.arrivals.add(arrival.arrival());
				batch.count(arrival.arrival().source(), 0);
			}
			else if (item instanceof LedgerItem.Rejected reject) {
				batch.reject(reject.row());
			}
			else if (item instanceof SummaryRow summary) {
				batch.count(summary.source(), 2);
			}
			else if (item instanceof ReferenceRow reference) {
				batch.count(reference.source(), 0);
			}
			else if (item instanceof FileCompleted completed) {
				batch.flush(); // in the same transaction as the file's last rows
				this.store.fileCompleted(completed.file(),
						new Fingerprint(completed.sha256(), completed.size(), completed.referenceHash()),
						completed.widths());
				FileSummary summary = this.store.fileSummary(completed.file());
				lines.add(() -> log.info(
						"{}：已导入，读取 {} 行，接受 {} 行，拒绝 {} 行 / imported: {} row(s) read, {} accepted, {} rejected",
						completed.file(), summary.read(), summary.read() - summary.rejected(), summary.rejected(),
						summary.read(), summary.read() - summary.rejected(), summary.rejected()));
			}
			else {
				throw new IllegalStateException("unprocessed item " + item);
			}
		}
		batch.flush();
	}

	/** Rows gathered between sheet boundaries, written with JDBC batches. */
	private final class Batch {

		// keyed so that a key repeated within a chunk is written once, the later row
		// winning (SPEC §2.5)
		private final Map<String, PromotionEvent> events = new LinkedHashMap<>();

		private final Map<String, SignedProject> projects = new LinkedHashMap<>();

		private final Map<String, PipelineProject> pipeline = new LinkedHashMap<>();

		private final List<RejectedRow> rejects = new ArrayList<>();

		private final List<FundArrival> arrivals = new ArrayList<>();

		private final Map<List<String>, int[]> counts = new LinkedHashMap<>();

		private final List<Runnable> lines;

		Batch(List<Runnable> lines) {
			this.lines = lines;
		}

		void event(PromotionEvent event) {
			this.events.remove(event.key());
			this.events.put(event.key(), event);
			count(event.source(), 0);
		}

		void project(SignedProject project) {
			this.projects.remove(project.key());
			this.projects.put(project.key(), project);
			count(project.source(), 0);
		}

		void pipeline(PipelineProject project) {
			this.pipeline.remove(project.key());
			this.pipeline.put(project.key(), project);
			count(project.source(), 0);
		}

		void reject(RejectedRow reject) {
			Source source = reject.source();
			String value = reject.value();
			this.lines.add(() -> rejectLog.info(
					"{} 工作表 {} 第 {} 行 列 {} 值 “{}”：{} / {} sheet {} row {} column {} value \"{}\": {}", source.file(),
					source.sheet(), source.row(), reject.column(), shorten(value), reject.reason().zh(), source.file(),
					source.sheet(), source.row(), reject.column(), shorten(value), reject.reason().en()));
			this.rejects.add(reject);
			count(reject.source(), 1);
		}

		/** index 0 accepted, 1 rejected, 2 summary rows. */
		void count(Source source, int index) {
			this.counts.computeIfAbsent(List.of(source.file(), source.sheet()), (key) -> new int[3])[index]++;
		}

		private static String shorten(String value) {
			return (value.length() > 100) ? value.substring(0, 100) + "…" : value;
		}

		void flush() {
			if (!this.events.isEmpty()) {
				LedgerItemWriter.this.store.saveEvents(List.copyOf(this.events.values()));
			}
			if (!this.projects.isEmpty()) {
				LedgerItemWriter.this.store.saveProjects(List.copyOf(this.projects.values()));
			}
			if (!this.pipeline.isEmpty()) {
				LedgerItemWriter.this.store.savePipeline(List.copyOf(this.pipeline.values()));
			}
			if (!this.rejects.isEmpty()) {
				LedgerItemWriter.this.store.saveRejects(this.rejects);
			}
			LedgerItemWriter.this.arrivals.save(this.arrivals);
			this.counts.forEach((key, count) -> {
				LedgerItemWriter.this.store.count(key.get(0), key.get(1), count[0], count[1]);
				if (count[2] > 0) {
					LedgerItemWriter.this.store.countSummaryRows(key.get(0), key.get(1), count[2]);
				}
			});
			this.events.clear();
			this.projects.clear();
			this.pipeline.clear();
			this.rejects.clear();
			this.arrivals.clear();
			this.counts.clear();
		}

	}

}
