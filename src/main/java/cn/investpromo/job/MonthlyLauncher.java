package cn.investpromo.job;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import cn.investpromo.ledger.LedgerImportJobConfiguration;
import cn.investpromo.region.Region;
import cn.investpromo.report.Period;
import cn.investpromo.report.ReportFiles;
import cn.investpromo.report.ReportJobConfiguration;
import cn.investpromo.report.ReportLanguage;

/**
 * Launches the monthly job for a period, scope and language; restarts the newest monthly
 * run for them if it failed or stopped. What its parts did is read back from their step
 * contexts. The caller holds the run lock.
 */
@Component
class MonthlyLauncher {

	private static final Logger log = LoggerFactory.getLogger(MonthlyLauncher.class);

	private final JobOperator jobOperator;

	private final Job monthlyJob;

	private final Executions executions;

	MonthlyLauncher(JobOperator jobOperator, @Qualifier("monthlyJob") Job monthlyJob, Executions executions) {
		this.jobOperator = jobOperator;
		this.monthlyJob = monthlyJob;
		this.executions = executions;
	}

	MonthlyOutcome launch(Path input, Period period, Region scope, ReportLanguage language, Path outputDir,
			boolean rerun) throws Exception {
		this.executions.recoverStale(MonthlyJobConfiguration.JOB_NAME);
		String lang = language.name().toLowerCase(Locale.ROOT);
		JobExecution unfinished = unfinished(period, scope.code(), lang);
		String launchId = (unfinished != null) ? unfinished.getJobParameters().getString(ImportLauncher.LAUNCH_ID)
				: LocalDateTime.now().toString();
		Path output = outputDir.toAbsolutePath().normalize();
		JobParameters parameters = Executions.withPeriod(new JobParametersBuilder(), period)
			.addString(ReportJobConfiguration.SCOPE, scope.code())
			.addString(ReportJobConfiguration.LANGUAGE, lang)
			.addString(ImportLauncher.LAUNCH_ID, launchId)
			.addString(LedgerImportJobConfiguration.INPUT_PARAMETER, input.toAbsolutePath().normalize().toString(),
					false)
			.addString(ReportJobConfiguration.OUTPUT, output.toString(), false)
			.addString(MonthlyParts.RERUN, String.valueOf(rerun), false)
			.toJobParameters();
		if (unfinished != null) {
			log.info("Restarting monthly execution {} for {} {}", unfinished.getId(), scope.name(), period);
		}
		JobExecution execution = this.jobOperator.start(this.monthlyJob, parameters);
		ImportResult imported = MonthlyParts.imported(execution);
		ReportOutcome report = MonthlyParts.report(execution, ReportFiles.of(output, scope.name(), period, language));
		List<String> problems = (imported == null && report == null) ? Executions.failures(execution) : List.of();
		return new MonthlyOutcome(execution.getStatus() == BatchStatus.COMPLETED, imported, report, problems);
	}

	/**
	 * The newest monthly run for this month, scope and language, if it failed or stopped.
	 */
	private @Nullable JobExecution unfinished(Period period, String scope, String language) {
		JobExecution last = this.executions.lastFor(MonthlyJobConfiguration.JOB_NAME, 50, period, scope, language,
				(execution) -> true);
		return (last != null && (last.getStatus() == BatchStatus.FAILED || last.getStatus() == BatchStatus.STOPPED))
				? last : null;
	}

}
