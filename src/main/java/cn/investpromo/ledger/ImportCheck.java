package cn.investpromo.ledger;

import java.util.ArrayList;
import java.util.List;

import cn.investpromo.store.LedgerStore;
import cn.investpromo.store.LedgerStore.FileSummary;

/**
 * Decides whether an import succeeded: every file readable and no file rejected beyond
 * the limit (SPEC §2.6); and counts what it found, file by file, as its
 * {@link ImportOutcome}.
 */
public class ImportCheck {

	private final ImportInput input;

	private final LedgerStore store;

	private final double rejectLimit;

	public ImportCheck(ImportInput input, LedgerStore store, double rejectLimit) {
		this.input = input;
		this.store = store;
		this.rejectLimit = rejectLimit;
	}

	/**
	 * The files at fault, one line each naming the file and why; empty when the import
	 * succeeded.
	 */
	public List<String> problems() {
		List<String> problems = new ArrayList<>();
		for (String file : this.input.names().stream().sorted().toList()) {
			FileSummary summary = this.store.fileSummary(file);
			if (summary.unreadableReason() != null) {
				problems.add(file + "：" + summary.unreadableReason());
			}
			else if (summary.read() > 0 && summary.rejected() > this.rejectLimit * summary.read()) {
				problems.add(String.format("%s：%d 行中 %d 行被拒绝，超过上限 %.0f%%", file, summary.read(), summary.rejected(),
						this.rejectLimit * 100));
			}
		}
		return problems;
	}

	/**
	 * What the import found: each file's latest figures as stored, a file without a
	 * ledger sheet told apart from an unreadable one by the reason the reader gave it.
	 */
	public ImportOutcome outcome() {
		long read = 0;
		long rejected = 0;
		int unreadable = 0;
		int noLedger = 0;
		for (String file : this.input.names()) {
			FileSummary summary = this.store.fileSummary(file);
			read += summary.read();
			rejected += summary.rejected();
			String reason = summary.unreadableReason();
			if (reason != null && LedgerItemReader.isNoLedgerSheet(reason)) {
				noLedger++;
			}
			else if (reason != null) {
				unreadable++;
			}
		}
		return new ImportOutcome(this.input.files().size(), unreadable, noLedger, read, rejected,
				this.input.unchanged());
	}

}
