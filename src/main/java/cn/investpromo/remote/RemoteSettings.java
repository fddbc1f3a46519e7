package cn.investpromo.remote;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings of remote partitioning, {@code investpromo.remote.*}.
 *
 * @param brokerUrl the Artemis broker's address: where the manager's embedded broker
 * listens and where managers and workers connect
 * @param embeddedBroker whether the manager starts the broker itself; false: a standalone
 * broker runs at {@code brokerUrl}
 * @param queue the queue the partition requests go through
 * @param pollInterval how often the manager reads the job repository for finished
 * partitions
 * @param timeout how long the manager waits for all partitions before it fails the step
 * (a restart then reruns the unfinished ones); Spring Batch's default is to wait forever
 * @param workerThreads partitions one worker runs at once
 */
@ConfigurationProperties("investpromo.remote")
public record RemoteSettings(@DefaultValue("tcp://127.0.0.1:61616") String brokerUrl,
		@DefaultValue("true") boolean embeddedBroker, @DefaultValue("investpromo.partitions") String queue,
		@DefaultValue("1s") Duration pollInterval, @DefaultValue("2h") Duration timeout,
		@DefaultValue("1") int workerThreads) {

	public RemoteSettings {
		if (timeout.isNegative() || timeout.isZero()) {
			throw new IllegalArgumentException("investpromo.remote.timeout must be positive, not " + timeout);
		}
		if (pollInterval.isNegative() || pollInterval.isZero()) {
			throw new IllegalArgumentException(
					"investpromo.remote.poll-interval must be positive, not " + pollInterval);
		}
		if (workerThreads < 1) {
			throw new IllegalArgumentException(
					"investpromo.remote.worker-threads must be at least 1, not " + workerThreads);
		}
	}

}
