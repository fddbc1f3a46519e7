package cn.investpromo.cli;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import cn.investpromo.delivery.Delivery;

/**
 * The deliveries {@code history} shows below the runs: when, which report, the channel
 * and recipients, the outcome and why.
 */
final class DeliveriesTable {

	private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private DeliveriesTable() {
	}

	static String of(List<Delivery> deliveries) {
		if (deliveries.isEmpty()) {
			return "";
		}
		List<List<String>> rows = new ArrayList<>();
		rows.add(List.of("DELIVERED", "REPORT", "CHANNEL", "RECIPIENTS", "OUTCOME", "ERROR"));
		for (Delivery delivery : deliveries) {
			rows.add(List.of(AT.format(delivery.at()),
					delivery.scopeName() + " " + delivery.month() + " " + delivery.language()
							+ ((delivery.reportExecutionId() != null) ? " #" + delivery.reportExecutionId() : ""),
					delivery.channel(), delivery.recipients(),
					delivery.delivered() ? "DELIVERED" : "FAILED (" + delivery.attempts() + " attempt(s))",
					(delivery.error() != null) ? delivery.error() : "-"));
		}
		return "\n\n" + TextTable.align(rows, false);
	}

}
