package cn.investpromo.report.json;

import static cn.investpromo.report.json.JsonValues.figure;
import static cn.investpromo.report.json.JsonValues.percent;

import java.util.List;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import cn.investpromo.report.FundsArrived;
import cn.investpromo.report.LandingFigures;
import cn.investpromo.report.Money;
import cn.investpromo.report.ReportLabels;
import cn.investpromo.report.ReportModel;
import cn.investpromo.report.TargetProgress;

/**
 * Landing progress, funds arrived and annual targets as JSON: {@code landing},
 * {@code landingTotal}, {@code fundsArrived} and {@code targets}.
 */
final class LandingJson {

	private LandingJson() {
	}

	static void landing(ObjectNode root, ReportModel model) {
		ArrayNode landing = root.putArray("landing");
		model.landing().byRegion().forEach((l) -> landing(landing.addObject(), l));
		ObjectNode landingTotal = root.putObject("landingTotal");
		landing(landingTotal, model.landing().total());
		landingTotal.put("newStartsSignedEarlier", model.landing().newStartsSignedEarlier());
		landingTotal.put("newProductionSignedEarlier", model.landing().newProductionSignedEarlier());
	}

	/**
	 * The §5.1 landing fields, then the shares, rates (null against zero) and the month's
	 * new starts.
	 */
	private static void landing(ObjectNode row, LandingFigures l) {
		row.put("regionCode", l.regionCode());
		row.put("regionName", l.regionName());
		row.put("signed", l.signed());
		row.put("underConstruction", l.underConstruction());
		row.put("inProduction", l.inProduction());
		row.put("terminated", l.terminated());
		row.put("self", l.self());
		row.put("total", l.total());
		ObjectNode shares = row.putObject("sharePercent");
		shares.put("signed", l.shares().signed().toPlainString());
		shares.put("underConstruction", l.shares().underConstruction().toPlainString());
		shares.put("inProduction", l.shares().inProduction().toPlainString());
		shares.put("terminated", l.shares().terminated().toPlainString());
		percent(row, "startRatePercent", l.startRatePercent());
		percent(row, "productionRatePercent", l.productionRatePercent());
		row.put("newStarts", l.newStarts());
		row.put("newProduction", l.newProduction());
	}

	static void fundsArrived(ObjectNode node, FundsArrived funds, ReportLabels labels) {
		node.put("totalWan", Money.wanText(funds.totalWan()));
		node.put("projects", funds.projects());
		node.put("projectsWithFunds", funds.projectsWithFunds());
		node.put("bySourceApplies", funds.bySourceApplies());
		ArrayNode sources = node.putArray("bySource");
		funds.bySource().forEach((f) -> {
			ObjectNode row = sources.addObject();
			row.put("source", f.kind().key());
			row.put("name", labels.get("funds." + f.kind().key()));
			row.put("projects", f.projects());
			// null where none of the source's projects reports funds (issue 22)
			row.put("reportingProjects", f.reporting());
			row.put("amountWan", (f.amountWan() != null) ? Money.wanText(f.amountWan()) : null);
			row.put("sharePercent", (f.sharePercent() != null) ? f.sharePercent().toPlainString() : null);
		});
	}

	static void targets(ObjectNode node, TargetProgress targets) {
		node.put("year", targets.year());
		node.put("elapsedPercent", targets.elapsedPercent().toPlainString());
		targetItems(node.putArray("items"), targets.targets());
		ArrayNode regions = node.putArray("byRegion");
		targets.byRegion().forEach((region) -> {
			ObjectNode row = regions.addObject();
			row.put("code", region.code());
			row.put("name", region.name());
			targetItems(row.putArray("items"), region.targets());
		});
	}

	private static void targetItems(ArrayNode items, List<TargetProgress.TargetFigures> targets) {
		targets.forEach((t) -> {
			ObjectNode row = items.addObject();
			row.put("indicator", t.indicator().key());
			figure(row, "target", t.target(), t.indicator().amount());
			figure(row, "actualYtd", t.actualYtd(), t.indicator().amount());
			row.put("completionPercent", t.completionPercent().toPlainString());
			row.put("gapPoints", t.gapPoints().toPlainString());
			row.put("schedule", switch (t.schedule()) {
				case AHEAD -> "ahead";
				case ON_SCHEDULE -> "onSchedule";
				case BEHIND -> "behind";
			});
			row.put("light", t.light().key());
		});
	}

}
