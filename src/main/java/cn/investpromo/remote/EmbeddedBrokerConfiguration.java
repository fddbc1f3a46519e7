package cn.investpromo.remote;

import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * The Artemis broker a manager embeds at {@code investpromo.remote.broker-url}, unless
 * {@code investpromo.remote.embedded-broker=false} points it at a standalone one. It
 * keeps nothing on disk: the requests of a run live as long as the manager that waits for
 * them, and a restarted run sends those of its unfinished partitions again.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = RemoteRole.PROPERTY, havingValue = RemoteRole.MANAGER)
@ConditionalOnBooleanProperty(name = "investpromo.remote.embedded-broker", matchIfMissing = true)
class EmbeddedBrokerConfiguration {

	@Bean(initMethod = "start", destroyMethod = "stop")
	EmbeddedActiveMQ embeddedBroker(RemoteSettings settings) throws Exception {
		Configuration configuration = new ConfigurationImpl()
			.addAcceptorConfiguration("partitions", BrokerConnections.acceptorUrl(settings.brokerUrl()))
			.setPersistenceEnabled(false)
			.setSecurityEnabled(false)
			.setJMXManagementEnabled(false);
		return new EmbeddedActiveMQ().setConfiguration(configuration);
	}

}
