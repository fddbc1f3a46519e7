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
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.AbstractStep;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import cn.investpromo.correction.CorrectionsWorkbooks;
import cn.investpromo.ledger.LedgerFiles;
import cn.investpromo.ledger.LedgerImportJobConfiguration;
import cn.investpromo.ledger.LedgerItemReader;
import cn.investpromo.region.Region;
import cn.investpromo.report.Period;
import cn.investpromo.report.ReportFiles;
import cn.investpromo.report.ReportJobConfiguration;
import cn.investpromo.report.ReportLanguage;
import cn.investpromo.store.DataVersion;
import cn.investpromo.store.LedgerStore;
import cn.investpromo.store.LedgerStore.FileSummary;
import cn.investpromo.system.InvestpromoProperties;

/**
 * Launches the jobs through the {@link JobOperator} and turns executions into outcomes
 * the CLI can print.
 * <p>
 * Every launch first takes the {@link RunLock} and recovers executions a dead process
 * left marked as running, so that "the same command again" restarts a crashed run where
 * its last committed chunk ended (SPEC §4).
 */
@Component
public class JobRunner {

	private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

	/**
	 * Import parameters: identifying launch id, kept while its instance is unfinished;
	 * the files it saw.
	 */
	static final String LAUNCH_ID = "launchId";

	static final String INPUT_STATE = "inputState";

	/**
	 * Report parameter: the fingerprint of the stored data, identifying (SPEC §4 rerun
	 * semantics).
	 */
	public static final String DATA_VERSION = "dataVersion";

	/** The monthly job of SPEC §4: import, then report, as one job with two parts. */
	public static final String MONTHLY_JOB = "monthlyJob";

	/** The monthly job's parts, in order. */
	public static final String IMPORT_PART = "import";

	public static final String REPORT_PART = "report";

	/** Where a part of the monthly job keeps the id of the execution it launched. */
	public static final String PART_EXECUTION = "partExecutionId";

	/**
	 * Monthly parameter, not identifying: whether the report part writes the report again
	 * (--rerun).
	 */
	static final String MONTHLY_RERUN = "rerunReport";

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final Job importJob;

	private final Job reportJob;

	private final LedgerStore ledgerStore;

	private final DataVersion dataVersion;

	private final RunLock runLock;

	private final CorrectionsWorkbooks corrections;

	private final InvestpromoProperties properties;

	private final Job monthlyJob;

	private volatile boolean running;

	private volatile @Nullable MonthlyParts parts;

