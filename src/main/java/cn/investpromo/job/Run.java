package cn.investpromo.job;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One execution: job, parameters, the period's label and the scope's name, when it
 * started and how long it took, its status, the rows its steps read, wrote and skipped,
 * the files it wrote; for a monthly run its parts, for a part the monthly run it belongs
 * to, for a {@code report --each} run its units.
 */
public record Run(long executionId, String job, Map<String, String> parameters, @Nullable String period,
		@Nullable String scopeName, @Nullable LocalDateTime start, @Nullable Duration duration, String status,
		long read, long written, long skipped, List<String> files, List<Part> parts, @Nullable Long partOf,
		List<RunUnit> units) {

	Run partOf(long monthlyExecutionId) {
		return new Run(this.executionId, this.job, this.parameters, this.period, this.scopeName, this.start,
				this.duration, this.status, this.read, this.written, this.skipped, this.files, this.parts,
				monthlyExecutionId, this.units);
	}

}
