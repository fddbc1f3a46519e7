package cn.investpromo.report.json;

import static cn.investpromo.report.json.JsonValues.comparison;
import static cn.investpromo.report.json.JsonValues.wan;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import cn.investpromo.report.Comparison;
import cn.investpromo.report.Kpi;
import cn.investpromo.report.Money;
import cn.investpromo.report.ReportModel;
import cn.investpromo.report.SigningTerms;

/**
 * The headline figures as JSON: {@code kpis} (each with its comparisons and
 * {@code unreported}), {@code signings}, {@code amountBands} and {@code trend}.
 */
final class KpiJson {

	private KpiJson() {
	}

	static void kpis(ObjectNode root, ReportModel model) {
		ObjectNode kpis = root.putObject("kpis");
		for (Kpi kpi : model.headline().kpis()) {
			ObjectNode node = kpis.putObject(kpi.kind().key());
			comparison(node, kpi.values(), kpi.kind().amount());
			unreported(node, kpi.values().unreported());
		}
	}

	/**
	 * The period's signings by agreement type, those that set no amount (not 未填) and
	 * those already terminated (issue 22): {@code signings}.
	 */
	static void signings(ObjectNode root, ReportModel model) {
		SigningTerms terms = model.headline().terms();
		ObjectNode signings = root.putObject("signings");
		ArrayNode types = signings.putArray("byAgreementType");
		terms.types().forEach((t) -> {
			ObjectNode row = types.addObject();
			row.put("typeCode", t.type().name());
			row.put("type", t.type().label(model.language().english()));
			row.put("projects", t.projects());
			row.put("withoutAmount", t.withoutAmount());
		});
		signings.put("projectsUnfilled", terms.unfilled());
		signings.put("projectsUnagreed", terms.unagreedCount());
		signings.put("terminated", terms.terminated());
		signings.put("terminatedAmountWan", Money.wanText(terms.terminatedWan()));
	}

	/** Projects of at least each threshold, compared as the KPIs. */
	static void amountBands(ObjectNode root, ReportModel model) {
		ArrayNode bands = root.putArray("amountBands");
		model.headline().amountBands().forEach((b) -> {
			ObjectNode row = bands.addObject();
			row.put("atLeastYi", b.atLeastYi().toPlainString());
			comparison(row.putObject("projects"), b.projects(), false);
		});
	}

	/** The trend's points; a monthly report names each point's month too. */
	static void trend(ObjectNode root, ReportModel model, boolean monthly) {
		ArrayNode trend = root.putArray("trend");
		model.trend().points().forEach((p) -> {
			ObjectNode row = trend.addObject();
			if (monthly) {
				row.put("month", p.month().toString());
			}
			row.put("period", p.period().label());
			// null before the ledgers cover the scope: unknown, not zero (issue 22)
			row.put("events", p.events());
			row.put("projects", p.projects());
			row.put("covered", p.covered());
			row.put("amountWan", wan(p.amountWan()));
			row.put("projectsWithoutAmount", p.projectsWithoutAmount());
		});
	}

	/**
	 * How many items of each period left the figure blank: {@code unreported} with the
	 * keys of the figures (events without 参会人数, projects without an amount …); zero
	 * throughout for figures every item gives.
	 */
	static void unreported(ObjectNode node, Comparison.Unreported unreported) {
		ObjectNode counts = node.putObject("unreported");
		counts.put("month", unreported.month());
		counts.put("previousMonth", unreported.previousMonth());
		counts.put("sameMonthLastYear", unreported.sameMonthLastYear());
		counts.put("ytd", unreported.ytd());
		counts.put("ytdLastYear", unreported.ytdLastYear());
	}

}
