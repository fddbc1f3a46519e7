package cn.investpromo.job;

import java.util.List;

import org.jspecify.annotations.Nullable;

import cn.investpromo.report.ReportFiles;

/**
 * What a report launch did; {@code executionId} is the report job's execution that wrote
 * the files.
 */
public record ReportOutcome(Status status, ReportFiles files, List<String> problems, @Nullable Long executionId) {

	/** Written now, already written from the same data before, or failed. */
	public enum Status {

		WRITTEN, ALREADY_DONE, FAILED

	}

}
