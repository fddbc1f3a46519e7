package cn.investpromo.remote;

import java.time.LocalDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * When a manager stops waiting (its timeout, or a failure while sending): the partitions
 * of its run still marked running are marked failed, so that the same command restarts
 * the run and they run again. Left running, they would stop the restart before it begins:
 * Spring Batch refuses to restart a run with a step execution still running ("already
 * running"), and its splitter a partition left {@code STARTED}; and
 * {@code JobOperator.recover} only reaches runs still marked running, not one the manager
 * ended as failed.
 */
final class StalePartitions {

	private static final Logger log = LoggerFactory.getLogger(StalePartitions.class);

	private final JobRepository jobRepository;

	StalePartitions(JobRepository jobRepository) {
		this.jobRepository = jobRepository;
	}

	/**
	 * Marks failed every partition of {@code workerStep} in this run that is still marked
	 * running; returns how many.
	 */
	int failRunning(long jobExecutionId, String workerStep) {
		JobExecution run = this.jobRepository.getJobExecution(jobExecutionId);
		if (run == null) {
			return 0;
		}
		int failed = 0;
		for (StepExecution partition : run.getStepExecutions()) {
			BatchStatus left = partition.getStatus();
			if (partition.getStepName().startsWith(workerStep + ":") && left.isRunning()) {
				partition.setStatus(BatchStatus.FAILED);
				partition.setExitStatus(ExitStatus.FAILED
					.addExitDescription("left " + left + " when the manager stopped waiting; runs again on restart"));
				partition.setEndTime(LocalDateTime.now());
				this.jobRepository.update(partition);
				failed++;
				log.info("分区 {} 未结束，标记为失败，重新运行时再做 / partition {} was {}: marked failed, a restart runs it again",
						partition.getStepName(), partition.getStepName(), left);
			}
		}
		return failed;
	}

}
