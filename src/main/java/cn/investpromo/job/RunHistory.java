package cn.investpromo.job;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

/** Past runs as the job repository recorded them, newest first (SPEC §6 {@code history}). */
@Component
public class RunHistory {

	private static final List<String> JOBS = List.of(LedgerImportJobConfiguration.JOB_NAME,
			ReportJobConfiguration.JOB_NAME);

	private final JobRepository jobRepository;

	private final RegionCatalog regions;

	public RunHistory(JobRepository jobRepository, RegionCatalog regions) {
		this.jobRepository = jobRepository;
		this.regions = regions;
	}

	/** The newest {@code limit} executions of every job. */
	public List<Run> latest(int limit) {
		List<Run> runs = new ArrayList<>();
		for (String job : JOBS) {
			// each instance has at least one execution, so the newest `limit` instances hold the newest executions
			for (JobInstance instance : this.jobRepository.getJobInstances(job, 0, limit)) {
				for (JobExecution execution : this.jobRepository.getJobExecutions(instance)) {
					runs.add(run(job, execution));
				}
			}
		}
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
		for (StepExecution step : execution.getStepExecutions()) {
			read += step.getReadCount();
			written += step.getWriteCount();
			skipped += step.getSkipCount() + step.getFilterCount();
		}
		LocalDateTime start = execution.getStartTime();
		LocalDateTime end = (execution.getEndTime() != null) ? execution.getEndTime() : execution.getLastUpdated();
		Duration duration = (start != null && end != null) ? Duration.between(start, end) : null;
		return new Run(execution.getId(), job, sorted(parameters), start, duration, execution.getStatus().name(),
				read, written, skipped, filesWritten(job, execution, parameters));
	}

	/** Identifying parameters first, in a fixed order, so the table reads the same for every run. */
	private static Map<String, String> sorted(Map<String, String> parameters) {
		Map<String, String> sorted = new LinkedHashMap<>();
		for (String name : List.of(ReportJobConfiguration.MONTH, ReportJobConfiguration.PERIOD, ReportJobConfiguration.SCOPE,
				ReportJobConfiguration.LANGUAGE, LedgerImportJobConfiguration.INPUT_PARAMETER)) {
			if (parameters.containsKey(name)) {
				sorted.put(name, parameters.get(name));
			}
		}
		parameters.forEach(sorted::putIfAbsent);
		return sorted;
	}

	private List<String> filesWritten(String job, JobExecution execution, Map<String, String> parameters) {
		if (!job.equals(ReportJobConfiguration.JOB_NAME) || execution.getStatus() != BatchStatus.COMPLETED) {
			return List.of();
		}
		try {
			Region scope = this.regions.byCode(parameters.get(ReportJobConfiguration.SCOPE)).orElseThrow();
			ReportFiles files = ReportFiles.of(Path.of(parameters.get(ReportJobConfiguration.OUTPUT)), scope.name(),
					ReportJobConfiguration.period(parameters.get(ReportJobConfiguration.MONTH),
							parameters.get(ReportJobConfiguration.PERIOD)),
					ReportLanguage.parse(parameters.get(ReportJobConfiguration.LANGUAGE)));
			return files.all().stream().map(Path::toString).toList();
		}
		catch (RuntimeException ex) {
			// a run recorded by an older version, or for a region no longer in the catalogue
			return List.of();
		}
	}

	/**
	 * One execution: job, parameters, when it started and how long it took, its status, the rows its steps read,
	 * wrote and skipped, and the files it wrote.
	 */
	public record Run(long executionId, String job, Map<String, String> parameters, @Nullable LocalDateTime start,
			@Nullable Duration duration, String status, long read, long written, long skipped, List<String> files) {
	}

}
