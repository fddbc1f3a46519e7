package cn.investpromo.job;

import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.step.Step;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

/**
 * The partitions of {@code report --each} on this machine:
 * {@code investpromo.each.threads} threads (default: the processors) run the worker step,
 * each unit's report on one thread. Steps aside when
 * {@code investpromo.remote.enabled=true}, for a remote handler bean of the same name
 * ({@value EachJobConfiguration#PARTITION_HANDLER}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "investpromo.remote.enabled", havingValue = "false", matchIfMissing = true)
class LocalPartitioningConfiguration {

	@Bean(EachJobConfiguration.PARTITION_HANDLER)
	PartitionHandler eachPartitionHandler(@Qualifier(EachJobConfiguration.WORKER_STEP) Step eachUnitReport,
			EachProperties properties) {
		// a thread per partition while fewer than the limit run, none kept idle between
		// runs
		SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor("each-unit-");
		threads.setConcurrencyLimit(properties.threadCount());
		TaskExecutorPartitionHandler handler = new TaskExecutorPartitionHandler();
		handler.setStep(eachUnitReport);
		handler.setTaskExecutor(threads);
		handler.setGridSize(properties.threadCount());
		return handler;
	}

}
