package cn.investpromo.cli;

import picocli.CommandLine.Option;

/** The {@code --no-deliver} option of the commands that write a report. */
class DeliveryOption {

	@Option(names = "--no-deliver", description = "Do not send the report to the configured mail and robots")
	boolean noDeliver;

}
