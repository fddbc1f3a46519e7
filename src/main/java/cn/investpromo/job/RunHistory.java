package cn.investpromo.job;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

import cn.investpromo.ledger.LedgerImportJobConfiguration;
import cn.investpromo.region.RegionCatalog;
import cn.investpromo.report.Period;
import cn.investpromo.report.ReportJobConfiguration;
import cn.investpromo.system.ReferenceData;

/**
 * Past runs as the job repository recorded them, newest first (SPEC §6 {@code history}).
 */
@Component
public class RunHistory {

	private static final List<String> JOBS = List.of(MonthlyJobConfiguration.JOB_NAME,
			LedgerImportJobConfiguration.JOB_NAME, ReportJobConfiguration.JOB_NAME, EachJobConfiguration.JOB_NAME);

	private final JobRepository jobRepository;

	private final ReferenceData referenceData;

	public RunHistory(JobRepository jobRepository, ReferenceData referenceData) {
		this.jobRepository = jobRepository;
		this.referenceData = referenceData;
	}

	/**
	 * The newest {@code limit} executions of every job; an import or report launched as a
	 * part of a monthly run names it, and the monthly run lists its parts.
	 */
	public List<Run> latest(int limit) {
		List<Run> runs = new ArrayList<>();
		Map<Long, Long> partOf = new HashMap<>();
		// with the user regions, so a zone a regions sheet defined is named too
		RegionCatalog regions = this.referenceData.regions();
		for (String job : JOBS) {
			// each instance has at least one execution, so the newest `limit` instances
			// hold the newest executions
			for (JobInstance instance : this.jobRepository.getJobInstances(job, 0, limit)) {
				for (JobExecution execution : this.jobRepository.getJobExecutions(instance)) {
					Run run = run(job, execution, regions);
					run.parts().forEach((part) -> partOf.put(part.executionId(), execution.getId()));
					runs.add(run);
				}
			}
		}
		runs.replaceAll(
				(run) -> partOf.containsKey(run.executionId()) ? run.partOf(partOf.get(run.executionId())) : run);
		runs.sort(Comparator.comparing(Run::executionId).reversed());
		return List.copyOf(runs.subList(0, Math.min(limit, runs.size())));
	}

	private Run run(String job, JobExecution execution, RegionCatalog regions) {
		Map<String, String> parameters = RunParameters.of(execution);
		long read = 0;
		long written = 0;
		long skipped = 0;
		List<Part> parts = new ArrayList<>();
		for (StepExecution step : execution.getStepExecutions()) {
			JobExecution launched = null;
			if (job.equals(MonthlyJobConfiguration.JOB_NAME)
					&& step.getExecutionContext().containsKey(MonthlyJobConfiguration.PART_EXECUTION)) {
				launched = this.jobRepository
					.getJobExecution(step.getExecutionContext().getLong(MonthlyJobConfiguration.PART_EXECUTION));
			}
			// a monthly run counts what its parts' jobs read and wrote
			List<StepExecution> counted = (launched != null) ? List.copyOf(launched.getStepExecutions())
					: List.of(step);
			for (StepExecution counting : counted) {
				read += counting.getReadCount();
				written += counting.getWriteCount();
				skipped += counting.getSkipCount() + counting.getFilterCount();
			}
			if (job.equals(MonthlyJobConfiguration.JOB_NAME)) {
				parts.add(new Part(step.getStepName(), step.getStatus().name(),
						(launched != null) ? launched.getId() : null,
						(launched != null) ? launched.getJobInstance().getJobName() : null));
			}
		}
		if (job.equals(MonthlyJobConfiguration.JOB_NAME)) {
			parts = withEarlierParts(execution, parts);
		}
		LocalDateTime start = execution.getStartTime();
		LocalDateTime end = (execution.getEndTime() != null) ? execution.getEndTime() : execution.getLastUpdated();
		Duration duration = (start != null && end != null) ? Duration.between(start, end) : null;
		Period period = RunParameters.period(parameters);
		boolean each = job.equals(EachJobConfiguration.JOB_NAME);
		return new Run(execution.getId(), job, parameters, (period != null) ? period.label() : null,
				RunParameters.scopeName(parameters, regions), start, duration, execution.getStatus().name(), read,
				written, skipped, filesWritten(job, execution, parameters, regions), parts, null,
				each ? EachRunUnits.of(execution, parameters, this.jobRepository, regions) : List.of());
	}

	/**
	 * A restarted monthly run does not repeat a part that completed before: that part is
	 * shown from the execution that ran it, so every monthly run lists its import and its
	 * report.
	 */
	private List<Part> withEarlierParts(JobExecution execution, List<Part> ran) {
		List<Part> parts = new ArrayList<>();
		for (String name : List.of(MonthlyJobConfiguration.IMPORT_PART, MonthlyJobConfiguration.REPORT_PART)) {
			Part part = ran.stream().filter((candidate) -> candidate.name().equals(name)).findFirst().orElse(null);
			if (part == null) {
				StepExecution earlier = this.jobRepository.getLastStepExecution(execution.getJobInstance(), name);
				if (earlier != null && earlier.getJobExecutionId() < execution.getId()
						&& earlier.getStatus() == BatchStatus.COMPLETED) {
					Long launched = earlier.getExecutionContext().containsKey(MonthlyJobConfiguration.PART_EXECUTION)
							? earlier.getExecutionContext().getLong(MonthlyJobConfiguration.PART_EXECUTION) : null;
					JobExecution child = (launched != null) ? this.jobRepository.getJobExecution(launched) : null;
					part = new Part(name, "COMPLETED earlier", launched,
							(child != null) ? child.getJobInstance().getJobName() : null);
				}
			}
			if (part != null) {
				parts.add(part);
			}
		}
		return parts;
	}

	private static List<String> filesWritten(String job, JobExecution execution, Map<String, String> parameters,
			RegionCatalog regions) {
		String scope = parameters.get(ReportJobConfiguration.SCOPE);
		if (!(job.equals(ReportJobConfiguration.JOB_NAME) || job.equals(MonthlyJobConfiguration.JOB_NAME))
				|| execution.getStatus() != BatchStatus.COMPLETED || scope == null) {
			return List.of();
		}
		return RunParameters.files(parameters, scope, regions);
	}

}
