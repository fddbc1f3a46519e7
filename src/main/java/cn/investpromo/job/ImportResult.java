package cn.investpromo.job;

import java.io.Serializable;
import java.util.List;

/**
 * What an import did; {@code unreadableFiles} were refused, {@code noLedgerFiles} held no
 * ledger sheet (both fail the run), {@code resumedAt} is the number of items a restart
 * skipped as already committed, {@code corrections} the corrections workbooks of the
 * ledgers with rejected rows.
 */
public record ImportResult(boolean completed, boolean stopped, List<String> problems, int files, int unreadableFiles,
		int noLedgerFiles, long read, long rejected, long resumedAt, int unchangedFiles,
		List<String> corrections) implements Serializable {

	static ImportResult failed(String problem) {
		return new ImportResult(false, false, List.of(problem), 0, 0, 0, 0, 0, 0, 0, List.of());
	}

}
