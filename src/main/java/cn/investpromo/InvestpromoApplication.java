package cn.investpromo;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import cn.investpromo.cli.InvestpromoCommand;

/** Spring Boot application that hosts the investpromo batch jobs; {@link #main} is the command line. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class InvestpromoApplication {

	public static void main(String[] args) {
		System.exit(InvestpromoCommand.execute(args));
	}

}
