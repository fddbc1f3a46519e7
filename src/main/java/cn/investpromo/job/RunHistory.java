package cn.investpromo.job;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

import cn.investpromo.ledger.LedgerImportJobConfiguration;
import cn.investpromo.region.Region;
import cn.investpromo.region.RegionCatalog;
import cn.investpromo.report.ReportFiles;
import cn.investpromo.report.ReportJobConfiguration;
import cn.investpromo.report.ReportLanguage;

/**
 * Past runs as the job repository recorded them, newest first (SPEC §6 {@code history}).
 */
@Component
public class RunHistory {

	private static final List<String> JOBS = List.of(JobRunner.MONTHLY_JOB, LedgerImportJobConfiguration.JOB_NAME,
			ReportJobConfiguration.JOB_NAME);

	private final JobRepository jobRepository;

	private final RegionCatalog regions;

	public RunHistory(JobRepository jobRepository, RegionCatalog regions) {
		this.jobRepository = jobRepository;
		this.regions = regions;
	}

	/**
	 * The newest {@code limit} executions of every job; an import or report launched as a
	 * part of a monthly run names it, and the monthly run lists its parts.
	 */
	public List<Run> latest(int limit) {
		List<Run> runs = new ArrayList<>();
		Map<Long, Long> partOf = new HashMap<>();
		for (String job : JOBS) {
			// each instance has at least one execution, so the newest `limit` instances
			// hold the newest executions
			for (JobInstance instance : this.jobRepository.getJobInstances(job, 0, limit)) {
				for (JobExecution execution : this.jobRepository.getJobExecutions(instance)) {
					Run run = run(job, execution);
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

	private Run run(String job, JobExecution execution) {
		Map<String, String> parameters = new LinkedHashMap<>();
		for (JobParameter<?> parameter : execution.getJobParameters().parameters()) {
			parameters.put(parameter.name(), String.valueOf(parameter.value()));
		}
		long read = 0;
		long written = 0;
		long skipped = 0;
		List<Part> parts = new ArrayList<>();
		for (StepExecution step : execution.getStepExecutions()) {
			JobExecution launched = null;
			if (job.equals(JobRunner.MONTHLY_JOB) && step.getExecutionContext().containsKey(JobRunner.PART_EXECUTION)) {
				launched = this.jobRepository
					.getJobExecution(step.getExecutionContext().getLong(JobRunner.PART_EXECUTION));
			}
			// a monthly run counts what its parts' jobs read and wrote
			List<StepExecution> counted = (launched != null) ? List.copyOf(launched.getStepExecutions())
					: List.of(step);
			for (StepExecution counting : counted) {
				read += counting.getReadCount();
				written += counting.getWriteCount();
				skipped += counting.getSkipCount() + counting.getFilterCount();
			}
			if (job.equals(JobRunner.MONTHLY_JOB)) {
				parts.add(new Part(step.getStepName(), step.getStatus().name(),
						(launched != null) ? launched.getId() : null,
						(launched != null) ? launched.getJobInstance().getJobName() : null));
			}
		}
		if (job.equals(JobRunner.MONTHLY_JOB)) {
			parts = withEarlierParts(execution, parts);
		}
		LocalDateTime start = execution.getStartTime();
		LocalDateTime end = (execution.getEndTime() != null) ? execution.getEndTime() : execution.getLastUpdated();
		Duration duration = (start != null && end != null) ? Duration.between(start, end) : null;
		return new Run(execution.getId(), job, sorted(parameters), start, duration, execution.getStatus().name(), read,
				written, skipped, filesWritten(job, execution, parameters), parts, null);
	}

	/**
	 * A restarted monthly run does not repeat a part that completed before: that part is
	 * shown from the execution that ran it, so every monthly run lists its import and its
	 * report.
	 */
	private List<Part> withEarlierParts(JobExecution execution, List<Part> ran) {
		List<Part> parts = new ArrayList<>();
		for (String name : List.of(JobRunner.IMPORT_PART, JobRunner.REPORT_PART)) {
			Part part = ran.stream().filter((candidate) -> candidate.name().equals(name)).findFirst().orElse(null);
			if (part == null) {
				StepExecution earlier = this.jobRepository.getLastStepExecution(execution.getJobInstance(), name);
				if (earlier != null && earlier.getJobExecutionId() < execution.getId()
						&& earlier.getStatus() == BatchStatus.COMPLETED) {
					Long launched = earlier.getExecutionContext().containsKey(JobRunner.PART_EXECUTION)
							? earlier.getExecutionContext().getLong(JobRunner.PART_EXECUTION) : null;
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

	/**
	 * Identifying parameters first, in a fixed order, so the table reads the same for
	 * every run.
	 */
	private static Map<String, String> sorted(Map<String, String> parameters) {
		Map<String, String> sorted = new LinkedHashMap<>();
		for (String name : List.of(ReportJobConfiguration.MONTH, ReportJobConfiguration.PERIOD,
				ReportJobConfiguration.SCOPE, ReportJobConfiguration.LANGUAGE,
				LedgerImportJobConfiguration.INPUT_PARAMETER)) {
			if (parameters.containsKey(name)) {
				sorted.put(name, parameters.get(name));
			}
		}
		parameters.forEach(sorted::putIfAbsent);
		return sorted;
	}

	private List<String> filesWritten(String job, JobExecution execution, Map<String, String> parameters) {
		if (!(job.equals(ReportJobConfiguration.JOB_NAME) || job.equals(JobRunner.MONTHLY_JOB))
				|| execution.getStatus() != BatchStatus.COMPLETED) {
			return List.of();
		}
		try {
			Region scope = this.regions.byCode(Objects.requireNonNull(parameters.get(ReportJobConfiguration.SCOPE)))
				.orElseThrow();
			ReportFiles files = ReportFiles.of(Path.of(parameters.get(ReportJobConfiguration.OUTPUT)), scope.name(),
					ReportJobConfiguration.period(parameters.get(ReportJobConfiguration.MONTH),
							parameters.get(ReportJobConfiguration.PERIOD)),
					ReportLanguage.parse(Objects.requireNonNull(parameters.get(ReportJobConfiguration.LANGUAGE))));
			return files.all().stream().map(Path::toString).toList();
		}
		catch (RuntimeException ex) {
			// a run recorded by an older version, or for a region no longer in the
			// catalogue
			return List.of();
		}
	}

	/**
	 * One execution: job, parameters, when it started and how long it took, its status,
	 * the rows its steps read, wrote and skipped, the files it wrote; for a monthly run
	 * its parts, for a part the monthly run it belongs to.
	 */
	public record Run(long executionId, String job, Map<String, String> parameters, @Nullable LocalDateTime start,
			@Nullable Duration duration, String status, long read, long written, long skipped, List<String> files,
			List<Part> parts, @Nullable Long partOf) {

		Run partOf(long monthlyExecutionId) {
			return new Run(this.executionId, this.job, this.parameters, this.start, this.duration, this.status,
					this.read, this.written, this.skipped, this.files, this.parts, monthlyExecutionId);
		}

	}

	/**
	 * A part of a monthly run: its name (import, report), status, and the job execution
	 * it launched, if any.
	 */
	public record Part(String name, String status, @Nullable Long executionId, @Nullable String job) {
	}

}
