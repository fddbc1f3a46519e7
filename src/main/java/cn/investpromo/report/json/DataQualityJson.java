package cn.investpromo.report.json;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import cn.investpromo.quality.Reject;
import cn.investpromo.report.DataQuality;

/**
 * Data quality as JSON: {@code dataQuality} with its totals, files, rejected rows
 * (streamed), unmatched industries and possible duplicates.
 */
final class DataQualityJson {

	private DataQualityJson() {
	}

	static void write(ObjectNode node, DataQuality quality, StreamedArrays streamed) {
		ObjectNode totals = node.putObject("totals");
		totals.put("files", quality.totals().files());
		totals.put("sheets", quality.totals().sheets());
		totals.put("read", quality.totals().read());
		totals.put("accepted", quality.totals().accepted());
		totals.put("rejected", quality.totals().rejected());
		ArrayNode files = node.putArray("files");
		quality.files().forEach((f) -> {
			ObjectNode row = files.addObject();
			row.put("file", f.file());
			row.put("sheet", f.sheet());
			row.put("kind", f.kind());
			row.put("read", f.read());
			row.put("accepted", f.accepted());
			row.put("rejected", f.rejected());
			row.put("summaryRows", f.summaryRows());
		});
		streamed.put(node.putArray("rejects"), quality.rejects().map(DataQualityJson::reject));
		ArrayNode compared = node.putArray("comparedRejects");
		quality.comparedRejects().forEach((r) -> {
			ObjectNode row = compared.addObject();
			row.put("comparison", r.comparison());
			row.put("kind", r.kind());
			row.put("rows", r.rows());
		});
		ArrayNode unmatched = node.putArray("unmatchedIndustries");
		quality.unmatchedIndustries().forEach(unmatched::add);
		ArrayNode duplicates = node.putArray("possibleDuplicates");
		quality.possibleDuplicates().forEach((d) -> {
			ObjectNode row = duplicates.addObject();
			row.put("first", d.first());
			row.put("second", d.second());
			row.put("reason", d.reason());
		});
	}

	private static ObjectNode reject(Reject r) {
		ObjectNode row = JsonNodeFactory.instance.objectNode();
		row.put("file", r.file());
		row.put("sheet", r.sheet());
		row.put("row", r.row());
		row.put("column", r.column());
		row.put("value", r.value());
		row.put("reason", r.reason());
		return row;
	}

}
