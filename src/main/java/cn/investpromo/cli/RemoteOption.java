package cn.investpromo.cli;

import java.util.Map;

import org.springframework.core.env.Environment;

import picocli.CommandLine.Option;

import cn.investpromo.remote.RemoteRole;
import cn.investpromo.remote.SharedDatabase;

/**
 * The {@code --remote} option of {@code report --each}: the units' partitions go to
 * {@code investpromo worker} processes through the broker (issue 23, SPEC §7).
 */
class RemoteOption {

	@Option(names = "--remote",
			description = "With --each: send the units' reports to investpromo worker processes through the broker "
					+ "(investpromo.remote.broker-url, embedded unless investpromo.remote.embedded-broker=false); "
					+ "needs the shared PostgreSQL database")
	boolean remote;

	/**
	 * The command's own checks, then the refusal of {@code --remote} without
	 * {@code --each}, or on a database the workers cannot share: before the application,
	 * and with it the broker, starts.
	 */
	EarlyChecks.Check checks(EarlyChecks.Check command, boolean each) {
		if (!this.remote) {
			return command;
		}
		return new EarlyChecks.Check() {

			@Override
			public void options() {
				command.options();
				if (!each) {
					throw new UsageException("--remote needs --each");
				}
			}

			@Override
			public void configuration(Environment environment) {
				// first: on the embedded database, what it holds does not matter
				sharedDatabase(environment);
				command.configuration(environment);
			}

		};
	}

	/** Refuses a database that other processes cannot share. */
	static void sharedDatabase(Environment environment) {
		String problem = SharedDatabase.problem(environment);
		if (problem != null) {
			throw new UsageException(problem);
		}
	}

	/** The properties that make this process the manager of remote partitions. */
	Map<String, Object> addTo(Map<String, Object> properties) {
		if (this.remote) {
			// the --each job's local partition handler steps aside for the remote one
			properties.put("investpromo.remote.enabled", "true");
			properties.put(RemoteRole.PROPERTY, RemoteRole.MANAGER);
		}
		return properties;
	}

}
