package cn.investpromo.remote;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.integration.partition.RemotePartitioningWorkerStepBuilder;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.channel.NullChannel;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.jms.dsl.Jms;
import org.springframework.transaction.PlatformTransactionManager;

import cn.investpromo.system.ReferenceData;

/**
 * An {@code investpromo worker}: takes partition requests from the broker's queue, one
 * per thread ({@code investpromo.remote.worker-threads}), and runs each as the worker
 * step of {@code report --each}, writing that unit's report. A request is taken in a JMS
 * transaction that commits only once the partition has ended: a worker killed in the
 * middle of one leaves its request to the broker, which gives it to another worker.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = RemoteRole.PROPERTY, havingValue = RemoteRole.WORKER)
@EnableIntegration
class RemoteWorkerConfiguration {

	/**
	 * The step the manager's requests name: the {@code --each} worker step's tasklet,
	 * with the worker's lines.
	 */
	static final String WORKER_STEP = "remoteUnitReport";

	/** The inbound adapter, which the worker starts once the broker answers. */
	static final String REQUESTS_IN = "partitionRequestsAdapter";

	@Bean
	ActiveMQConnectionFactory workerConnectionFactory(RemoteSettings settings) {
		return BrokerConnections.connectionFactory(settings);
	}

	@Bean
	DirectChannel workerRequests() {
		return new DirectChannel();
	}

	@Bean
	IntegrationFlow partitionRequestsIn(ActiveMQConnectionFactory workerConnectionFactory, RemoteSettings settings,
			DirectChannel workerRequests, JobRepository jobRepository) {
		CurrentRequests current = new CurrentRequests(jobRepository);
		return IntegrationFlow
			.from(Jms.messageDrivenChannelAdapter(Jms.container(workerConnectionFactory, settings.queue())
				.sessionTransacted(true)
				.concurrentConsumers(settings.workerThreads())
				.recoveryInterval(1000L)).id(REQUESTS_IN).autoStartup(false))
			.filter(StepExecutionRequest.class, current::current, (filter) -> filter.discardChannel(new NullChannel()))
			.channel(workerRequests)
			.get();
	}

	@Bean(WORKER_STEP)
	Step remoteUnitReport(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			DirectChannel workerRequests, BeanFactory beanFactory, @Qualifier("unitReportTasklet") Tasklet unitReport,
			ReferenceData referenceData) {
		return new RemotePartitioningWorkerStepBuilder(WORKER_STEP, jobRepository).inputChannel(workerRequests)
			.beanFactory(beanFactory)
			.listener(new PartitionLines(referenceData))
			.tasklet(unitReport, transactionManager)
			.build();
	}

	@Bean
	Worker worker(ActiveMQConnectionFactory workerConnectionFactory, RemoteSettings settings, BeanFactory beanFactory) {
		return new Worker(workerConnectionFactory, settings,
				() -> beanFactory.getBean(REQUESTS_IN, org.springframework.context.Lifecycle.class));
	}

}
