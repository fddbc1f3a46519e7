package cn.investpromo.cli;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import cn.investpromo.delivery.Delivery;
import cn.investpromo.job.RunHistory;
import cn.investpromo.job.Run;
import cn.investpromo.job.Part;
import cn.investpromo.job.RunUnit;

/** {@code history --json}: the runs and their deliveries as JSON. */
final class HistoryJson {

	private HistoryJson() {
	}

	/**
	 * Runs as JSON; a report run, and the monthly run it is part of, list the deliveries
	 * of what it wrote.
	 */
	static String of(List<Run> runs, List<Delivery> deliveries) {
		JsonMapper mapper = JsonMapper.builder().build();
		ArrayNode array = mapper.createArrayNode();
		for (Run run : runs) {
			ObjectNode node = array.addObject();
			node.put("executionId", run.executionId());
			node.put("job", run.job());
			ObjectNode parameters = node.putObject("parameters");
			run.parameters().forEach(parameters::put);
			node.put("period", run.period());
			node.put("scopeName", run.scopeName());
			node.put("start", (run.start() != null) ? run.start().toString() : null);
			if (run.duration() != null) {
				node.put("durationSeconds", run.duration().toMillis() / 1000.0);
			}
			else {
				node.putNull("durationSeconds");
			}
			node.put("status", run.status());
			node.put("read", run.read());
			node.put("written", run.written());
			node.put("skipped", run.skipped());
			ArrayNode files = node.putArray("files");
			run.files().forEach(files::add);
			if (!run.parts().isEmpty()) {
				ArrayNode parts = node.putArray("parts");
				for (Part part : run.parts()) {
					ObjectNode partNode = parts.addObject();
					partNode.put("name", part.name());
					partNode.put("status", part.status());
					partNode.put("executionId", part.executionId());
					partNode.put("job", part.job());
				}
			}
			if (!run.units().isEmpty()) {
				ArrayNode units = node.putArray("units");
				for (RunUnit unit : run.units()) {
					ObjectNode item = units.addObject().put("code", unit.code()).put("name", unit.name());
					item.put("status", unit.status());
					unit.files().forEach(item.putArray("files")::add);
				}
			}
			if (run.partOf() != null) {
				node.put("partOf", run.partOf());
			}
			addDeliveries(node, run, deliveries);
		}
		return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(array);
	}

	/**
	 * A report run, and the monthly run it is part of, list the deliveries of what it
	 * wrote.
	 */
	private static void addDeliveries(ObjectNode node, Run run, List<Delivery> deliveries) {
		Set<Long> reports = new HashSet<>();
		reports.add(run.executionId());
		run.parts().stream().map(Part::executionId).filter(Objects::nonNull).forEach(reports::add);
		List<Delivery> sent = deliveries.stream()
			.filter((delivery) -> delivery.reportExecutionId() != null
					&& reports.contains(delivery.reportExecutionId()))
			.toList();
		if (!sent.isEmpty()) {
			ArrayNode list = node.putArray("deliveries");
			for (Delivery delivery : sent) {
				ObjectNode item = list.addObject();
				item.put("at", delivery.at().toString());
				item.put("channel", delivery.channel());
				item.put("recipients", delivery.recipients());
				item.put("outcome", delivery.delivered() ? "DELIVERED" : "FAILED");
				item.put("attempts", delivery.attempts());
				item.put("error", delivery.error());
			}
		}
	}

}
