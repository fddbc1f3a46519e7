package cn.investpromo.cli;

import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import cn.investpromo.InvestpromoApplication;

/** Starts the Spring application for one command, with the properties its options set. */
final class ApplicationContexts {

	private ApplicationContexts() {
	}

	/** Options become command-line properties, which outrank every configuration file (builder defaults would not). */
	static ConfigurableApplicationContext start(Map<String, Object> properties) {
		String[] args = properties.entrySet()
			.stream()
			.map((entry) -> "--" + entry.getKey() + "=" + entry.getValue())
			.toArray(String[]::new);
		return new SpringApplicationBuilder(InvestpromoApplication.class).logStartupInfo(false).run(args);
	}

	/** The first line of the deepest cause, for a one-line message instead of a stack trace. */
	static String rootMessage(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = (root.getMessage() != null) ? root.getMessage() : root.getClass().getSimpleName();
		return message.lines().findFirst().orElse(message);
	}

}
