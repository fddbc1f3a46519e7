package cn.investpromo.job;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/**
 * The units' partitions of {@code report --each} runs as the job repository keeps them:
 * for each unit, its newest partition across the executions of one run (a restart does
 * not repeat a unit that completed).
 */
final class UnitPartitions {

	private static final String NAME_PREFIX = EachJobConfiguration.WORKER_STEP + ":" + UnitPartitioner.PREFIX;

	private UnitPartitions() {
	}

	/**
	 * The newest partition of each unit over these executions of one run, by unit code;
	 * {@code earlier} says whether it ran before the newest execution.
	 */
	static Map<String, Partition> of(List<JobExecution> executions) {
		List<JobExecution> oldestFirst = new ArrayList<>(executions);
		oldestFirst.sort(Comparator.comparingLong(JobExecution::getId));
		long newest = oldestFirst.isEmpty() ? -1 : oldestFirst.get(oldestFirst.size() - 1).getId();
		Map<String, Partition> units = new LinkedHashMap<>();
		for (JobExecution execution : oldestFirst) {
			for (StepExecution step : execution.getStepExecutions()) {
				if (step.getStepName().startsWith(NAME_PREFIX)) {
					String code = step.getStepName().substring(NAME_PREFIX.length());
					units.put(code, new Partition(code, step, execution.getId() != newest));
				}
			}
		}
		return units;
	}

	/** One plain line per failure of a partition, without stack traces. */
	static List<String> failures(StepExecution step) {
		Set<String> lines = new LinkedHashSet<>();
		for (Throwable failure : step.getFailureExceptions()) {
			Throwable cause = failure;
			while (cause.getMessage() == null && cause.getCause() != null && cause.getCause() != cause) {
				cause = cause.getCause();
			}
			String message = (cause.getMessage() != null) ? cause.getMessage() : cause.getClass().getSimpleName();
			lines.addAll(List.of(message.split("\n")));
		}
		// a partition read back from the repository keeps its failure only in its exit
		// description, the exception's stack trace: its first line, without the class
		String description = step.getExitStatus().getExitDescription();
		if (lines.isEmpty() && !description.isBlank()) {
			lines.add(description.lines().findFirst().orElse("").replaceFirst("^[\\w.$]+(Exception|Error): ", ""));
		}
		if (lines.isEmpty() && step.getStatus() != BatchStatus.COMPLETED) {
			lines.add("未完成 / did not complete (" + step.getStatus() + ")");
		}
		return new ArrayList<>(lines);
	}

	/** A unit's newest partition; {@code earlier} when an earlier execution ran it. */
	record Partition(String unitCode, StepExecution step, boolean earlier) {

		boolean completed() {
			return this.step.getStatus() == BatchStatus.COMPLETED;
		}

	}

}
