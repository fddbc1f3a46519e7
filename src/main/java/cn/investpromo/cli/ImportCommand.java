package cn.investpromo.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import org.jspecify.annotations.Nullable;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import cn.investpromo.job.ImportResult;
import cn.investpromo.job.JobRunner;
import cn.investpromo.ledger.ImportProgress;
import cn.investpromo.system.InvestpromoProperties;

/**
 * {@code investpromo import}: reads every ledger in the input folder into the database.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
		description = "导入台账：读取输入目录下所有 .xlsx/.xlsm/.xls/.csv 台账入库。Import every ledger in the input folder.")
final class ImportCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Mixin
	CommonOptions common = new CommonOptions();

	@Mixin
	InputOption input = new InputOption();

	@Option(names = "--out", paramLabel = "DIR",
			description = "Report folder, default: reports/; corrections workbooks go to its 待修正 folder")
	@Nullable Path outputDir;

	@Override
	public Integer call() {
		var properties = this.common.properties();
		this.input.addTo(properties);
		if (this.outputDir != null) {
			properties.put("investpromo.output-dir", this.outputDir.toAbsolutePath().toString());
		}
		return CommandRun.launching(this.spec,
				() -> ApplicationContexts.startImporting(this.spec.name(), properties, EarlyChecks.Check.NONE),
				ImportCommand::runImport);
	}

	static int runImport(ConfigurableApplicationContext context, Console console) throws Exception {
		Path folder = context.getBean(InvestpromoProperties.class).inputDir();
		if (System.console() != null) {
			// SPEC §6: a live progress line on a terminal; log lines otherwise (cron,
			// systemd, tests)
			context.getBean(ImportProgress.class).showOn(console::progress);
		}
		ImportResult outcome = context.getBean(JobRunner.class).runImport(folder);
		console.importOutcome(outcome);
		return outcome.completed() ? 0 : 1;
	}

}
