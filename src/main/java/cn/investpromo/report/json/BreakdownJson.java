package cn.investpromo.report.json;

import static cn.investpromo.report.json.JsonValues.plain;
import static cn.investpromo.report.json.JsonValues.wan;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import cn.investpromo.report.BreakdownTables;
import cn.investpromo.report.ReportModel;

/**
 * The breakdowns as JSON: {@code byRegion}, {@code regionsWithoutFigures},
 * {@code byIndustry}, {@code bySubIndustry}, {@code byInvestorOrigin},
 * {@code byRegionIndustry} and {@code eventsByType}.
 */
final class BreakdownJson {

	private BreakdownJson() {
	}

	static void write(ObjectNode root, ReportModel model) {
		BreakdownTables breakdowns = model.breakdowns();
		ArrayNode byRegion = root.putArray("byRegion");
		breakdowns.byRegion().forEach((r) -> {
			ObjectNode row = byRegion.addObject();
			row.put("code", r.code());
			row.put("name", r.name());
			row.put("self", r.self());
			row.put("events", r.events());
			row.put("attendees", r.attendees());
			row.put("eventsWithoutAttendees", r.eventsWithoutAttendees());
			row.put("projects", r.projects());
			row.put("amountWan", wan(r.amountWan()));
			row.put("projectsWithoutAmount", r.projectsWithoutAmount());
			row.put("rank", r.rank());
			row.put("rankChange", r.rankChange());
		});
		root.put("regionsWithoutFigures", breakdowns.regionsWithoutFigures());
		industries(root, breakdowns);
		origins(root, breakdowns);
		eventsByType(root, model);
	}

	private static void industries(ObjectNode root, BreakdownTables breakdowns) {
		ArrayNode byIndustry = root.putArray("byIndustry");
		breakdowns.byIndustry().forEach((i) -> {
			ObjectNode row = byIndustry.addObject();
			row.put("code", i.code());
			row.put("name", i.name());
			row.put("projects", i.projects());
			row.put("amountWan", wan(i.amountWan()));
			row.put("projectsWithoutAmount", i.projectsWithoutAmount());
			row.put("sharePercent", plain(i.sharePercent()));
		});
		// added with the second level of the taxonomy: each industry's rows add up to its
		// byIndustry entry
		ArrayNode bySubIndustry = root.putArray("bySubIndustry");
		breakdowns.bySubIndustry().forEach((s) -> {
			ObjectNode row = bySubIndustry.addObject();
			row.put("industryCode", s.industryCode());
			row.put("code", s.code());
			row.put("name", s.name());
			row.put("projects", s.projects());
			row.put("amountWan", wan(s.amountWan()));
			row.put("projectsWithoutAmount", s.projectsWithoutAmount());
			row.put("sharePercent", plain(s.sharePercent()));
		});
	}

	private static void origins(ObjectNode root, BreakdownTables breakdowns) {
		ArrayNode byOrigin = root.putArray("byInvestorOrigin");
		breakdowns.byInvestorOrigin().forEach((o) -> {
			ObjectNode row = byOrigin.addObject();
			row.put("code", o.code());
			row.put("name", o.name());
			row.put("projects", o.projects());
			row.put("amountWan", wan(o.amountWan()));
			row.put("projectsWithoutAmount", o.projectsWithoutAmount());
		});
		ArrayNode cross = root.putArray("byRegionIndustry");
		breakdowns.byRegionIndustry().forEach((c) -> {
			ObjectNode row = cross.addObject();
			row.put("regionCode", c.regionCode());
			row.put("regionName", c.regionName());
			row.put("industryCode", c.industryCode());
			row.put("projects", c.projects());
			row.put("amountWan", wan(c.amountWan()));
			row.put("projectsWithoutAmount", c.projectsWithoutAmount());
		});
	}

	private static void eventsByType(ObjectNode root, ReportModel model) {
		ArrayNode byType = root.putArray("eventsByType");
		model.breakdowns().eventsByType().forEach((t) -> {
			ObjectNode row = byType.addObject();
			row.put("type", t.type().zh());
			row.put("typeCode", t.type().name());
			row.put("typeName", model.language().english() ? t.type().en() : t.type().zh());
			row.put("events", t.events());
			row.put("attendees", t.attendees());
			row.put("eventsWithoutAttendees", t.eventsWithoutAttendees());
			row.put("enterprises", t.enterprises());
			row.put("eventsWithoutEnterprises", t.eventsWithoutEnterprises());
		});
	}

}
