package cn.investpromo.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import cn.investpromo.correction.CorrectionsWorkbooks;
import cn.investpromo.ledger.ImportInput;
import cn.investpromo.ledger.ImportOutcome;
import cn.investpromo.ledger.LedgerFiles;
import cn.investpromo.ledger.LedgerImportJobConfiguration;
import cn.investpromo.report.ReportLanguage;

/**
 * Launches the import job for an input folder or file: an unfinished import of the same
 * input over the same files is restarted from its last committed chunk, otherwise a new
 * instance starts; then the corrections workbooks are written. The caller holds the run
 * lock.
 */
@Component
public class ImportLauncher {

	private static final Logger log = LoggerFactory.getLogger(ImportLauncher.class);

	/**
	 * Import parameters: identifying launch id, kept while its instance is unfinished;
	 * the files it saw.
	 */
	static final String LAUNCH_ID = "launchId";

	static final String INPUT_STATE = "inputState";

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final Job importJob;

	private final Executions executions;

	private final CorrectionsWorkbooks corrections;

	ImportLauncher(JobOperator jobOperator, JobRepository jobRepository, @Qualifier("ledgerImportJob") Job importJob,
			Executions executions, CorrectionsWorkbooks corrections) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.importJob = importJob;
		this.executions = executions;
		this.corrections = corrections;
	}

	Launched<ImportResult> launch(Path input, Path outputDir, ReportLanguage language) throws Exception {
		Path folder = input.toAbsolutePath().normalize();
		if (!Files.exists(folder)) {
			return new Launched<>(ImportResult.failed("输入目录不存在 / input folder not found: " + folder), null);
		}
		List<Path> paths = LedgerFiles.list(folder);
		if (paths.isEmpty()) {
			return new Launched<>(ImportResult.failed(Files.isDirectory(folder)
					? "输入目录中没有台账文件（.xlsx、.xlsm、.xls、.csv）/ no ledger file (.xlsx, .xlsm, .xls or .csv) in the input folder: "
							+ folder
					: "不是台账文件（.xlsx、.xlsm、.xls、.csv）/ not a ledger file (.xlsx, .xlsm, .xls or .csv): " + folder),
					null);
		}
		this.executions.recoverStale(LedgerImportJobConfiguration.JOB_NAME);
		Start start = start(folder, ImportInput.state(folder, paths));
		JobExecution execution = this.jobOperator.start(this.importJob, start.parameters());
		ImportOutcome found = ImportOutcome.of(execution);
		boolean stopped = execution.getStatus() == BatchStatus.STOPPED;
		List<String> problems = stopped ? List.of("导入已停止，再次运行同一命令将从中断处继续 / import stopped; the same command resumes it")
				: Executions.failures(execution);
		List<String> corrections = stopped ? List.of()
				: this.corrections
					.update(folder, paths, Set.copyOf(found.unchangedFiles()), outputDir, language == ReportLanguage.EN)
					.stream()
					.map((written) -> written.file().toString())
					.toList();
		return new Launched<>(new ImportResult(execution.getStatus() == BatchStatus.COMPLETED, stopped, problems,
				paths.size(), found.unreadableFiles(), found.noLedgerFiles(), found.read(), found.rejected(),
				start.resumedAt(), found.unchangedFiles().size(), corrections), execution.getId());
	}

	/**
	 * The parameters of an unfinished import of this folder over the same files, to
	 * restart it, and where it resumes; otherwise new ones.
	 */
	private Start start(Path folder, String inputState) throws Exception {
		JobExecution unfinished = unfinished(folder.toString());
		if (unfinished != null && inputState.equals(unfinished.getJobParameters().getString(INPUT_STATE))) {
			StepExecution step = this.jobRepository.getLastStepExecution(unfinished.getJobInstance(),
					LedgerImportJobConfiguration.IMPORT_STEP);
			long resumedAt = (step != null && step.getStatus() != BatchStatus.COMPLETED) ? step.getReadCount() : 0;
			log.info("Restarting import execution {} of {} after {} committed item(s)", unfinished.getId(), folder,
					resumedAt);
			return new Start(unfinished.getJobParameters(), resumedAt);
		}
		if (unfinished != null) {
			// the ledgers changed since it stopped: counting rows from the old position
			// would misalign
			log.info("Abandoning unfinished import execution {}: the ledger files changed since", unfinished.getId());
			this.jobOperator.abandon(unfinished);
		}
		return new Start(
				new JobParametersBuilder().addString(LedgerImportJobConfiguration.INPUT_PARAMETER, folder.toString())
					.addString(LAUNCH_ID, LocalDateTime.now().toString())
					.addString(INPUT_STATE, inputState, false)
					.toJobParameters(),
				0);
	}

	/**
	 * The newest import of this folder, if it did not complete (failed, stopped or
	 * recovered after a crash).
	 */
	private @Nullable JobExecution unfinished(String folder) {
		for (JobInstance instance : this.jobRepository.getJobInstances(LedgerImportJobConfiguration.JOB_NAME, 0, 50)) {
			JobExecution last = this.jobRepository.getLastJobExecution(instance);
			if (last == null || !folder
				.equals(last.getJobParameters().getString(LedgerImportJobConfiguration.INPUT_PARAMETER))) {
				continue;
			}
			BatchStatus status = last.getStatus();
			return (status == BatchStatus.FAILED || status == BatchStatus.STOPPED) ? last : null;
		}
		return null;
	}

	private record Start(JobParameters parameters, long resumedAt) {
	}

}
