package cn.investpromo.cli;

import java.util.Map;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.jspecify.annotations.Nullable;

import cn.investpromo.remote.RemoteRole;
import cn.investpromo.remote.Worker;

/**
 * {@code investpromo worker}: runs the partitions of other machines'
 * {@code report --each --remote} runs until stopped (SPEC §6, §7).
 */
@Command(name = "worker", mixinStandardHelpOptions = true,
		description = "作为工作进程运行分布式 --each 报告的分区，直到停止。Run the partitions of report --each --remote runs "
				+ "(one unit's report each) until stopped; the database is the shared PostgreSQL "
				+ "(spring.datasource.*), the broker investpromo.remote.broker-url.")
final class WorkerCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Mixin
	CommonOptions common = new CommonOptions();

	@Option(names = "--broker", paramLabel = "URL",
			description = "Artemis broker, default tcp://127.0.0.1:61616 or investpromo.remote.broker-url")
	@Nullable String broker;

	@Override
	public Integer call() {
		Console console = new Console(this.spec);
		GracefulShutdown shutdown = new GracefulShutdown();
		try (shutdown;
				ConfigurableApplicationContext context = ApplicationContexts.start(this.spec.name(), properties(),
						new EarlyChecks.Check() {

							@Override
							public void configuration(Environment environment) {
								RemoteOption.sharedDatabase(environment);
							}

						})) {
			Worker worker = context.getBean(Worker.class);
			shutdown.onSignal(worker::stop);
			worker.run();
			return 0;
		}
		catch (Exception ex) {
			return console.failed(ex);
		}
	}

	private Map<String, Object> properties() {
		Map<String, Object> properties = this.common.properties();
		properties.put(RemoteRole.PROPERTY, RemoteRole.WORKER);
		if (this.broker != null) {
			properties.put("investpromo.remote.broker-url", this.broker);
		}
		return properties;
	}

}
