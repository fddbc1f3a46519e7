package cn.investpromo.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One run of the command line in this JVM, as a user sees it: exit status, standard
 * output, standard error.
 */
public record CliRun(int status, String out, String err) {

	/** Runs {@code investpromo args…} with output and error of its own. */
	public static CliRun cli(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int status = InvestpromoCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
		return new CliRun(status, out.toString(), err.toString());
	}

}
