package cn.investpromo.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code investpromo} command and its subcommands (SPEC §6). */
@Command(name = "investpromo", mixinStandardHelpOptions = true, version = "investpromo 0.1.0",
		description = "招商引资台账月度分析：导入台账，生成 Excel、PDF 与 JSON 月报。%n"
				+ "Investment-promotion ledgers in, monthly Excel, PDF and JSON reports out.",
		subcommands = { ImportCommand.class, ReportCommand.class, RunCommand.class, DeliverCommand.class,
				HistoryCommand.class, ScheduleCommand.class, WorkerCommand.class },
		footer = { "", "Exit status: 0 success, 1 a job failed, 2 bad usage." })
public final class InvestpromoCommand implements Runnable {

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Override
	public void run() {
		throw new CommandLine.ParameterException(this.spec.commandLine(), "请指定子命令 / a subcommand is required");
	}

	/** Runs the command line and returns the exit status. */
	public static int execute(String... args) {
		return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
	}

	/** Runs the command line writing to the given streams; tests use this. */
	public static int execute(PrintWriter out, PrintWriter err, String... args) {
		CommandLine commandLine = new CommandLine(new InvestpromoCommand());
		commandLine.setOut(out);
		commandLine.setErr(err);
		commandLine.setCaseInsensitiveEnumValuesAllowed(true);
		try {
			return commandLine.execute(args);
		}
		catch (OutOfMemoryError ex) {
			// one line, not a stack trace; what a job committed stays stored
			err.println("错误 / error: 内存不足，运行已停止；已导入的行已保存，请用更大的 -Xmx 再次运行 / out of memory, the run stopped; "
					+ "the rows imported are stored: run again with a larger -Xmx");
			err.flush();
			return 1;
		}
	}

}
