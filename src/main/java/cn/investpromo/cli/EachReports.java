package cn.investpromo.cli;

import java.util.stream.Collectors;

import org.springframework.context.ConfigurableApplicationContext;

import cn.investpromo.job.EachOutcome;
import cn.investpromo.job.ReportOutcome;
import cn.investpromo.job.UnitOutcome;

/**
 * What {@code --each} prints: one outcome line per unit, the scope's first, then a
 * summary line, and the units that failed named on standard error; and each unit's
 * delivery.
 */
final class EachReports {

	private EachReports() {
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
