package cn.investpromo.report.json;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import cn.investpromo.report.Pipeline;
import cn.investpromo.report.Pipeline.StageRow;
import cn.investpromo.report.PipelineEntry;
import cn.investpromo.report.ReportModel;

/**
 * The {@code pipeline} object of SPEC §5.1, absent where the scope has no pipeline: as of
 * the period's end, the stages, new leads, conversions, and the overdue and stale lists
 * streamed as they are read. {@code stage} is the Chinese word §5.1 names; beyond §5.1:
 * {@code staleDays}, {@code projects}, {@code projectsWithoutAmount} and
 * {@code stageName} (in the report's language), {@code regionName}, and the stale list's
 * stage and responsible unit and person.
 */
final class PipelineJson {

	private PipelineJson() {
	}

	static void write(ObjectNode root, ReportModel model, StreamedArrays streamed) {
		Pipeline pipeline = model.pipeline();
		if (pipeline == null) {
			return;
		}
		boolean english = model.language().english();
		ObjectNode node = root.putObject("pipeline");
		node.put("asOf", pipeline.asOf().toString());
		node.put("staleDays", pipeline.staleDays());
		ArrayNode stages = node.putArray("byStage");
		for (StageRow row : pipeline.byStage()) {
			ObjectNode stage = stages.addObject();
			stage.put("stage", (row.stage() != null) ? row.stage().zh() : null);
			stage.put("stageName", (row.stage() != null) ? row.stage().label(english) : null);
			stage.put("projects", row.projects());
			stage.put("expectedAmountWan", JsonValues.wan(row.expectedAmountWan()));
			stage.put("projectsWithoutAmount", row.withoutAmount());
		}
		node.put("projects", pipeline.total().projects());
		node.put("newLeads", pipeline.newLeads());
		node.put("converted", pipeline.converted());
		streamed.put(node.putArray("overdue"), pipeline.overdue().map((p) -> overdue(p, english)));
		streamed.put(node.putArray("stale"), pipeline.stale().map((p) -> stale(p, english)));
	}

	private static ObjectNode overdue(PipelineEntry p, boolean english) {
		ObjectNode row = named(p);
		row.put("stage", p.stage().zh());
		row.put("stageName", p.stage().label(english));
		row.put("expectedSigning", text(p.expectedSigning()));
		row.put("daysOverdue", p.daysOverdue());
		row.put("responsibleUnit", p.responsibleUnit());
		row.put("responsible", p.responsible());
		return row;
	}

	private static ObjectNode stale(PipelineEntry p, boolean english) {
		ObjectNode row = named(p);
		row.put("lastFollowUp", text(p.lastFollowUp()));
		row.put("daysSince", p.daysSince());
		row.put("stage", p.stage().zh());
		row.put("stageName", p.stage().label(english));
		row.put("responsibleUnit", p.responsibleUnit());
		row.put("responsible", p.responsible());
		return row;
	}

	private static ObjectNode named(PipelineEntry p) {
		ObjectNode row = JsonNodeFactory.instance.objectNode();
		row.put("name", p.name());
		row.put("regionCode", p.regionCode());
		row.put("regionName", p.regionName());
		return row;
	}

	private static @Nullable String text(@Nullable Object value) {
		return (value != null) ? value.toString() : null;
	}

}
