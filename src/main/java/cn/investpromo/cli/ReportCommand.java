package cn.investpromo.cli;

import java.time.YearMonth;
import java.util.Map;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import cn.investpromo.job.JobRunner;
import cn.investpromo.job.ReportOutcome;
import cn.investpromo.region.Region;
import cn.investpromo.report.Period;
import cn.investpromo.report.ReportLanguage;
import cn.investpromo.store.LedgerStore;
import cn.investpromo.system.DefaultRegion;
import cn.investpromo.system.InvestpromoProperties;
import cn.investpromo.system.ReferenceData;

/**
 * {@code investpromo report}: writes the monthly report for a scope from what is stored.
 */
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

	@Mixin
	DeliveryOption delivery = new DeliveryOption();

	@Override
	public Integer call() {
		Console console = new Console(this.spec);
		GracefulShutdown shutdown = new GracefulShutdown();
		try (shutdown;
				ConfigurableApplicationContext context = ApplicationContexts.start(this.spec.name(),
						properties(this.common, this.report), EarlyChecks.report(this.report))) {
			shutdown.onSignal(context.getBean(JobRunner.class)::stopRunning);
			return runReport(context, this.report, this.delivery, console);
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

	static int runReport(ConfigurableApplicationContext context, ReportOptions options, DeliveryOption delivery,
			Console console) throws Exception {
		InvestpromoProperties properties = context.getBean(InvestpromoProperties.class);
		Target target;
		try {
			target = target(context, options);
		}
		catch (IllegalArgumentException ex) {
			return console.usage(ex.getMessage());
		}
		if (!context.getBean(LedgerStore.class).hasLedgerRows()) {
			console.problem("数据库中还没有台账数据，请先导入 / the database holds no ledger rows yet: import first "
					+ "(investpromo import --input DIR, or investpromo run)");
			return 1;
		}
		warnIfNotOver(target.period(), properties, console);
		ReportOutcome outcome = context.getBean(JobRunner.class)
			.runReport(target.period(), target.scope(), target.language(), properties.outputDir(), options.rerun);
		console.reportOutcome(target.scope(), target.period(), outcome);
		if (outcome.status() == ReportOutcome.Status.FAILED) {
			return 1;
		}
		return DeliverCommand.deliverAfter(context, console, target, outcome, delivery.noDeliver);
	}

	/**
	 * The period, scope and language a report is asked for; a missing period or an
	 * unknown scope is an {@link IllegalArgumentException}.
	 */
	static Target target(ConfigurableApplicationContext context, ReportOptions options) {
		InvestpromoProperties properties = context.getBean(InvestpromoProperties.class);
		Period period = options.reportPeriod();
		Region scope = Scopes.resolve(options.scope, context.getBean(ReferenceData.class).regions(),
				context.getBean(DefaultRegion.class));
		ReportLanguage language = ReportLanguage
			.parse((options.language != null) ? options.language : properties.language());
		return new Target(scope, language, period);
	}

	/**
	 * A period that has not ended yet (in the schedule's time zone) is reported, with a
	 * word that it is partial.
	 */
	static void warnIfNotOver(Period period, InvestpromoProperties properties, Console console) {
		if (!period.last().isBefore(YearMonth.now(properties.schedule().zoneId()))) {
			console.warning(period.label() + " 尚未结束，报告中的数字不完整 / " + period.label()
					+ " has not ended yet: the report's figures are partial");
		}
	}

	/** What a report is for. */
	record Target(Region scope, ReportLanguage language, Period period) {
	}

}
