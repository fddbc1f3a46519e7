package cn.investpromo.report.json;

import java.math.BigDecimal;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import cn.investpromo.report.EventFollowThrough;
import cn.investpromo.report.EventFollowThrough.EventRow;
import cn.investpromo.report.Money;

/**
 * The follow-through of events as JSON (issue 9): {@code eventFollowThrough}, one object
 * per event, latest first,
 * {@code {event, date, projects, amountWan, started, inProduction, fundsArrivedWan, startRatePercent,
 * productionRatePercent, fundsRatePercent}} and, beyond those, {@code terminated},
 * {@code projectsWithoutAmount} and {@code projectsWithoutFunds}; an amount no project
 * reports and a rate without a denominator are {@code null}.
 * {@code eventFollowThroughTotal} holds the same fields for all the events together,
 * without event and date.
 */
final class FollowThroughJson {

	private FollowThroughJson() {
	}

	/** The list, one object per event. */
	static ArrayNode events(EventFollowThrough followThrough) {
		ArrayNode events = JsonNodeFactory.instance.arrayNode();
		followThrough.events().forEach((row) -> {
			ObjectNode node = events.addObject();
			node.put("event", row.event());
			node.put("date", (row.date() != null) ? row.date().toString() : null);
			figures(node, row);
		});
		return events;
	}

	/** All the events together. */
	static ObjectNode total(EventFollowThrough followThrough) {
		ObjectNode node = JsonNodeFactory.instance.objectNode();
		figures(node, followThrough.total());
		return node;
	}

	private static void figures(ObjectNode node, EventRow row) {
		node.put("projects", row.projects());
		node.put("amountWan", wan(row.amountWan()));
		node.put("started", row.started());
		node.put("inProduction", row.inProduction());
		node.put("fundsArrivedWan", wan(row.fundsArrivedWan()));
		percent(node, "startRatePercent", row.startRatePercent());
		percent(node, "productionRatePercent", row.productionRatePercent());
		percent(node, "fundsRatePercent", row.fundsRatePercent());
		node.put("terminated", row.terminated());
		node.put("projectsWithoutAmount", row.projectsWithoutAmount());
		node.put("projectsUnagreed", row.projectsUnagreed());
		node.put("projectsWithoutFunds", row.projectsWithoutFunds());
	}

	private static @Nullable String wan(@Nullable BigDecimal value) {
		return (value != null) ? Money.wanText(value) : null;
	}

	private static void percent(ObjectNode node, String name, Optional<BigDecimal> value) {
		node.put(name, value.map(BigDecimal::toPlainString).orElse(null));
	}

}
