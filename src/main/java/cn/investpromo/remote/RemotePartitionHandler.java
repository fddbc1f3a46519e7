package cn.investpromo.remote;

import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.TimeoutException;

import org.springframework.batch.core.partition.StepExecutionSplitter;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.MessageChannelPartitionHandler;

/**
 * Spring Batch's remote partition handler in its polling mode (the manager reads the
 * shared job repository for finished partitions rather than waiting for replies, which a
 * manager restart loses: spring-batch#5158, #4011), with a timeout (Spring Batch waits
 * forever by default), after which the partitions still running are marked failed
 * ({@link StalePartitions}) so that the same command reruns them.
 */
final class RemotePartitionHandler extends MessageChannelPartitionHandler {

	private final StalePartitions stalePartitions;

	private final String workerStep;

	private final Duration timeout;

	RemotePartitionHandler(StalePartitions stalePartitions, String workerStep, Duration timeout) {
		this.stalePartitions = stalePartitions;
		this.workerStep = workerStep;
		this.timeout = timeout;
		setTimeout(timeout.toMillis());
	}

	@Override
	public Collection<StepExecution> handle(StepExecutionSplitter stepSplitter, StepExecution managerStepExecution)
			throws Exception {
		try {
			return super.handle(stepSplitter, managerStepExecution);
		}
		catch (TimeoutException ex) {
			int left = this.stalePartitions.failRunning(managerStepExecution.getJobExecutionId(), this.workerStep);
			throw new TimeoutException("分区未在 " + this.timeout.toSeconds() + " 秒内全部结束，" + left
					+ " 个未结束的分区已标记为失败，再次运行同一命令即可重做 / not every partition ended within investpromo.remote.timeout ("
					+ this.timeout.toSeconds() + " s): the " + left
					+ " left unfinished are marked failed, run the same command again to rerun them");
		}
		catch (Exception ex) {
			this.stalePartitions.failRunning(managerStepExecution.getJobExecutionId(), this.workerStep);
			throw ex;
		}
	}

}
