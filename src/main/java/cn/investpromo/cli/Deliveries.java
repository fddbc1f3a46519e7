package cn.investpromo.cli;

import java.io.IOException;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;

import cn.investpromo.delivery.DeliveredReport;
import cn.investpromo.delivery.Delivery;
import cn.investpromo.delivery.ReportDelivery;
import cn.investpromo.job.ReportOutcome;

/** Sends a written report to the configured channels and prints what each did. */
final class Deliveries {

	private Deliveries() {
	}

	/**
	 * Delivers a report a run or report command just wrote, or found up to date (then
	 * only to channels it has not reached yet); 1 when a delivery failed. The report's
	 * files stay written either way.
	 */
	static int deliverAfter(ConfigurableApplicationContext context, Console console, ReportTarget target,
			@Nullable ReportOutcome outcome, boolean noDeliver) {
		return deliverAfter(context, console, target, outcome, noDeliver, true, false);
	}

	/**
	 * As
	 * {@link #deliverAfter(ConfigurableApplicationContext, Console, ReportTarget, ReportOutcome, boolean)}
	 * for a report of an {@code --each} run ({@code each}): a unit's report that is not
	 * the run's scope ({@code scopeOfRun} false) goes to the unit's own recipients only,
	 * and each line names the unit.
	 */
	static int deliverAfter(ConfigurableApplicationContext context, Console console, ReportTarget target,
			@Nullable ReportOutcome outcome, boolean noDeliver, boolean scopeOfRun, boolean each) {
		if (noDeliver || outcome == null || outcome.status() == ReportOutcome.Status.FAILED) {
			return 0;
		}
		ReportDelivery delivery = context.getBean(ReportDelivery.class);
		if (!delivery.configuredFor(target.scope().code(), target.scope().name(), scopeOfRun)) {
			return 0;
		}
		DeliveredReport written;
		try {
			written = DeliveredReport.of(target.scope().code(), target.scope().name(), target.period(),
					target.language(), outcome.files());
		}
		catch (IOException ex) {
			console.problem("投递失败 / delivery failed: " + ex.getMessage());
			return 1;
		}
		return show(console, delivery.deliver(written, outcome.executionId(),
				outcome.status() == ReportOutcome.Status.ALREADY_DONE, scopeOfRun), each);
	}

	/** One line per channel; 1 when any failed. */
	static int show(Console console, List<Delivery> deliveries) {
		return show(console, deliveries, false);
	}

	/**
	 * One line per channel, naming the report's region when {@code scoped}; 1 when any
	 * failed.
	 */
	static int show(Console console, List<Delivery> deliveries, boolean scoped) {
		int status = 0;
		for (Delivery delivery : deliveries) {
			if (delivery.delivered()) {
				console.line("已投递 / delivered: " + delivery.channel() + " → " + delivery.recipients()
						+ (scoped ? "（" + delivery.scopeName() + "）" : ""));
			}
			else {
				console.problem("投递失败 / delivery failed: " + delivery.channel()
						+ (scoped ? "（" + delivery.scopeName() + "）" : "") + ": " + delivery.error());
				status = 1;
			}
		}
		return status;
	}

}
