package cn.investpromo.remote;

import java.net.URI;
import java.time.Duration;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connections to the Artemis broker, as managers and workers make them.
 */
final class BrokerConnections {

	private static final Logger log = LoggerFactory.getLogger(BrokerConnections.class);

	/**
	 * The only classes a partition request's object message may hold: Spring Batch's
	 * request and what it is made of.
	 */
	private static final String ALLOWED_CLASSES = "org.springframework.batch.integration.partition,java.lang";

	private BrokerConnections() {
	}

	/**
	 * A connection factory for the broker: no consumer buffers messages ahead of its work
	 * ({@code consumerWindowSize=0}), so a partition request waits in the queue for a
	 * free worker instead of in a busy worker's buffer, and partitions spread over the
	 * workers; a connection lost is not retried by the client but by the listener
	 * container, whose transaction returns the request of a partition in progress to the
	 * queue.
	 */
	static ActiveMQConnectionFactory connectionFactory(RemoteSettings settings) {
		ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(settings.brokerUrl());
		factory.setConsumerWindowSize(0);
		factory.setDeserializationAllowList(ALLOWED_CLASSES);
		return factory;
	}

	/**
	 * The host and port of the broker's address, for the embedded broker's acceptor (the
	 * address may carry client parameters the acceptor does not take).
	 */
	static String acceptorUrl(String brokerUrl) {
		URI uri = URI.create(brokerUrl);
		return uri.getScheme() + "://" + uri.getHost() + ":" + ((uri.getPort() > 0) ? uri.getPort() : 61616);
	}

	/**
	 * Waits until the broker accepts a connection, saying so in one line the first time
	 * it does not; returns false if interrupted (the worker was stopped while waiting).
	 */
	static boolean await(ActiveMQConnectionFactory factory, String brokerUrl, Duration retry) {
		boolean told = false;
		while (!Thread.currentThread().isInterrupted()) {
			try (Connection connection = factory.createConnection()) {
				return true;
			}
			catch (JMSException ex) {
				if (!told) {
					log.info("等待消息服务器 {}，每 {} 秒重试 / waiting for the broker at {}, retrying every {} s", brokerUrl,
							retry.toSeconds(), brokerUrl, retry.toSeconds());
					told = true;
				}
			}
			try {
				Thread.sleep(retry.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		return false;
	}

}
