package cn.investpromo.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import cn.investpromo.region.Region;
import cn.investpromo.region.RegionCatalog;
import cn.investpromo.report.Period;
import cn.investpromo.report.ReportFiles;
import cn.investpromo.report.ReportJobConfiguration;
import cn.investpromo.report.ReportLanguage;
import cn.investpromo.store.DataVersion;
import cn.investpromo.system.ReferenceData;

/**
 * Launches {@code report --each} ({@link EachJobConfiguration}), identified like a report
 * by period, scope, language and the fingerprint of the stored data, plus how far down it
 * goes: the same command after a failed run restarts it, rerunning only the units that
 * did not complete; after a completed one it is "already up to date" while every unit's
 * files are there. The caller holds the run lock.
 */
@Component
class EachLauncher {

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final Job eachJob;

	private final DataVersion dataVersion;

	private final Executions executions;

	private final ReferenceData referenceData;

	EachLauncher(JobOperator jobOperator, JobRepository jobRepository, @Qualifier("eachReportJob") Job eachJob,
			DataVersion dataVersion, Executions executions, ReferenceData referenceData) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.eachJob = eachJob;
		this.dataVersion = dataVersion;
		this.executions = executions;
		this.referenceData = referenceData;
	}

	EachOutcome launch(Period period, Region scope, ReportLanguage language, Path outputDir, EachLevel level,
			boolean rerun) throws Exception {
		this.executions.recoverStale(EachJobConfiguration.JOB_NAME);
		JobParametersBuilder parameters = Executions.withPeriod(new JobParametersBuilder(), period)
			.addString(ReportJobConfiguration.SCOPE, scope.code())
			.addString(ReportJobConfiguration.LANGUAGE, language.name().toLowerCase(Locale.ROOT))
			.addString(EachJobConfiguration.EACH_LEVEL, level.key())
			.addString(ReportLauncher.DATA_VERSION, this.dataVersion.current())
			.addString(ReportJobConfiguration.OUTPUT, outputDir.toAbsolutePath().normalize().toString(), false);
		if (rerun) {
			parameters.addString(ReportJobConfiguration.RERUN, LocalDateTime.now().toString());
		}
		try {
			return outcome(this.jobOperator.start(this.eachJob, parameters.toJobParameters()), period, language,
					outputDir, false);
		}
		catch (JobInstanceAlreadyCompleteException ex) {
			JobExecution done = this.jobRepository.getLastJobExecution(EachJobConfiguration.JOB_NAME,
					parameters.toJobParameters());
			if (done != null) {
				EachOutcome before = outcome(done, period, language, outputDir, true);
				if (before.units()
					.stream()
					.allMatch((unit) -> unit.report().files().all().stream().allMatch(Files::isRegularFile))) {
					return before;
				}
			}
			// written from this data before, but some files are gone or asked for in
			// another folder
			parameters.addString(ReportJobConfiguration.RERUN, LocalDateTime.now().toString());
			return outcome(this.jobOperator.start(this.eachJob, parameters.toJobParameters()), period, language,
					outputDir, false);
		}
		catch (JobExecutionAlreadyRunningException ex) {
			return new EachOutcome(List.of(), List.of("同一报告正在生成中 / the same reports are already running"), null);
		}
	}

	/**
	 * Each unit's outcome from its newest partition in this run; {@code allDone} for a
	 * run found completed before, whose units are all up to date.
	 */
	private EachOutcome outcome(JobExecution execution, Period period, ReportLanguage language, Path outputDir,
			boolean allDone) {
		RegionCatalog regions = this.referenceData.regions();
		List<JobExecution> run = this.jobRepository.getJobExecutions(execution.getJobInstance());
		Map<String, UnitPartitions.Partition> partitions = UnitPartitions.of(run);
		List<UnitOutcome> units = new ArrayList<>();
		String scope = execution.getJobParameters().getString(ReportJobConfiguration.SCOPE);
		List<String> order = new ArrayList<>(partitions.keySet().stream().sorted().toList());
		if (order.remove(scope)) {
			order.add(0, scope);
		}
		for (String code : order) {
			UnitPartitions.Partition partition = partitions.get(code);
			Region unit = regions.byCode(code).orElse(null);
			if (partition == null || unit == null) {
				continue;
			}
			ReportFiles files = ReportFiles.of(outputDir, unit.name(), period, language);
			ReportOutcome.Status status = !partition.completed() ? ReportOutcome.Status.FAILED
					: (allDone || partition.earlier()) ? ReportOutcome.Status.ALREADY_DONE
							: ReportOutcome.Status.WRITTEN;
			units.add(new UnitOutcome(unit, new ReportOutcome(status, files,
					partition.completed() ? List.of() : UnitPartitions.failures(partition.step()), execution.getId())));
		}
		List<String> problems = (units.isEmpty() && execution.getStatus() != BatchStatus.COMPLETED)
				? Executions.failures(execution) : List.of();
		return new EachOutcome(units, problems, execution.getId());
	}

}
