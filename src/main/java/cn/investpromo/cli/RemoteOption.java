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
	 * Refuses {@code --remote} without {@code --each}, or on a database the workers
	 * cannot share.
	 * @throws IllegalArgumentException saying which
	 */
	void check(boolean each, Environment environment) {
		if (!this.remote) {
			return;
		}
		if (!each) {
			throw new IllegalArgumentException("--remote needs --each");
		}
		String problem = SharedDatabase.problem(environment);
		if (problem != null) {
			throw new IllegalArgumentException(problem);
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
