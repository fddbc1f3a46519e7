package cn.investpromo.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import cn.investpromo.ledger.LedgerImportJobConfiguration;
import cn.investpromo.ledger.LedgerItemReader;
import cn.investpromo.ledger.LedgerWorkbooks;
import cn.investpromo.region.Region;
import cn.investpromo.report.Period;
import cn.investpromo.report.ReportFiles;
import cn.investpromo.report.ReportJobConfiguration;
import cn.investpromo.report.ReportLanguage;
import cn.investpromo.store.DataVersion;
import cn.investpromo.store.LedgerStore;
import cn.investpromo.store.LedgerStore.FileSummary;

/**
 * Launches the jobs through the {@link JobOperator} and turns executions into outcomes the CLI can print.
 * <p>
 * Every launch first takes the {@link RunLock} and recovers executions a dead process left marked as running, so
 * that "the same command again" restarts a crashed run where its last committed chunk ended (SPEC §4).
 */
@Component
public class JobRunner {

	private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

	/** Import parameters: identifying launch id, kept while its instance is unfinished; the files it saw. */
	static final String LAUNCH_ID = "launchId";

	static final String INPUT_STATE = "inputState";

	/** Report parameter: the fingerprint of the stored data, identifying (SPEC §4 rerun semantics). */
	public static final String DATA_VERSION = "dataVersion";

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final Job importJob;

	private final Job reportJob;

	private final LedgerStore ledgerStore;

	private final DataVersion dataVersion;

	private final RunLock runLock;

	private volatile boolean running;

