package cn.investpromo;

import org.apache.commons.logging.LogFactory;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import cn.investpromo.cli.InvestpromoCommand;

/**
 * Spring Boot application that hosts the investpromo batch jobs; {@link #main} is the
 * command line.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class InvestpromoApplication {

	/**
	 * What commons-logging's discovery settles on here anyway (log4j-to-slf4j hands
	 * Log4j's API to SLF4J).
	 */
	private static final String SLF4J_LOG_FACTORY = "org.apache.commons.logging.impl.Slf4jLogFactory";

	public static void main(String[] args) {
		if (System.getProperty(LogFactory.FACTORY_PROPERTY) == null) {
			// named, Spring's logging goes straight to SLF4J instead of starting Log4j's
			// API to find that out
			// (about 0.1 s of every start, which an early answer notices)
			System.setProperty(LogFactory.FACTORY_PROPERTY, SLF4J_LOG_FACTORY);
		}
		System.exit(InvestpromoCommand.execute(args));
	}

}
