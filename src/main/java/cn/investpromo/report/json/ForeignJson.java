package cn.investpromo.report.json;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import cn.investpromo.report.ForeignInvestment;
import cn.investpromo.report.Money;
import cn.investpromo.report.ReportModel;

import static cn.investpromo.report.json.JsonValues.comparison;

/**
 * 外资 as JSON (SPEC §5.1 {@code foreignInvestment}): its three figures compared, amounts
 * {@code …UsdWan} as decimal strings in 万美元, {@code byCountry}, and {@code projects} with
 * the columns of {@link ForeignInvestment#COLUMNS}; absent when the section is.
 */
final class ForeignJson {

	private ForeignJson() {
	}

	static void write(ObjectNode root, ReportModel model) {
		ForeignInvestment foreign = model.foreignInvestment();
		if (foreign == null) {
			return;
		}
		ObjectNode node = root.putObject("foreignInvestment");
		comparison(node.putObject("contractedUsdWan"), foreign.contractedUsdWan(), true);
		comparison(node.putObject("actualUsdWan"), foreign.actualUsdWan(), true);
		comparison(node.putObject("foreignProjects"), foreign.foreignProjects(), false);
		ArrayNode countries = node.putArray("byCountry");
		foreign.byCountry().forEach((c) -> {
			ObjectNode row = countries.addObject();
			row.put("country", c.country());
			row.put("name", c.name());
			row.put("projects", c.projects());
			row.put("contractedUsdWan", Money.wanText(c.contractedUsdWan()));
			row.put("actualUsdWan", Money.wanText(c.actualUsdWan()));
		});
		boolean english = model.language().english();
		ArrayNode projects = node.putArray("projects");
		foreign.projects().forEach((p) -> projects.add(ListingJson.listed(ForeignInvestment.COLUMNS, p, english)));
	}

}
