package cn.investpromo.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import cn.investpromo.ledger.LedgerImportJobConfiguration;
import cn.investpromo.ledger.LedgerWorkbooks;
import cn.investpromo.region.Region;
import cn.investpromo.report.ReportFiles;
import cn.investpromo.report.ReportJobConfiguration;
import cn.investpromo.report.ReportLanguage;
import cn.investpromo.store.LedgerStore;
import cn.investpromo.store.LedgerStore.FileSummary;

/** Launches the jobs through the {@link JobOperator} and turns executions into outcomes the CLI can print. */
@Component
public class JobRunner {

	private final JobOperator jobOperator;

	private final Job importJob;

	private final Job reportJob;

	private final LedgerStore ledgerStore;

	public JobRunner(JobOperator jobOperator, @Qualifier("ledgerImportJob") Job importJob,
			@Qualifier("monthlyReportJob") Job reportJob, LedgerStore ledgerStore) {
		this.jobOperator = jobOperator;
		this.importJob = importJob;
		this.reportJob = reportJob;
		this.ledgerStore = ledgerStore;
	}

	/** Imports every ledger under {@code input}; every launch is a new job instance, since ledgers change. */
	public ImportOutcome runImport(Path input) throws Exception {
		Path folder = input.toAbsolutePath().normalize();
		if (!Files.isDirectory(folder)) {
			return new ImportOutcome(false, List.of("输入目录不存在 / input folder not found: " + folder), 0, 0, 0, 0);
		}
		JobParameters parameters = new JobParametersBuilder()
			.addString(LedgerImportJobConfiguration.INPUT_PARAMETER, folder.toString())
			.addString("launchedAt", LocalDateTime.now().toString())
			.toJobParameters();
		JobExecution execution = this.jobOperator.start(this.importJob, parameters);
		long read = 0;
		long rejected = 0;
		int unreadable = 0;
		List<String> files = ledgerFiles(folder);
		for (String file : files) {
			FileSummary summary = this.ledgerStore.fileSummary(file);
			read += summary.read();
			rejected += summary.rejected();
			unreadable += (summary.unreadableReason() != null) ? 1 : 0;
		}
		boolean ok = execution.getStatus() == BatchStatus.COMPLETED;
		return new ImportOutcome(ok, failures(execution), files.size(), unreadable, read, rejected);
	}

	/** Writes the report, unless this month, scope and language already completed and no rerun is asked for. */
	public ReportOutcome runReport(YearMonth month, Region scope, ReportLanguage language, Path outputDir,
			boolean rerun) throws Exception {
		ReportFiles files = ReportFiles.of(outputDir, scope.name(), month, language);
		JobParametersBuilder parameters = new JobParametersBuilder()
			.addString(ReportJobConfiguration.MONTH, month.toString())
			.addString(ReportJobConfiguration.SCOPE, scope.code())
			.addString(ReportJobConfiguration.LANGUAGE, language.name().toLowerCase(java.util.Locale.ROOT))
			.addString(ReportJobConfiguration.OUTPUT, outputDir.toAbsolutePath().normalize().toString(), false);
		if (rerun) {
			// SPEC §4: --rerun makes a new run; our own identifying value, not an incrementer (which would drop ours)
			parameters.addString(ReportJobConfiguration.RERUN, LocalDateTime.now().toString());
		}
		Files.createDirectories(files.directory());
		try {
			JobExecution execution = this.jobOperator.start(this.reportJob, parameters.toJobParameters());
			boolean ok = execution.getStatus() == BatchStatus.COMPLETED;
			return new ReportOutcome(ok ? ReportOutcome.Status.WRITTEN : ReportOutcome.Status.FAILED, files,
					failures(execution));
		}
		catch (JobInstanceAlreadyCompleteException ex) {
			return new ReportOutcome(ReportOutcome.Status.ALREADY_DONE, files, List.of());
		}
		catch (JobExecutionAlreadyRunningException ex) {
			return new ReportOutcome(ReportOutcome.Status.FAILED, files,
					List.of("同一报告正在生成中 / the same report is already running"));
		}
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
		return new ArrayList<>(lines);
	}

	/** What an import did. */
	public record ImportOutcome(boolean completed, List<String> problems, int files, int unreadableFiles, long read,
			long rejected) {
	}

	/** What a report launch did. */
	public record ReportOutcome(Status status, ReportFiles files, List<String> problems) {

		/** Written now, already written before, or failed. */
		public enum Status {

			WRITTEN, ALREADY_DONE, FAILED

		}

	}

}
