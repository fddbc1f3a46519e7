package cn.investpromo.ledger;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import cn.investpromo.event.PromotionEvent;
import cn.investpromo.ledger.LedgerItem.FileCompleted;
import cn.investpromo.ledger.LedgerItem.FileFailed;
import cn.investpromo.ledger.LedgerItem.FileStarted;
import cn.investpromo.project.SignedProject;
import cn.investpromo.ledger.LedgerItem.ReferenceRow;
import cn.investpromo.quality.RejectedRow;
import cn.investpromo.ledger.LedgerItem.SheetStarted;
import cn.investpromo.ledger.LedgerItem.SummaryRow;
import cn.investpromo.store.LedgerStore;
import cn.investpromo.store.LedgerStore.Fingerprint;
import cn.investpromo.quality.Source;

/**
 * Stores one chunk of import items in the chunk's transaction: records are upserted, rejects recorded and the
 * per-sheet counts advanced together, so a crash never leaves counts and rows disagreeing.
 */
public class LedgerItemWriter implements ItemWriter<LedgerItem> {

	private final LedgerStore store;

	public LedgerItemWriter(LedgerStore store) {
		this.store = store;
	}

	@Override
	public void write(Chunk<? extends LedgerItem> chunk) {
		Batch batch = new Batch();
		for (LedgerItem item : chunk) {
			// Java 17: no pattern switch yet
			if (item instanceof FileStarted started) {
				batch.flush();
				this.store.startFile(started.file());
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
						new Fingerprint(completed.sha256(), completed.size(), completed.referenceHash()));
			}
			else {
				throw new IllegalStateException("unprocessed item " + item);
			}
		}
		batch.flush();
	}

	/** Rows gathered between sheet boundaries, written with JDBC batches. */
	private final class Batch {

		// keyed so that a key repeated within a chunk is written once, the later row winning (SPEC §2.5)
		private final Map<String, PromotionEvent> events = new LinkedHashMap<>();

		private final Map<String, SignedProject> projects = new LinkedHashMap<>();

		private final List<RejectedRow> rejects = new ArrayList<>();

		private final Map<List<String>, int[]> counts = new LinkedHashMap<>();

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

		void reject(RejectedRow reject) {
			this.rejects.add(reject);
			count(reject.source(), 1);
		}

		/** index 0 accepted, 1 rejected, 2 summary rows. */
		void count(Source source, int index) {
			this.counts.computeIfAbsent(List.of(source.file(), source.sheet()), (key) -> new int[3])[index]++;
		}

		void flush() {
			if (!this.events.isEmpty()) {
				LedgerItemWriter.this.store.saveEvents(List.copyOf(this.events.values()));
			}
			if (!this.projects.isEmpty()) {
				LedgerItemWriter.this.store.saveProjects(List.copyOf(this.projects.values()));
			}
			if (!this.rejects.isEmpty()) {
				LedgerItemWriter.this.store.saveRejects(this.rejects);
			}
			this.counts.forEach((key, count) -> {
				LedgerItemWriter.this.store.count(key.get(0), key.get(1), count[0], count[1]);
				if (count[2] > 0) {
					LedgerItemWriter.this.store.countSummaryRows(key.get(0), key.get(1), count[2]);
				}
			});
			this.events.clear();
			this.projects.clear();
			this.rejects.clear();
			this.counts.clear();
		}

	}

}
