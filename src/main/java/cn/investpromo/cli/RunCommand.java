package cn.investpromo.cli;

import java.util.Map;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import cn.investpromo.job.JobRunner;

/** {@code investpromo run}: import, then report — what the scheduled monthly run does (SPEC §4). */
@Command(name = "run", mixinStandardHelpOptions = true,
		description = "导入台账并生成月报。Import the ledgers, then write the monthly report.")
final class RunCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Mixin
	CommonOptions common = new CommonOptions();

	@Mixin
	ReportOptions report = new ReportOptions();

	@Mixin
	InputOption input = new InputOption();

	@Override
	public Integer call() {
		Console console = new Console(this.spec);
		Map<String, Object> properties = ReportCommand.properties(this.common, this.report);
		this.input.addTo(properties);
		GracefulShutdown shutdown = new GracefulShutdown();
		try (shutdown;
				ConfigurableApplicationContext context = ApplicationContexts.start(this.spec.name(), properties)) {
			shutdown.onSignal(context.getBean(JobRunner.class)::stopRunning);
			int imported = ImportCommand.runImport(context, console);
			if (imported != 0) {
				console.line("导入失败，未生成报告 / import failed, no report written");
				return imported;
			}
			return ReportCommand.runReport(context, this.report, console);
		}
		catch (Exception ex) {
			return console.failed(ex);
		}
	}

}
