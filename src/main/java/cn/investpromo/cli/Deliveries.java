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
		if (noDeliver || outcome == null || outcome.status() == ReportOutcome.Status.FAILED) {
			return 0;
		}
		ReportDelivery delivery = context.getBean(ReportDelivery.class);
		if (!delivery.configured()) {
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
				outcome.status() == ReportOutcome.Status.ALREADY_DONE));
	}

	/** One line per channel; 1 when any failed. */
	static int show(Console console, List<Delivery> deliveries) {
		int status = 0;
		for (Delivery delivery : deliveries) {
			if (delivery.delivered()) {
				console.line("已投递 / delivered: " + delivery.channel() + " → " + delivery.recipients());
			}
			else {
				console.problem("投递失败 / delivery failed: " + delivery.channel() + ": " + delivery.error());
				status = 1;
			}
		}
		return status;
	}

}
