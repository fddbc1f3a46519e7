package cn.investpromo.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import cn.investpromo.region.Region;
import cn.investpromo.report.Period;
import cn.investpromo.report.ReportFiles;
import cn.investpromo.report.ReportJobConfiguration;
import cn.investpromo.report.ReportLanguage;
import cn.investpromo.store.DataVersion;

/**
 * Launches the report job, identified by period, scope, language and the fingerprint of
 * the stored data (SPEC §4 rerun semantics): a report already written from the same data
 * is "already up to date" when its files are there. The caller holds the run lock.
 */
@Component
public class ReportLauncher {

	/**
	 * Report parameter: the fingerprint of the stored data, identifying (SPEC §4 rerun
	 * semantics).
	 */
	public static final String DATA_VERSION = "dataVersion";

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final Job reportJob;

	private final DataVersion dataVersion;

	private final Executions executions;

	ReportLauncher(JobOperator jobOperator, JobRepository jobRepository, @Qualifier("monthlyReportJob") Job reportJob,
			DataVersion dataVersion, Executions executions) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.reportJob = reportJob;
		this.dataVersion = dataVersion;
		this.executions = executions;
	}

	Launched<ReportOutcome> launch(Period period, Region scope, ReportLanguage language, Path outputDir, boolean rerun)
			throws Exception {
		ReportFiles files = ReportFiles.of(outputDir, scope.name(), period, language);
		this.executions.recoverStale(ReportJobConfiguration.JOB_NAME);
		JobParametersBuilder parameters = Executions.withPeriod(new JobParametersBuilder(), period)
			.addString(ReportJobConfiguration.SCOPE, scope.code())
			.addString(ReportJobConfiguration.LANGUAGE, language.name().toLowerCase(Locale.ROOT))
			.addString(DATA_VERSION, this.dataVersion.current())
			.addString(ReportJobConfiguration.OUTPUT, outputDir.toAbsolutePath().normalize().toString(), false);
		if (rerun) {
			// SPEC §4: --rerun makes a new run; our own identifying value, not an
			// incrementer (which would drop ours)
			parameters.addString(ReportJobConfiguration.RERUN, LocalDateTime.now().toString());
		}
		try {
			Files.createDirectories(files.directory());
		}
		catch (IOException ex) {
			return failed(files, "报告目录无法创建 / cannot create the report folder " + files.directory() + " ("
					+ ex.getClass().getSimpleName() + ")");
		}
		try {
			return written(this.jobOperator.start(this.reportJob, parameters.toJobParameters()), files);
		}
		catch (JobInstanceAlreadyCompleteException ex) {
			if (files.all().stream().allMatch(Files::isRegularFile)) {
				JobExecution done = this.jobRepository.getLastJobExecution(ReportJobConfiguration.JOB_NAME,
						parameters.toJobParameters());
				return new Launched<>(new ReportOutcome(ReportOutcome.Status.ALREADY_DONE, files, List.of(),
						(done != null) ? done.getId() : null), null);
			}
			// written from this data before, but its files were deleted or are asked for
			// in another --out folder: "already up to date" must never name files that
			// are not there
			parameters.addString(ReportJobConfiguration.RERUN, LocalDateTime.now().toString());
			return written(this.jobOperator.start(this.reportJob, parameters.toJobParameters()), files);
		}
		catch (JobExecutionAlreadyRunningException ex) {
			return failed(files, "同一报告正在生成中 / the same report is already running");
		}
	}

	/**
	 * The newest completed report execution for this period, scope and language, if any:
	 * what wrote its files.
	 */
	public @Nullable Long lastReport(Period period, Region scope, ReportLanguage language) {
		JobExecution last = this.executions.lastFor(ReportJobConfiguration.JOB_NAME, 200, period, scope.code(),
				language.name().toLowerCase(Locale.ROOT),
				(execution) -> execution.getStatus() == BatchStatus.COMPLETED);
		return (last != null) ? last.getId() : null;
	}

	private static Launched<ReportOutcome> failed(ReportFiles files, String problem) {
		return new Launched<>(new ReportOutcome(ReportOutcome.Status.FAILED, files, List.of(problem), null), null);
	}

	private static Launched<ReportOutcome> written(JobExecution execution, ReportFiles files) {
		boolean ok = execution.getStatus() == BatchStatus.COMPLETED;
		return new Launched<>(new ReportOutcome(ok ? ReportOutcome.Status.WRITTEN : ReportOutcome.Status.FAILED, files,
				Executions.failures(execution), execution.getId()), execution.getId());
	}

}
