package cn.investpromo.cli;

import java.util.stream.Collectors;

import org.springframework.context.ConfigurableApplicationContext;

import cn.investpromo.job.EachLevel;
import cn.investpromo.job.EachOutcome;
import cn.investpromo.job.ImportResult;
import cn.investpromo.job.JobRunner;
import cn.investpromo.job.ReportOutcome;
import cn.investpromo.job.UnitOutcome;
import cn.investpromo.system.InvestpromoProperties;

/**
 * What {@code --each} prints: one outcome line per unit, the scope's first, then a
 * summary line, and the units that failed named on standard error; and each unit's
 * delivery.
 */
final class EachReports {

	private EachReports() {
	}

	/**
	 * {@code run --each} and {@code schedule --each}: the import, then the reports of the
	 * scope and its units, then their delivery; 1 when any failed.
	 */
	static int importThenEach(ConfigurableApplicationContext context, Console console, ReportTarget target,
			EachLevel level, boolean rerun, boolean noDeliver) throws Exception {
		InvestpromoProperties properties = context.getBean(InvestpromoProperties.class);
		JobRunner runner = context.getBean(JobRunner.class);
		ImportResult imported = runner.runImport(properties.inputDir());
		console.importOutcome(imported);
		if (!imported.completed()) {
			console.line("导入未完成，未生成报告 / import not completed, no report written");
			return 1;
		}
		EachOutcome outcome = runner.runEach(target.period(), target.scope(), target.language(), properties.outputDir(),
				level, rerun);
		return Math.max(show(console, target, outcome), deliver(context, console, target, outcome, noDeliver));
	}

	/**
	 * The lines of an {@code --each} run; 1 when a unit failed or the run did not start.
	 */
	static int show(Console console, ReportTarget target, EachOutcome outcome) {
		for (UnitOutcome unit : outcome.units()) {
			console.reportOutcome(unit.unit(), target.period(), unit.report());
		}
		outcome.problems().forEach(console::problem);
		long upToDate = outcome.count(ReportOutcome.Status.ALREADY_DONE);
		long written = outcome.count(ReportOutcome.Status.WRITTEN) + upToDate;
		int failed = outcome.failed().size();
		console.line(String.format("已生成%d份报告，%d份失败%s / %d reports written, %d failed%s", written, failed,
				(upToDate > 0) ? "（其中" + upToDate + "份已是最新）" : "", written, failed,
				(upToDate > 0) ? " (" + upToDate + " already up to date)" : ""));
		if (failed > 0) {
			console.problem("以下单位的报告生成失败 / the report failed for: "
					+ outcome.failed().stream().map((unit) -> unit.unit().name()).collect(Collectors.joining("、")));
		}
		return outcome.completed() ? 0 : 1;
	}

	/**
	 * Sends each unit's report written or found up to date to its own recipients, the
	 * scope's to the scope's; 1 when a delivery failed.
	 */
	static int deliver(ConfigurableApplicationContext context, Console console, ReportTarget target,
			EachOutcome outcome, boolean noDeliver) {
		int status = 0;
		for (UnitOutcome unit : outcome.units()) {
			ReportTarget unitTarget = new ReportTarget(unit.unit(), target.language(), target.period());
			boolean scope = unit.unit().code().equals(target.scope().code());
			status = Math.max(status,
					Deliveries.deliverAfter(context, console, unitTarget, unit.report(), noDeliver, scope, true));
		}
		return status;
	}

}
