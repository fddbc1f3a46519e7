package cn.investpromo.ledger;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import cn.investpromo.store.LedgerStore;
import cn.investpromo.store.LedgerStore.FileSummary;

/**
 * Decides whether an import succeeded: every file readable and no file rejected beyond
 * the limit (SPEC §2.6).
 */
public class ImportCheck {

	private final Path inputDir;

	private final LedgerStore store;

	private final double rejectLimit;

	public ImportCheck(Path inputDir, LedgerStore store, double rejectLimit) {
		this.inputDir = inputDir;
		this.store = store;
		this.rejectLimit = rejectLimit;
	}

	/**
	 * The files at fault, one line each naming the file and why; empty when the import
	 * succeeded.
	 */
	public List<String> problems() {
		List<String> problems = new ArrayList<>();
		for (String file : ledgerFiles()) {
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

	private List<String> ledgerFiles() {
		return LedgerFiles.list(this.inputDir)
			.stream()
			.map((file) -> LedgerFiles.relative(this.inputDir, file))
			.sorted()
			.toList();
	}

}
