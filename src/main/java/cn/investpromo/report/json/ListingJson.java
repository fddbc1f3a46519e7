package cn.investpromo.report.json;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import cn.investpromo.report.KeyProject;
import cn.investpromo.report.ListedColumn;
import cn.investpromo.report.ListedColumn.Blanked;
import cn.investpromo.report.ListedColumn.Coded;
import cn.investpromo.report.ListedColumns;
import cn.investpromo.report.Money;
import cn.investpromo.report.ProjectListing;
import cn.investpromo.report.ReportModel;

/**
 * The rankings and lists as JSON: {@code topProjects}, {@code keyProjects} and
 * {@code projects}, the long ones streamed; the project list's fields are its listed
 * columns, by their JSON names.
 */
final class ListingJson {

	private ListingJson() {
	}

	static void topProjects(ObjectNode root, ReportModel model) {
		ArrayNode top = root.putArray("topProjects");
		model.rankings().topProjects().forEach((p) -> {
			ObjectNode row = top.addObject();
			row.put("rank", p.rank());
			row.put("name", p.name());
			row.put("investor", p.investor());
			row.put("regionCode", p.regionCode());
			row.put("regionName", p.regionName());
			row.put("industryCode", p.industryCode());
			row.put("amountWan", Money.wanText(p.amountWan()));
			row.put("signedDate", p.signedDate().toString());
			// at the period's end, as the key projects say it (issue 22)
			row.put("status", p.status().label(model.language().english()));
		});
	}

	/** The key projects and the period's projects, each list read as it is written. */
	static void lists(ObjectNode root, ReportModel model, StreamedArrays streamed) {
		boolean english = model.language().english();
		streamed.put(root.putArray("keyProjects"),
				model.rankings().keyProjects().map((p) -> listed(KeyProject.COLUMNS, p, english)));
		ListedColumns<ProjectListing> columns = model.listings().projectColumns();
		streamed.put(root.putArray("projects"), model.listings().projects().map((p) -> listed(columns, p, english)));
	}

	/** One row of a listing: a field per listed column, in order. */
	static <T> ObjectNode listed(ListedColumns<T> columns, T row, boolean english) {
		ObjectNode node = JsonNodeFactory.instance.objectNode();
		for (ListedColumn<T> column : columns.listed()) {
			value(node, column, column.value().of(row, english));
		}
		return node;
	}

	private static void value(ObjectNode node, ListedColumn<?> column, @Nullable Object value) {
		String name = column.name();
		if (value == null || value instanceof Blanked) {
			node.putNull(name);
			return;
		}
		switch (column.format()) {
			case AMOUNT_WAN, AMOUNT_USD_WAN -> node.put(name, Money.wanText((BigDecimal) value));
			case COUNT -> node.put(name, ((Number) value).longValue());
			case CODED -> {
				Coded coded = (Coded) value;
				ObjectNode pair = node.putObject(name);
				pair.put("code", coded.code());
				pair.put("name", coded.name());
			}
			case DATE -> node.put(name, ((LocalDate) value).toString());
			case TEXT, CODE, LABEL, DATE_RANGE -> node.put(name, value.toString());
		}
	}

}
