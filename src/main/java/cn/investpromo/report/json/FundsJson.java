package cn.investpromo.report.json;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import cn.investpromo.report.FundsFigures;
import cn.investpromo.report.ReportModel;

import static cn.investpromo.report.json.JsonValues.comparison;
import static cn.investpromo.report.json.JsonValues.wan;

/**
 * 到位资金 from the funds ledger as SPEC §5.1's {@code funds}: {@code arrivedWan},
 * {@code bySource} (Chinese source names, {@code sourceCode} beside), {@code byRegion},
 * {@code unlinkedArrivals}, and beyond those {@code basis}, {@code topProjects},
 * {@code byMonth}, {@code targetWan}, {@code unlinked} and {@code disagreements}. Absent
 * when the scope has no arrival.
 */
final class FundsJson {

	private FundsJson() {
	}

	static void write(ObjectNode root, ReportModel model) {
		FundsFigures funds = model.fundsLedger();
		if (funds == null) {
			return;
		}
		ObjectNode node = root.putObject("funds");
		node.put("basis", "fundsLedger");
		comparison(node.putObject("arrivedWan"), funds.arrivedWan(), true);
		ArrayNode sources = node.putArray("bySource");
		funds.bySource().forEach((s) -> {
			ObjectNode row = sources.addObject();
			row.put("source", s.source().zh());
			row.put("sourceCode", s.source().name());
			comparison(row.putObject("arrivedWan"), s.arrivedWan(), true);
		});
		ArrayNode regions = node.putArray("byRegion");
		funds.byRegion().forEach((r) -> {
			ObjectNode row = regions.addObject();
			row.put("code", r.code());
			row.put("name", r.name());
			row.put("arrivedWan", wan(r.arrivedWan()));
		});
		node.put("unlinkedArrivals", funds.unlinkedArrivals());
		ArrayNode top = node.putArray("topProjects");
		funds.topProjects().forEach((p) -> {
			ObjectNode row = top.addObject();
			row.put("rank", p.rank());
			row.put("name", p.name());
			row.put("investor", p.investor());
			row.put("regionCode", p.regionCode());
			row.put("arrivedWan", wan(p.arrivedWan()));
			row.put("arrivals", p.arrivals());
		});
		ArrayNode months = node.putArray("byMonth");
		funds.byMonth().forEach((m) -> {
			ObjectNode row = months.addObject();
			row.put("month", m.month().toString());
			row.put("arrivedWan", wan(m.arrivedWan()));
			row.put("cumulativeWan", wan(m.cumulativeWan()));
			row.put("scheduleWan", wan(m.scheduleWan()));
		});
		node.put("targetWan", wan(funds.targetWan()));
		node.put("coveredFrom", funds.coveredFrom().toString());
		quality(node, funds);
	}

	/** The arrivals naming no known project and the projects whose column disagrees. */
	private static void quality(ObjectNode node, FundsFigures funds) {
		ArrayNode unlinked = node.putArray("unlinked");
		funds.unlinked().forEach((u) -> {
			ObjectNode row = unlinked.addObject();
			row.put("name", u.name());
			row.put("region", u.regionName());
			row.put("date", u.monthOnly() ? u.date().toString().substring(0, 7) : u.date().toString());
			row.put("amountWan", wan(u.amountWan()));
			row.put("file", u.file());
			row.put("sheet", u.sheet());
			row.put("row", u.row());
		});
		ArrayNode disagreements = node.putArray("disagreements");
		funds.disagreements().forEach((d) -> {
			ObjectNode row = disagreements.addObject();
			row.put("name", d.name());
			row.put("region", d.regionName());
			row.put("ledgerWan", wan(d.ledgerWan()));
			row.put("arrivalsWan", wan(d.arrivalsWan()));
			row.put("differenceWan", wan(d.differenceWan()));
		});
	}

}
