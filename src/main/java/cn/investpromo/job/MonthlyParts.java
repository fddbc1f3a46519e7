package cn.investpromo.job;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

import cn.investpromo.ledger.LedgerImportJobConfiguration;
import cn.investpromo.region.Region;
import cn.investpromo.report.ReportFiles;
import cn.investpromo.report.ReportJobConfiguration;
import cn.investpromo.report.ReportLanguage;
import cn.investpromo.system.ReferenceData;

/**
 * What the monthly job's two parts do: launch the import job, then the report job, from
 * the monthly run's parameters, each keeping its outcome, and the id of the execution it
 * launched, in its step's execution context.
 */
@Component
class MonthlyParts {

	/** The parts' step names, in order. */
	static final String IMPORT = "import";

	static final String REPORT = "report";

	/** Where a part keeps the id of the execution it launched. */
	static final String PART_EXECUTION = "partExecutionId";

	/**
	 * Monthly parameter, not identifying: whether the report part writes the report again
	 * (--rerun).
	 */
	static final String RERUN = "rerunReport";

	/** Step-context key of a part's outcome. */
	private static final String OUTCOME = "outcome";

	private final ImportLauncher importLauncher;

	private final ReportLauncher reportLauncher;

	private final ReferenceData referenceData;

	MonthlyParts(ImportLauncher importLauncher, ReportLauncher reportLauncher, ReferenceData referenceData) {
		this.importLauncher = importLauncher;
		this.reportLauncher = reportLauncher;
		this.referenceData = referenceData;
	}

	/** The import job for the run's input, as {@code import} launches it. */
	void importPart(StepExecution part) throws Exception {
		JobParameters parameters = part.getJobParameters();
		Launched<ImportResult> launched = this.importLauncher.launch(
				Path.of(parameters.getString(LedgerImportJobConfiguration.INPUT_PARAMETER)), output(parameters),
				language(parameters));
		keep(part, launched, launched.outcome());
		if (launched.outcome().stopped()) {
			throw new JobInterruptedException("import stopped");
		}
		if (!launched.outcome().completed()) {
			failed(part, launched.outcome().problems());
		}
	}

	/** The report job, computed from what the import part stored. */
	void reportPart(StepExecution part) throws Exception {
		JobParameters parameters = part.getJobParameters();
		String code = parameters.getString(ReportJobConfiguration.SCOPE);
		Region scope = this.referenceData.regions()
			.byCode(code)
			.orElseThrow(() -> new IllegalStateException("unknown scope " + code));
		Launched<ReportOutcome> launched = this.reportLauncher.launch(Executions.periodOf(parameters), scope,
				language(parameters), output(parameters), Boolean.parseBoolean(parameters.getString(RERUN)));
		ReportOutcome outcome = launched.outcome();
		keep(part, launched, new SavedReport(outcome.status(), List.copyOf(outcome.problems()), outcome.executionId()));
		if (outcome.status() == ReportOutcome.Status.FAILED) {
			failed(part, outcome.problems());
		}
	}

	/** The import outcome of this execution's import part; null when it did not run. */
	static @Nullable ImportResult imported(JobExecution execution) {
		return (saved(execution, IMPORT) instanceof ImportResult imported) ? imported : null;
	}

	/**
	 * The report outcome of this execution's report part, naming the files it wrote; null
	 * when it did not run.
	 */
	static @Nullable ReportOutcome report(JobExecution execution, ReportFiles files) {
		return (saved(execution, REPORT) instanceof SavedReport report)
				? new ReportOutcome(report.status(), files, report.problems(), report.executionId()) : null;
	}

	private static @Nullable Object saved(JobExecution execution, String part) {
		return execution.getStepExecutions()
			.stream()
			.filter((step) -> step.getStepName().equals(part))
			.map((step) -> step.getExecutionContext().get(OUTCOME))
			.findFirst()
			.orElse(null);
	}

	private static Path output(JobParameters parameters) {
		return Path.of(parameters.getString(ReportJobConfiguration.OUTPUT));
	}

	private static ReportLanguage language(JobParameters parameters) {
		return ReportLanguage.parse(parameters.getString(ReportJobConfiguration.LANGUAGE));
	}

	/**
	 * The part's outcome, and the execution it launched for {@code history} to show the
	 * parts of a monthly run.
	 */
	private static void keep(StepExecution part, Launched<?> launched, Serializable outcome) {
		part.getExecutionContext().put(OUTCOME, outcome);
		if (launched.executionId() != null) {
			part.getExecutionContext().putLong(PART_EXECUTION, launched.executionId());
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
	 * A report part's outcome as its step context keeps it; its files follow from the
	 * run.
	 */
	record SavedReport(ReportOutcome.Status status, List<String> problems,
			@Nullable Long executionId) implements Serializable {
	}

}
