package cn.investpromo.cli;

import java.util.Map;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import cn.investpromo.job.JobRunner;
import cn.investpromo.region.Region;
import cn.investpromo.report.Period;
import cn.investpromo.report.ReportLanguage;
import cn.investpromo.system.DefaultRegion;
import cn.investpromo.system.InvestpromoProperties;
import cn.investpromo.system.ReferenceData;

/** {@code investpromo report}: writes the monthly report for a scope from what is stored. */
@Command(name = "report", mixinStandardHelpOptions = true,
		description = "生成月报、季报、半年报或年报（Excel、PDF、JSON）。Write the report for a month, quarter, half-year or "
				+ "year and a scope.")
final class ReportCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Mixin
	CommonOptions common = new CommonOptions();

	@Mixin
	ReportOptions report = new ReportOptions();

	@Override
	public Integer call() {
		Console console = new Console(this.spec);
		GracefulShutdown shutdown = new GracefulShutdown();
		try (shutdown;
				ConfigurableApplicationContext context = ApplicationContexts.start(this.spec.name(),
						properties(this.common, this.report))) {
			shutdown.onSignal(context.getBean(JobRunner.class)::stopRunning);
			return runReport(context, this.report, console);
		}
		catch (Exception ex) {
			return console.failed(ex);
		}
	}

	static Map<String, Object> properties(CommonOptions common, ReportOptions report) {
		Map<String, Object> properties = common.properties();
		if (report.outputDir != null) {
			properties.put("investpromo.output-dir", report.outputDir.toAbsolutePath().toString());
		}
		return properties;
	}

	static int runReport(ConfigurableApplicationContext context, ReportOptions options, Console console)
			throws Exception {
		InvestpromoProperties properties = context.getBean(InvestpromoProperties.class);
		Region scope;
		ReportLanguage language;
		Period period;
		try {
			period = options.reportPeriod();
			scope = Scopes.resolve(options.scope, context.getBean(ReferenceData.class).regions(),
					context.getBean(DefaultRegion.class));
			language = ReportLanguage.parse((options.language != null) ? options.language : properties.language());
		}
		catch (IllegalArgumentException ex) {
			return console.usage(ex.getMessage());
		}
		JobRunner.ReportOutcome outcome = context.getBean(JobRunner.class)
			.runReport(period, scope, language, properties.outputDir(), options.rerun);
		console.reportOutcome(scope, period, outcome);
		return (outcome.status() == JobRunner.ReportOutcome.Status.FAILED) ? 1 : 0;
	}

}
