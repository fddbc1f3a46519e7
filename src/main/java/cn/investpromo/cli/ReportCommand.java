package cn.investpromo.cli;

import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import cn.investpromo.job.EachLevel;
import cn.investpromo.job.EachOutcome;
import cn.investpromo.job.JobRunner;
import cn.investpromo.job.ReportOutcome;
import cn.investpromo.store.LedgerStore;
import cn.investpromo.system.InvestpromoProperties;

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

	@Mixin
	EachOptions each = new EachOptions();

	@Mixin
	RemoteOption remote = new RemoteOption();

	@Override
	public Integer call() {
		return CommandRun
			.launching(this.spec,
					() -> ApplicationContexts.start(this.spec.name(),
							this.remote.addTo(ReportTarget.properties(this.common, this.report)), this.remote
								.checks(ExistingDatabase.before(EarlyChecks.report(this.report)), this.each.each)),
					this::runReport);
	}

	private int runReport(ConfigurableApplicationContext context, Console console) throws Exception {
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
		if (!context.getBean(LedgerStore.class).hasLedgerRows()) {
			console.problem("数据库中还没有台账数据，请先导入 / the database holds no ledger rows yet: import first "
					+ "(investpromo import --input DIR, or investpromo run)");
			return 1;
		}
		target.warnIfNotOver(properties, console);
		if (this.each.each) {
			EachOutcome outcome = context.getBean(JobRunner.class)
				.runEach(target.period(), target.scope(), target.language(), properties.outputDir(), level,
						this.report.rerun);
			int status = EachReports.show(console, target, outcome);
			return Math.max(status, EachReports.deliver(context, console, target, outcome, this.delivery.noDeliver));
		}
		ReportOutcome outcome = context.getBean(JobRunner.class)
			.runReport(target.period(), target.scope(), target.language(), properties.outputDir(), this.report.rerun);
		console.reportOutcome(target.scope(), target.period(), outcome);
		if (outcome.status() == ReportOutcome.Status.FAILED) {
			return 1;
		}
		return Deliveries.deliverAfter(context, console, target, outcome, this.delivery.noDeliver);
	}

}