	public JobRunner(JobOperator jobOperator, JobRepository jobRepository, @Qualifier("ledgerImportJob") Job importJob,
			@Qualifier("monthlyReportJob") Job reportJob, LedgerStore ledgerStore, DataVersion dataVersion,
			RunLock runLock, CorrectionsWorkbooks corrections, InvestpromoProperties properties) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.importJob = importJob;
		this.reportJob = reportJob;
		this.ledgerStore = ledgerStore;
		this.dataVersion = dataVersion;
		this.runLock = runLock;
		this.corrections = corrections;
		this.properties = properties;
		// built here rather than as a bean: its parts call back into this runner, which
		// launches it
		this.monthlyJob = new JobBuilder(MONTHLY_JOB, jobRepository)
			.start(new PartStep(IMPORT_PART, jobRepository, this::importPart))
			.next(new PartStep(REPORT_PART, jobRepository, this::reportPart))
			.build();
	}

	/**
	 * Imports every ledger under {@code input} (a folder, or one ledger file). An
	 * unfinished import of the same input over the same files is restarted from its last
	 * committed chunk; otherwise a new instance starts.
	 */
	public ImportOutcome runImport(Path input) throws Exception {
		begin();
		try {
			return launchImport(input, this.properties.outputDir(), ReportLanguage.parse(this.properties.language()))
				.outcome();
		}
		finally {
			end();
		}
	}

	private Launched<ImportOutcome> launchImport(Path input, Path outputDir, ReportLanguage language) throws Exception {
		Path folder = input.toAbsolutePath().normalize();
		if (!Files.exists(folder)) {
			return new Launched<>(failedImport("输入目录不存在 / input folder not found: " + folder), null);
		}
		List<Path> paths = LedgerFiles.list(folder);
		if (paths.isEmpty()) {
			return new Launched<>(failedImport(Files.isDirectory(folder)
					? "输入目录中没有台账文件（.xlsx、.xlsm、.xls、.csv）/ no ledger file (.xlsx, .xlsm, .xls or .csv) in the input folder: "
							+ folder
					: "不是台账文件（.xlsx、.xlsm、.xls、.csv）/ not a ledger file (.xlsx, .xlsm, .xls or .csv): " + folder),
					null);
		}
		List<String> files = paths.stream().map((path) -> LedgerFiles.relative(folder, path)).toList();
		String inputState = inputState(paths, files);
		recoverStale(LedgerImportJobConfiguration.JOB_NAME);
		JobParameters parameters;
		long resumedAt = 0;
		JobExecution unfinished = unfinishedImport(folder.toString());
		if (unfinished != null && inputState.equals(unfinished.getJobParameters().getString(INPUT_STATE))) {
			parameters = unfinished.getJobParameters();
			StepExecution step = this.jobRepository.getLastStepExecution(unfinished.getJobInstance(),
					LedgerImportJobConfiguration.IMPORT_STEP);
			resumedAt = (step != null && step.getStatus() != BatchStatus.COMPLETED) ? step.getReadCount() : 0;
			log.info("Restarting import execution {} of {} after {} committed item(s)", unfinished.getId(), folder,
					resumedAt);
		}
		else {
			if (unfinished != null) {
				// the ledgers changed since it stopped: counting rows from the old
				// position would misalign
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
		int noLedger = 0;
		for (String file : files) {
			FileSummary summary = this.ledgerStore.fileSummary(file);
			read += summary.read();
			rejected += summary.rejected();
			String reason = summary.unreadableReason();
			if (reason != null && reason.startsWith(LedgerItemReader.NO_LEDGER_SHEET)) {
				noLedger++;
			}
			else if (reason != null) {
				unreadable++;
			}
		}
		boolean ok = execution.getStatus() == BatchStatus.COMPLETED;
		boolean stopped = execution.getStatus() == BatchStatus.STOPPED;
		List<String> problems = stopped ? List.of("导入已停止，再次运行同一命令将从中断处继续 / import stopped; the same command resumes it")
				: failures(execution);
		List<String> unchanged = unchangedFileNames(execution);
		List<CorrectionsWorkbooks.Written> corrections = stopped ? List.of() : this.corrections.update(folder, paths,
				Set.copyOf(unchanged), outputDir, language == ReportLanguage.EN);
		return new Launched<>(
				new ImportOutcome(ok, stopped, problems, files.size(), unreadable, noLedger, read, rejected, resumedAt,
						unchanged.size(), corrections.stream().map(CorrectionsWorkbooks.Written::file).toList()),
				execution.getId());
	}

	private static ImportOutcome failedImport(String problem) {
		return new ImportOutcome(false, false, List.of(problem), 0, 0, 0, 0, 0, 0, 0, List.of());
	}

	/**
	 * Writes the report, unless one for this month, scope and language was written from
	 * the same data.
	 */
	public ReportOutcome runReport(YearMonth month, Region scope, ReportLanguage language, Path outputDir,
			boolean rerun) throws Exception {
		return runReport(Period.month(month), scope, language, outputDir, rerun);
	}

	/**
	 * Writes the report of a month, quarter, half-year or year, unless one for this
	 * period, scope and language was written from the same data. A month is identified as
	 * {@code month=2019-07} as it always was, any other period as {@code period=2019-Q3}.
	 */
	public ReportOutcome runReport(Period period, Region scope, ReportLanguage language, Path outputDir, boolean rerun)
			throws Exception {
		begin();
		try {
			return launchReport(period, scope, language, outputDir, rerun).outcome();
		}
		finally {
			end();
		}
	}

	private Launched<ReportOutcome> launchReport(Period period, Region scope, ReportLanguage language, Path outputDir,
			boolean rerun) throws Exception {
		ReportFiles files = ReportFiles.of(outputDir, scope.name(), period, language);
		recoverStale(ReportJobConfiguration.JOB_NAME);
		JobParametersBuilder parameters = withPeriod(new JobParametersBuilder(), period)
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
			return new Launched<>(new ReportOutcome(ReportOutcome.Status.FAILED, files,
					List.of("报告目录无法创建 / cannot create the report folder " + files.directory() + " ("
							+ ex.getClass().getSimpleName() + ")"),
					null), null);
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
			// in another --out folder:
			// "already up to date" must never name files that are not there
			parameters.addString(ReportJobConfiguration.RERUN, LocalDateTime.now().toString());
			return written(this.jobOperator.start(this.reportJob, parameters.toJobParameters()), files);
		}
		catch (JobExecutionAlreadyRunningException ex) {
			return new Launched<>(new ReportOutcome(ReportOutcome.Status.FAILED, files,
					List.of("同一报告正在生成中 / the same report is already running"), null), null);
		}
	}

	/**
	 * The monthly job of SPEC §4: one execution of {@value #MONTHLY_JOB} whose two parts
	 * launch the import and then the report. A monthly run for the same month, scope and
	 * language that failed or stopped is restarted: a part that completed is not
	 * repeated, an unfinished one resumes (the import from its last committed chunk).
	 */
	public MonthlyOutcome runMonthly(Path input, Period period, Region scope, ReportLanguage language, Path outputDir,
			boolean rerun) throws Exception {
		begin();
		try {
			recoverStale(MONTHLY_JOB);
			String lang = language.name().toLowerCase(Locale.ROOT);
			JobExecution unfinished = unfinishedMonthly(period, scope.code(), lang);
			String launchId = (unfinished != null) ? unfinished.getJobParameters().getString(LAUNCH_ID)
					: LocalDateTime.now().toString();
			JobParameters parameters = withPeriod(new JobParametersBuilder(), period)
				.addString(ReportJobConfiguration.SCOPE, scope.code())
				.addString(ReportJobConfiguration.LANGUAGE, lang)
				.addString(LAUNCH_ID, launchId)
				.addString(LedgerImportJobConfiguration.INPUT_PARAMETER, input.toAbsolutePath().normalize().toString(),
						false)
				.addString(ReportJobConfiguration.OUTPUT, outputDir.toAbsolutePath().normalize().toString(), false)
				.addString(MONTHLY_RERUN, String.valueOf(rerun), false)
				.toJobParameters();
			if (unfinished != null) {
				log.info("Restarting monthly execution {} for {} {}", unfinished.getId(), scope.name(), period);
			}
			MonthlyParts parts = new MonthlyParts(scope);
			this.parts = parts;
			JobExecution execution = this.jobOperator.start(this.monthlyJob, parameters);
			List<String> problems = (parts.imported == null && parts.report == null) ? failures(execution) : List.of();
			return new MonthlyOutcome(execution.getStatus() == BatchStatus.COMPLETED, parts.imported, parts.report,
					problems);
		}
		finally {
			this.parts = null;
			end();
		}
	}

	/**
	 * The monthly job's import part: the import job for the run's input, as
	 * {@code import} launches it.
	 */
	private void importPart(StepExecution part) throws Exception {
		MonthlyParts parts = currentParts();
		JobParameters parameters = part.getJobParameters();
		Launched<ImportOutcome> launched = launchImport(
				Path.of(parameters.getString(LedgerImportJobConfiguration.INPUT_PARAMETER)),
				Path.of(parameters.getString(ReportJobConfiguration.OUTPUT)),
				ReportLanguage.parse(parameters.getString(ReportJobConfiguration.LANGUAGE)));
		parts.imported = launched.outcome();
		remember(part, launched);
		if (launched.outcome().stopped()) {
			throw new JobInterruptedException("import stopped");
		}
		if (!launched.outcome().completed()) {
			failed(part, launched.outcome().problems());
		}
	}

	/**
	 * The monthly job's report part: the report job, computed from what the import part
	 * stored.
	 */
	private void reportPart(StepExecution part) throws Exception {
		MonthlyParts parts = currentParts();
		JobParameters parameters = part.getJobParameters();
		Launched<ReportOutcome> launched = launchReport(periodOf(parameters), parts.scope,
				ReportLanguage.parse(parameters.getString(ReportJobConfiguration.LANGUAGE)),
				Path.of(parameters.getString(ReportJobConfiguration.OUTPUT)),
				Boolean.parseBoolean(parameters.getString(MONTHLY_RERUN)));
		parts.report = launched.outcome();
		remember(part, launched);
		if (launched.outcome().status() == ReportOutcome.Status.FAILED) {
			failed(part, launched.outcome().problems());
		}
	}

	/**
	 * Fails the part, and so the monthly run, with the launched job's problems as its
	 * exit description; without an exception, as the CLI already prints these lines and
	 * Batch would log a stack trace for one.
	 */
	private static void failed(StepExecution part, List<String> problems) {
		part.setStatus(BatchStatus.FAILED);
		part.setExitStatus(ExitStatus.FAILED.addExitDescription(String.join("\n", problems)));
	}

	/**
	 * The execution a part launched, for {@code history} to show the parts of a monthly
	 * run.
	 */
	private static void remember(StepExecution part, Launched<?> launched) {
		if (launched.executionId() != null) {
			part.getExecutionContext().putLong(PART_EXECUTION, launched.executionId());
		}
	}

	private MonthlyParts currentParts() {
		MonthlyParts parts = this.parts;
		if (parts == null) {
			throw new IllegalStateException("the monthly job is launched by JobRunner.runMonthly only");
		}
		return parts;
	}

	/**
	 * The newest completed report execution for this period, scope and language, if any:
	 * what wrote its files.
	 */
	public @Nullable Long lastReport(Period period, Region scope, ReportLanguage language) {
		JobExecution last = lastExecutionFor(ReportJobConfiguration.JOB_NAME, 200, period, scope.code(),
				language.name().toLowerCase(Locale.ROOT), execution -> execution.getStatus() == BatchStatus.COMPLETED);
		return (last != null) ? last.getId() : null;
	}

	/**
	 * The newest monthly run for this month, scope and language, if it failed or stopped.
	 */
	private @Nullable JobExecution unfinishedMonthly(Period period, String scope, String language) {
		JobExecution last = lastExecutionFor(MONTHLY_JOB, 50, period, scope, language, execution -> true);
		return (last != null && (last.getStatus() == BatchStatus.FAILED || last.getStatus() == BatchStatus.STOPPED))
				? last : null;
	}

	/**
	 * The last execution of the newest instance of a job for this period, scope and
	 * language that is accepted.
	 */
	private @Nullable JobExecution lastExecutionFor(String jobName, int instances, Period period, String scope,
			String language, Predicate<JobExecution> accepted) {
		for (JobInstance instance : this.jobRepository.getJobInstances(jobName, 0, instances)) {
			JobExecution last = this.jobRepository.getLastJobExecution(instance);
			if (last == null) {
				continue;
			}
			JobParameters parameters = last.getJobParameters();
			if (accepted.test(last) && isFor(parameters, period)
					&& scope.equals(parameters.getString(ReportJobConfiguration.SCOPE))
					&& language.equals(parameters.getString(ReportJobConfiguration.LANGUAGE))) {
				return last;
			}
		}
		return null;
	}

	/**
	 * A month is identified as {@code month=2019-07}, as it always was; any other period
	 * as {@code period=2019-Q3}.
	 */
	private static JobParametersBuilder withPeriod(JobParametersBuilder parameters, Period period) {
		return (period.kind() == Period.Kind.MONTH)
				? parameters.addString(ReportJobConfiguration.MONTH, period.first().toString())
				: parameters.addString(ReportJobConfiguration.PERIOD, period.label());
	}

	private static Period periodOf(JobParameters parameters) {
		return ReportJobConfiguration.period(parameters.getString(ReportJobConfiguration.MONTH),
				parameters.getString(ReportJobConfiguration.PERIOD));
	}

	private static boolean isFor(JobParameters parameters, Period period) {
		return (parameters.getString(ReportJobConfiguration.MONTH) != null
				|| parameters.getString(ReportJobConfiguration.PERIOD) != null) && periodOf(parameters).equals(period);
	}

	private static Launched<ReportOutcome> written(JobExecution execution, ReportFiles files) {
		boolean ok = execution.getStatus() == BatchStatus.COMPLETED;
		return new Launched<>(new ReportOutcome(ok ? ReportOutcome.Status.WRITTEN : ReportOutcome.Status.FAILED, files,
				failures(execution), execution.getId()), execution.getId());
	}

	/**
	 * Asks the job this process is running, if any, to stop at its next chunk boundary
	 * (SIGTERM); it ends STOPPED, and the same command restarts it later.
	 * <p>
	 * Only the job execution is marked STOPPING; the step's own thread sees that when it
	 * saves its next chunk and stops there. {@code JobOperator.stop} is not used from
	 * this thread: in Batch 6.0 it also saves a copy of the running step execution
	 * (racing the step's own saves) and releases the step scope, which closes the running
	 * step's reader under it (spring-batch#5308).
	 */
	public void stopRunning() {
		if (!this.running) {
			return;
		}
		for (String jobName : List.of(MONTHLY_JOB, LedgerImportJobConfiguration.JOB_NAME,
				ReportJobConfiguration.JOB_NAME)) {
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

	/**
	 * Under the run lock, an execution marked running belongs to a process that died:
	 * mark it failed (SPEC §4).
	 */
	private void recoverStale(String jobName) {
		for (JobExecution execution : this.jobRepository.findRunningJobExecutions(jobName)) {
			log.warn("Execution {} of {} was left {} by a process that stopped; recovering it", execution.getId(),
					jobName, execution.getStatus());
			this.jobOperator.recover(execution);
		}
	}

	/**
	 * The newest import of this folder, if it did not complete (failed, stopped or
	 * recovered after a crash).
	 */
	private @Nullable JobExecution unfinishedImport(String folder) {
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

	/**
	 * Names, sizes and modification times of the ledger files: a restart is only safe
	 * over the same files.
	 */
	private static String inputState(List<Path> paths, List<String> files) throws IOException {
		StringBuilder state = new StringBuilder();
		for (int i = 0; i < paths.size(); i++) {
			Path path = paths.get(i);
			state.append(files.get(i))
				.append(':')
				.append(Files.size(path))
				.append(':')
				.append(Files.getLastModifiedTime(path).toMillis())
				.append(';');
		}
		return Integer.toHexString(state.toString().hashCode()) + "-" + files.size();
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
			// an out-of-memory error in the JVM's own words is English only
			if (failure instanceof OutOfMemoryError) {
				message = "内存不足，作业已停止；已提交的行已保存，请用更大的 -Xmx 再次运行（从中断处继续）/ out of memory, the job stopped; "
						+ "the rows committed are stored: run again with a larger -Xmx (it resumes)";
			}
			lines.addAll(List.of(message.split("\n")));
		}
		// a step that failed without an exception (the import check) says why in its exit
		// description
		for (StepExecution step : execution.getStepExecutions()) {
			String description = step.getExitStatus().getExitDescription();
			if (step.getStatus() == BatchStatus.FAILED && step.getFailureExceptions().isEmpty()
					&& !description.isBlank()) {
				lines.addAll(List.of(description.split("\n")));
			}
		}
		return new ArrayList<>(lines);
	}

	/**
	 * What an import did; {@code unreadableFiles} were refused, {@code noLedgerFiles}
	 * held no ledger sheet (both fail the run), {@code resumedAt} is the number of items
	 * a restart skipped as already committed, {@code corrections} the corrections
	 * workbooks of the ledgers with rejected rows.
	 */
	public record ImportOutcome(boolean completed, boolean stopped, List<String> problems, int files,
			int unreadableFiles, int noLedgerFiles, long read, long rejected, long resumedAt, int unchangedFiles,
			List<Path> corrections) {
	}

	/**
	 * The files the import skipped because they were as at their last complete import.
	 */
	private static List<String> unchangedFileNames(JobExecution execution) {
		return execution.getStepExecutions()
			.stream()
			.filter((step) -> step.getStepName().equals(LedgerImportJobConfiguration.IMPORT_STEP))
			.map((step) -> step.getExecutionContext().getString(LedgerItemReader.UNCHANGED_KEY, ""))
			.filter((list) -> !list.isBlank())
			.flatMap((list) -> List.of(list.split("\n")).stream())
			.toList();
	}

	/**
	 * What a monthly run did: its import and report outcomes, {@code null} for a part not
	 * run this time (the import completed in the execution this one restarts, or the
	 * report after a failed import).
	 */
	public record MonthlyOutcome(boolean completed, @Nullable ImportOutcome imported, @Nullable ReportOutcome report,
			List<String> problems) {
	}

	/** An outcome and the execution that produced it, if a job was launched. */
	private record Launched<T>(T outcome, @Nullable Long executionId) {
	}

	/**
	 * What the parts of the monthly run in progress produced; one monthly run at a time,
	 * under the run lock.
	 */
	private static final class MonthlyParts {

		private final Region scope;

		private @Nullable ImportOutcome imported;

		private @Nullable ReportOutcome report;

		MonthlyParts(Region scope) {
			this.scope = scope;
		}

	}

	/**
	 * A step of the monthly job that launches one of the other jobs, outside any
	 * transaction (like a JobStep).
	 */
	private static final class PartStep extends AbstractStep {

		private final PartBody body;

		PartStep(String name, JobRepository jobRepository, PartBody body) {
			super(name);
			setJobRepository(jobRepository);
			this.body = body;
		}

		@Override
		protected void doExecute(StepExecution stepExecution) throws Exception {
			this.body.run(stepExecution);
		}

	}

	@FunctionalInterface
	private interface PartBody {

		void run(StepExecution part) throws Exception;

	}

	/**
	 * What a report launch did; {@code executionId} is the report job's execution that
	 * wrote the files.
	 */
	public record ReportOutcome(Status status, ReportFiles files, List<String> problems, @Nullable Long executionId) {

		/** Written now, already written from the same data before, or failed. */
		public enum Status {

			WRITTEN, ALREADY_DONE, FAILED

		}

	}

}
