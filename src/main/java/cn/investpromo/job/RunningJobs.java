package cn.investpromo.job;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;

import cn.investpromo.ledger.LedgerImportJobConfiguration;
import cn.investpromo.report.ReportJobConfiguration;

/**
 * The executions of our jobs marked running, and how {@link JobRunner#stopRunning()} asks
 * them to stop.
 */
final class RunningJobs {

	// the stop is logged as it always was, by the runner
	private static final Logger log = LoggerFactory.getLogger("cn.investpromo.job.JobRunner");

	private static final List<String> JOBS = List.of(MonthlyJobConfiguration.JOB_NAME,
			LedgerImportJobConfiguration.JOB_NAME, ReportJobConfiguration.JOB_NAME, EachJobConfiguration.JOB_NAME);

	private RunningJobs() {
	}

	/**
	 * Marks every started execution STOPPING; its steps see that at their next chunk
	 * boundary and stop there.
	 */
	static void stop(JobRepository jobRepository) {
		for (String jobName : JOBS) {
			for (JobExecution execution : jobRepository.findRunningJobExecutions(jobName)) {
				BatchStatus status = execution.getStatus();
				if (status == BatchStatus.STARTING || status == BatchStatus.STARTED) {
					log.info("Stopping {} execution {}", jobName, execution.getId());
					execution.setStatus(BatchStatus.STOPPING);
					execution.setExitStatus(ExitStatus.STOPPED);
					jobRepository.update(execution);
				}
			}
		}
	}

}
