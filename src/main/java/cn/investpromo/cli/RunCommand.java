package cn.investpromo.cli;

import java.util.Map;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import cn.investpromo.job.EachLevel;
import cn.investpromo.job.JobRunner;
import cn.investpromo.job.ImportResult;
import cn.investpromo.job.MonthlyOutcome;
import cn.investpromo.ledger.ImportProgress;
import cn.investpromo.system.InvestpromoProperties;

/**
 * {@code investpromo run}: the monthly job, import then report, as one run — what the
 * schedule launches (SPEC §4).
 */
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

	@Mixin
	DeliveryOption delivery = new DeliveryOption();

	@Mixin
	EachOptions each = new EachOptions();

	@Override
	public Integer call() {
		Map<String, Object> properties = ReportTarget.properties(this.common, this.report);
		this.input.addTo(properties);
		return CommandRun.launching(this.spec,
				() -> ApplicationContexts.startImporting(this.spec.name(), properties, EarlyChecks.report(this.report)),
				this::runMonthly);
	}

	private int runMonthly(ConfigurableApplicationContext context, Console console) throws Exception {
		InvestpromoProperties properties = context.getBean(InvestpromoProperties.class);
		ReportTarget target;
		EachLevel level;
		try {
			target = ReportTarget.of(context, this.report);
			level = this.each.eachLevel();
		}
		catch (IllegalArgumentException ex) {
			return console.usage(ex.getMessage());
		}
		if (System.console() != null) {
			context.getBean(ImportProgress.class).showOn(console::progress);
		}
		target.warnIfNotOver(properties, console);
		if (this.each.each) {
			return EachReports.importThenEach(context, console, target, level, this.report.rerun,
					this.delivery.noDeliver);
		}
		MonthlyOutcome outcome = context.getBean(JobRunner.class)
			.runMonthly(properties.inputDir(), target.period(), target.scope(), target.language(),
					properties.outputDir(), this.report.rerun);
		show(console, target, outcome);
		if (!outcome.completed()) {
			return 1;
		}
		return Deliveries.deliverAfter(context, console, target, outcome.report(), this.delivery.noDeliver);
	}

	/** The outcome lines of a monthly run: its import, then its report. */
	static void show(Console console, ReportTarget target, MonthlyOutcome outcome) {
		ImportResult imported = outcome.imported();
		if (imported != null) {
			console.importOutcome(imported);
		}
		else if (outcome.report() != null) {
			console.line("导入已由本次月度运行先前的执行完成 / import already completed by this monthly run's earlier "
					+ "execution, not repeated");
		}
		if (imported != null && !imported.completed()) {
			console.line("导入未完成，未生成报告 / import not completed, no report written");
		}
		if (outcome.report() != null) {
			console.reportOutcome(target.scope(), target.period(), outcome.report());
		}
		outcome.problems().forEach(console::problem);
	}

}