	public JobRunner(JobOperator jobOperator, JobRepository jobRepository,
			@Qualifier("ledgerImportJob") Job importJob, @Qualifier("monthlyReportJob") Job reportJob,
			LedgerStore ledgerStore, DataVersion dataVersion, RunLock runLock) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.importJob = importJob;
		this.reportJob = reportJob;
		this.ledgerStore = ledgerStore;
		this.dataVersion = dataVersion;
		this.runLock = runLock;
	}

	/**
	 * Imports every ledger under {@code input}. An unfinished import of the same folder over the same files is
	 * restarted from its last committed chunk; otherwise a new instance starts.
	 */
	public ImportOutcome runImport(Path input) throws Exception {
		Path folder = input.toAbsolutePath().normalize();
		if (!Files.isDirectory(folder)) {
			return new ImportOutcome(false, false, List.of("输入目录不存在 / input folder not found: " + folder), 0, 0,
					0, 0, 0, 0);
		}
		List<String> files = ledgerFiles(folder);
		String inputState = inputState(folder, files);
		begin();
		try {
			recoverStale(LedgerImportJobConfiguration.JOB_NAME);
			JobParameters parameters;
			long resumedAt = 0;
			JobExecution unfinished = unfinishedImport(folder.toString());
			if (unfinished != null && inputState.equals(unfinished.getJobParameters().getString(INPUT_STATE))) {
				parameters = unfinished.getJobParameters();
				StepExecution step = this.jobRepository.getLastStepExecution(unfinished.getJobInstance(),
						LedgerImportJobConfiguration.IMPORT_STEP);
				resumedAt = (step != null && step.getStatus() != BatchStatus.COMPLETED) ? step.getReadCount() : 0;
				log.info("Restarting import execution {} of {} after {} committed item(s)", unfinished.getId(),
						folder, resumedAt);
			}
			else {
				if (unfinished != null) {
					// the ledgers changed since it stopped: counting rows from the old position would misalign
					log.info("Abandoning unfinished import execution {}: the ledger files changed since",
							unfinished.getId());
					this.jobOperator.abandon(unfinished);
				}
				parameters = new JobParametersBuilder()
					.addString(LedgerImportJobConfiguration.INPUT_PARAMETER, folder.toString())
					.addString(LAUNCH_ID, LocalDateTime.now().toString())
					.addString(INPUT_STATE, inputState, false)
					.toJobParameters();
			}
			JobExecution execution = this.jobOperator.start(this.importJob, parameters);
			long read = 0;
			long rejected = 0;
			int unreadable = 0;
			for (String file : files) {
				FileSummary summary = this.ledgerStore.fileSummary(file);
				read += summary.read();
				rejected += summary.rejected();
				unreadable += (summary.unreadableReason() != null) ? 1 : 0;
			}
			boolean ok = execution.getStatus() == BatchStatus.COMPLETED;
			boolean stopped = execution.getStatus() == BatchStatus.STOPPED;
			List<String> problems = stopped
					? List.of("导入已停止，再次运行同一命令将从中断处继续 / import stopped; the same command resumes it")
					: failures(execution);
			return new ImportOutcome(ok, stopped, problems, files.size(), unreadable, read, rejected, resumedAt,
					unchangedFiles(execution));
		}
		finally {
			end();
		}
	}

	/** Writes the report, unless one for this month, scope and language was written from the same data. */
	public ReportOutcome runReport(YearMonth month, Region scope, ReportLanguage language, Path outputDir,
			boolean rerun) throws Exception {
		return runReport(Period.month(month), scope, language, outputDir, rerun);
	}

	/**
	 * Writes the report of a month, quarter, half-year or year, unless one for this period, scope and language was
	 * written from the same data. A month is identified as {@code month=2019-07} as it always was, any other period
	 * as {@code period=2019-Q3}.
	 */
	public ReportOutcome runReport(Period period, Region scope, ReportLanguage language, Path outputDir,
			boolean rerun) throws Exception {
		ReportFiles files = ReportFiles.of(outputDir, scope.name(), period, language);
		begin();
		try {
			recoverStale(ReportJobConfiguration.JOB_NAME);
			JobParametersBuilder parameters = new JobParametersBuilder();
			if (period.kind() == Period.Kind.MONTH) {
				parameters.addString(ReportJobConfiguration.MONTH, period.first().toString());
			}
			else {
				parameters.addString(ReportJobConfiguration.PERIOD, period.label());
			}
			parameters.addString(ReportJobConfiguration.SCOPE, scope.code())
				.addString(ReportJobConfiguration.LANGUAGE, language.name().toLowerCase(Locale.ROOT))
				.addString(DATA_VERSION, this.dataVersion.current())
				.addString(ReportJobConfiguration.OUTPUT, outputDir.toAbsolutePath().normalize().toString(), false);
			if (rerun) {
				// SPEC §4: --rerun makes a new run; our own identifying value, not an incrementer (which would drop ours)
				parameters.addString(ReportJobConfiguration.RERUN, LocalDateTime.now().toString());
			}
			Files.createDirectories(files.directory());
			try {
				return written(this.jobOperator.start(this.reportJob, parameters.toJobParameters()), files);
			}
			catch (JobInstanceAlreadyCompleteException ex) {
				if (files.all().stream().allMatch(Files::isRegularFile)) {
					return new ReportOutcome(ReportOutcome.Status.ALREADY_DONE, files, List.of());
				}
				// written from this data before, but its files were deleted or are asked for in another --out folder:
				// "already up to date" must never name files that are not there
				parameters.addString(ReportJobConfiguration.RERUN, LocalDateTime.now().toString());
				return written(this.jobOperator.start(this.reportJob, parameters.toJobParameters()), files);
			}
			catch (JobExecutionAlreadyRunningException ex) {
				return new ReportOutcome(ReportOutcome.Status.FAILED, files,
						List.of("同一报告正在生成中 / the same report is already running"));
			}
		}
		finally {
			end();
		}
	}

	private static ReportOutcome written(JobExecution execution, ReportFiles files) {
		boolean ok = execution.getStatus() == BatchStatus.COMPLETED;
		return new ReportOutcome(ok ? ReportOutcome.Status.WRITTEN : ReportOutcome.Status.FAILED, files,
				failures(execution));
	}

	/**
	 * Asks the job this process is running, if any, to stop at its next chunk boundary (SIGTERM); it ends STOPPED,
	 * and the same command restarts it later.
	 * <p>
	 * Only the job execution is marked STOPPING; the step's own thread sees that when it saves its next chunk and
	 * stops there. {@code JobOperator.stop} is not used from this thread: in Batch 6.0 it also saves a copy of the
	 * running step execution (racing the step's own saves) and releases the step scope, which closes the running
	 * step's reader under it (spring-batch#5308).
	 */
	public void stopRunning() {
		if (!this.running) {
			return;
		}
		for (String jobName : List.of(LedgerImportJobConfiguration.JOB_NAME, ReportJobConfiguration.JOB_NAME)) {
			for (JobExecution execution : this.jobRepository.findRunningJobExecutions(jobName)) {
				BatchStatus status = execution.getStatus();
				if (status == BatchStatus.STARTING || status == BatchStatus.STARTED) {
					log.info("Stopping {} execution {}", jobName, execution.getId());
					execution.setStatus(BatchStatus.STOPPING);
					execution.setExitStatus(ExitStatus.STOPPED);
					this.jobRepository.update(execution);
				}
			}
		}
	}

	private void begin() throws Exception {
		this.runLock.acquire();
		this.running = true;
	}

	private void end() {
		this.running = false;
		this.runLock.release();
	}

	/** Under the run lock, an execution marked running belongs to a process that died: mark it failed (SPEC §4). */
	private void recoverStale(String jobName) {
		for (JobExecution execution : this.jobRepository.findRunningJobExecutions(jobName)) {
			log.warn("Execution {} of {} was left {} by a process that stopped; recovering it", execution.getId(),
					jobName, execution.getStatus());
			this.jobOperator.recover(execution);
		}
	}

	/** The newest import of this folder, if it did not complete (failed, stopped or recovered after a crash). */
	private @Nullable JobExecution unfinishedImport(String folder) {
		for (JobInstance instance : this.jobRepository.getJobInstances(LedgerImportJobConfiguration.JOB_NAME, 0,
				50)) {
			JobExecution last = this.jobRepository.getLastJobExecution(instance);
			if (last == null
					|| !folder.equals(last.getJobParameters().getString(LedgerImportJobConfiguration.INPUT_PARAMETER))) {
				continue;
			}
			BatchStatus status = last.getStatus();
			return (status == BatchStatus.FAILED || status == BatchStatus.STOPPED) ? last : null;
		}
		return null;
	}

	/** Names, sizes and modification times of the ledger files: a restart is only safe over the same files. */
	private static String inputState(Path folder, List<String> files) throws IOException {
		StringBuilder state = new StringBuilder();
		for (String file : files) {
			Path path = folder.resolve(file);
			state.append(file)
				.append(':')
				.append(Files.size(path))
				.append(':')
				.append(Files.getLastModifiedTime(path).toMillis())
				.append(';');
		}
		return Integer.toHexString(state.toString().hashCode()) + "-" + files.size();
	}

	private static List<String> ledgerFiles(Path folder) throws IOException {
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(Files::isRegularFile)
				.filter(LedgerWorkbooks::isLedgerFile)
				.map((file) -> folder.relativize(file).toString().replace('\\', '/'))
				.sorted()
				.toList();
		}
	}

	/** One plain line per failure, without stack traces (SPEC §2.6). */
	private static List<String> failures(JobExecution execution) {
		Set<String> lines = new LinkedHashSet<>();
		for (Throwable failure : execution.getAllFailureExceptions()) {
			Throwable cause = failure;
			while (cause.getCause() != null && cause.getCause() != cause && cause.getMessage() == null) {
				cause = cause.getCause();
			}
			String message = (cause.getMessage() != null) ? cause.getMessage() : cause.getClass().getSimpleName();
			lines.addAll(List.of(message.split("\n")));
		}
		// a step that failed without an exception (the import check) says why in its exit description
		for (StepExecution step : execution.getStepExecutions()) {
			String description = step.getExitStatus().getExitDescription();
			if (step.getStatus() == BatchStatus.FAILED && step.getFailureExceptions().isEmpty() && !description.isBlank()) {
				lines.addAll(List.of(description.split("\n")));
			}
		}
		return new ArrayList<>(lines);
	}

	/** What an import did; {@code resumedAt} is the number of items a restart skipped as already committed. */
	public record ImportOutcome(boolean completed, boolean stopped, List<String> problems, int files, int unreadableFiles, long read,
			long rejected, long resumedAt, int unchangedFiles) {
	}

	/** How many files the import skipped because they were as at their last complete import. */
	private static int unchangedFiles(JobExecution execution) {
		return execution.getStepExecutions()
			.stream()
			.filter((step) -> step.getStepName().equals(LedgerImportJobConfiguration.IMPORT_STEP))
			.map((step) -> step.getExecutionContext().getString(LedgerItemReader.UNCHANGED_KEY, ""))
			.filter((list) -> !list.isBlank())
			.mapToInt((list) -> list.split("\n").length)
			.sum();
	}

	/** What a report launch did. */
	public record ReportOutcome(Status status, ReportFiles files, List<String> problems) {

		/** Written now, already written from the same data before, or failed. */
		public enum Status {

			WRITTEN, ALREADY_DONE, FAILED

		}

	}

}
