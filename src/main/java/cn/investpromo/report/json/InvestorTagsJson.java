package cn.investpromo.report.json;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import cn.investpromo.report.InvestorTags;
import cn.investpromo.report.InvestorTags.TagRow;
import cn.investpromo.report.InvestorTags.TaggedProject;
import cn.investpromo.report.ReportModel;

import static cn.investpromo.report.json.JsonValues.comparison;
import static cn.investpromo.report.json.JsonValues.wan;

/**
 * The investor tags as SPEC §5.1 names them: {@code investorTags} (a {@code compare} of
 * projects and of agreed investment per tag) and {@code top500Projects}; beyond §5.1 each
 * tag's {@code name} in the report's language and whether it is one of the 三个500强, and
 * the period's tagged projects ({@code investorTaggedProjects}). All three are absent
 * when no project has a tag.
 */
final class InvestorTagsJson {

	private InvestorTagsJson() {
	}

	static void write(ObjectNode root, ReportModel model) {
		@Nullable InvestorTags tags = model.figures().investorTags();
		if (tags == null) {
			return;
		}
		ArrayNode byTag = root.putArray("investorTags");
		for (TagRow row : tags.byTag()) {
			ObjectNode node = byTag.addObject();
			node.put("tag", row.tag());
			node.put("name", row.name());
			node.put("top500", row.top500());
			ObjectNode projects = node.putObject("projects");
			comparison(projects, row.projects(), false);
			ObjectNode amount = node.putObject("amountWan");
			comparison(amount, row.amountWan(), true);
			KpiJson.unreported(amount, row.amountWan().unreported());
		}
		comparison(root.putObject("top500Projects"), tags.top500Projects(), false);
		ArrayNode projects = root.putArray("investorTaggedProjects");
		for (TaggedProject project : tags.projects()) {
			ObjectNode node = projects.addObject();
			node.put("name", project.name());
			node.put("investor", project.investor());
			node.put("regionName", project.region());
			node.put("signedDate", project.signedDate().toString());
			node.put("amountWan", wan(project.amountWan()));
			node.put("top500", project.top500());
			ArrayNode names = node.putArray("tags");
			project.tags().forEach(names::add);
		}
	}

}
