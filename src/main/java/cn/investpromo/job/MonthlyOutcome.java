package cn.investpromo.job;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a monthly run did: its import and report outcomes, {@code null} for a part not run
 * this time (the import completed in the execution this one restarts, or the report after
 * a failed import).
 */
public record MonthlyOutcome(boolean completed, @Nullable ImportResult imported, @Nullable ReportOutcome report,
		List<String> problems) {
}
