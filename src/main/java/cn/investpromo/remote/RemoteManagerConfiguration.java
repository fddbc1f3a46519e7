package cn.investpromo.remote;

import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.core.MessagingTemplate;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.jms.dsl.Jms;
import org.springframework.jms.connection.CachingConnectionFactory;

import cn.investpromo.job.EachJobConfiguration;

/**
 * The manager of {@code report --each --remote}: the partition handler of the
 * {@code --each} job becomes Spring Batch's {@code MessageChannelPartitionHandler}, which
 * sends one step execution request per unit to the broker's queue and polls the shared
 * job repository until every partition has ended, or fails the step after
 * {@code investpromo.remote.timeout}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = RemoteRole.PROPERTY, havingValue = RemoteRole.MANAGER)
@EnableIntegration
class RemoteManagerConfiguration {

	@Bean
	DirectChannel partitionRequests() {
		return new DirectChannel();
	}

	@Bean
	CachingConnectionFactory managerConnectionFactory(RemoteSettings settings) {
		return new CachingConnectionFactory(BrokerConnections.connectionFactory(settings));
	}

	@Bean
	IntegrationFlow partitionRequestsOut(DirectChannel partitionRequests,
			CachingConnectionFactory managerConnectionFactory, RemoteSettings settings) {
		return IntegrationFlow.from(partitionRequests)
			.handle(Jms.outboundAdapter(managerConnectionFactory).destination(settings.queue()))
			.get();
	}

	@Bean(EachJobConfiguration.PARTITION_HANDLER)
	PartitionHandler eachPartitionHandler(JobRepository jobRepository, DirectChannel partitionRequests,
			RemoteSettings settings) {
		RemotePartitionHandler handler = new RemotePartitionHandler(new StalePartitions(jobRepository),
				EachJobConfiguration.WORKER_STEP, settings.timeout());
		handler.setStepName(RemoteWorkerConfiguration.WORKER_STEP);
		handler.setJobRepository(jobRepository);
		handler.setPollInterval(settings.pollInterval().toMillis());
		handler.setMessagingOperations(new MessagingTemplate(partitionRequests));
		return handler;
	}

}
