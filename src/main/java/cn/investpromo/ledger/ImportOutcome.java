package cn.investpromo.ledger;

import java.io.Serializable;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.job.JobExecution;

/**
 * What an import found, file by file, as its check step wrote it into the job's execution
 * context: how many files it had, how many were unreadable or held no ledger sheet (both
 * fail the run), the rows read and rejected (each file's latest import: an unchanged file
 * keeps its earlier figures), and the files skipped as unchanged.
 */
public record ImportOutcome(int files, int unreadableFiles, int noLedgerFiles, long read, long rejected,
		List<String> unchangedFiles) implements Serializable {

	/** The job execution-context key under which the check step keeps it. */
	public static final String KEY = "importOutcome";

	/**
	 * What the import execution found; an import that ended before its check step (a
	 * stop, a failure) has it written when it ends.
	 */
	public static ImportOutcome of(JobExecution execution) {
		Object outcome = execution.getExecutionContext().get(KEY);
		return (outcome instanceof ImportOutcome found) ? found : new ImportOutcome(0, 0, 0, 0, 0, List.of());
	}

	static @Nullable ImportOutcome in(JobExecution execution) {
		return (execution.getExecutionContext().get(KEY) instanceof ImportOutcome found) ? found : null;
	}

}
