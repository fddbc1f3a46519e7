package cn.investpromo.cli;

import java.nio.file.Path;
import java.util.Map;

import jakarta.jms.ConnectionFactory;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.context.ConfigurableApplicationContext;

import cn.investpromo.remote.Worker;

import static cn.investpromo.cli.CliRun.cli;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 23: remote partitioning only when a command asks for it. A normal run makes no
 * broker, no connection and no worker; {@code --remote} and {@code worker} refuse, in one
 * line and before anything starts, what they cannot run on: the embedded database, which
 * no other process can share, or {@code --remote} without {@code --each}.
 */
class RemoteOptionsTests {

	@Test
	void aReportWithoutRemoteHasNoBrokerNoConnectionAndTheLocalPartitions(@TempDir Path work) {
		// when
		try (ConfigurableApplicationContext context = ApplicationContexts.start("report",
				new java.util.LinkedHashMap<>(Map.of("investpromo.data-dir", work.resolve("data").toString())))) {
			// then
			assertThat(context.getBeansOfType(EmbeddedActiveMQ.class)).isEmpty();
			assertThat(context.getBeansOfType(ConnectionFactory.class)).isEmpty();
			assertThat(context.getBeansOfType(Worker.class)).isEmpty();
			assertThat(context.getBean("eachPartitionHandler", PartitionHandler.class))
				.isInstanceOf(TaskExecutorPartitionHandler.class);
		}
	}

	@Test
	void remoteAndWorkerRefuseTheEmbeddedDatabaseInOneLine(@TempDir Path work) {
		// when
		CliRun remote = cli("report", "--each", "--remote", "--month", "2019-07", "--scope", "招远市", "--data",
				work.resolve("data").toString());
		CliRun worker = cli("worker", "--data", work.resolve("data").toString());
		CliRun withoutEach = cli("report", "--remote", "--month", "2019-07", "--data", work.resolve("data").toString());
		// then
		assertThat(remote.status()).as(remote.toString()).isEqualTo(2);
		assertThat(remote.err()).contains("a remote run needs the database shared by manager and workers")
			.doesNotContain("\tat ");
		assertThat(worker.status()).isEqualTo(2);
		assertThat(worker.err()).contains("spring.datasource.url=jdbc:postgresql://");
		assertThat(withoutEach.status()).isEqualTo(2);
		assertThat(withoutEach.err()).contains("--remote needs --each");
	}

}
