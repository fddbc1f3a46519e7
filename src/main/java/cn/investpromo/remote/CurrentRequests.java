package cn.investpromo.remote;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;

/**
 * Which partition requests a worker runs: one whose partition is still to run in a run
 * still running. A request can outlive its run on a standalone broker (the manager timed
 * out, or a restart made a new execution of the partition), and a request the broker
 * redelivers after a worker died is for a partition that worker left {@code STARTED},
 * which runs again; a partition ended (completed, or marked failed before a restart) does
 * not, so no unit's report is written twice.
 */
final class CurrentRequests {

	private static final Logger log = LoggerFactory.getLogger(CurrentRequests.class);

	private final JobRepository jobRepository;

	CurrentRequests(JobRepository jobRepository) {
		this.jobRepository = jobRepository;
	}

	boolean current(StepExecutionRequest request) {
		StepExecution partition = this.jobRepository.getStepExecution(request.getStepExecutionId());
		if (partition == null) {
			log.info("跳过未知分区请求 / skipped a request for an unknown partition: {}", request);
			return false;
		}
		BatchStatus status = partition.getStatus();
		// the run as read with the partition (not the repository's whole execution, which
		// reads every partition's context: a query per partition, per request)
		JobExecution run = partition.getJobExecution();
		if ((status == BatchStatus.STARTING || status == BatchStatus.STARTED) && run.getStatus().isRunning()) {
			return true;
		}
		log.info("跳过已结束的分区请求 / skipped the request of {} ({}, its run {})", partition.getStepName(), status,
				run.getStatus());
		return false;
	}

}
