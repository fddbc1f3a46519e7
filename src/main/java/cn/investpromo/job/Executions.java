package cn.investpromo.job;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

import cn.investpromo.report.Period;
import cn.investpromo.report.ReportJobConfiguration;

/**
 * The job repository as the launchers ask it: executions a dead process left running, the
 * last execution for a period, scope and language, and an execution's failures as plain
 * lines.
 */
@Component
class Executions {

	private static final Logger log = LoggerFactory.getLogger(Executions.class);

	private final JobRepository jobRepository;

	private final JobOperator jobOperator;

	Executions(JobRepository jobRepository, JobOperator jobOperator) {
		this.jobRepository = jobRepository;
		this.jobOperator = jobOperator;
	}

	/**
	 * Under the run lock, an execution marked running belongs to a process that died:
	 * mark it failed (SPEC §4).
	 */
	void recoverStale(String jobName) {
		for (JobExecution execution : this.jobRepository.findRunningJobExecutions(jobName)) {
			log.warn("Execution {} of {} was left {} by a process that stopped; recovering it", execution.getId(),
					jobName, execution.getStatus());
			this.jobOperator.recover(execution);
		}
	}

	/**
	 * The last execution of the newest instance of a job for this period, scope and
	 * language that is accepted.
	 */
	@Nullable JobExecution lastFor(String jobName, int instances, Period period, String scope, String language,
			Predicate<JobExecution> accepted) {
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
	static JobParametersBuilder withPeriod(JobParametersBuilder parameters, Period period) {
		return (period.kind() == Period.Kind.MONTH)
				? parameters.addString(ReportJobConfiguration.MONTH, period.first().toString())
				: parameters.addString(ReportJobConfiguration.PERIOD, period.label());
	}

	static Period periodOf(JobParameters parameters) {
		return ReportJobConfiguration.period(parameters.getString(ReportJobConfiguration.MONTH),
				parameters.getString(ReportJobConfiguration.PERIOD));
	}

	private static boolean isFor(JobParameters parameters, Period period) {
		return (parameters.getString(ReportJobConfiguration.MONTH) != null
				|| parameters.getString(ReportJobConfiguration.PERIOD) != null) && periodOf(parameters).equals(period);
	}

	/** One plain line per failure, without stack traces (SPEC §2.6). */
	static List<String> failures(JobExecution execution) {
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

}
