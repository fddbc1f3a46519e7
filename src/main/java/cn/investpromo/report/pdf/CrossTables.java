package cn.investpromo.report.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.lowagie.text.pdf.PdfPTable;

import cn.investpromo.report.IndustryFigures;
import cn.investpromo.report.KpiKind;
import cn.investpromo.report.RegionFigures;
import cn.investpromo.report.RegionIndustryFigures;
import cn.investpromo.report.ReportModel;
import cn.investpromo.report.pdf.Grid.Column;

/**
 * The region × industry cross table: regions down, industries across, each cell the agreed investment with the
 * project count below it. Totals are the model's by-region and by-industry rows and its KPIs; more industries than
 * fit the page width split the table into parts that each repeat the region column.
 */
final class CrossTables {

	/** Industry columns one part holds at the A4 text width. */
	static final int MAX_INDUSTRIES = 6;

	private final Tables tables;

	private final PdfLabels labels;

	CrossTables(Tables tables, PdfLabels labels) {
		this.tables = tables;
		this.labels = labels;
	}

	/** The parts of the table, left to right; none when the month has no cell. */
	List<PdfPTable> parts(ReportModel model) {
		Map<String, Map<String, RegionIndustryFigures>> cells = new HashMap<>();
		for (RegionIndustryFigures cell : model.breakdowns().byRegionIndustry()) {
			cells.computeIfAbsent(cell.regionCode(), (code) -> new HashMap<>()).putIfAbsent(cell.industryCode(), cell);
		}
		// regions and industries in the order of their own tables, and only those with a cell
		List<RegionFigures> regions = model.breakdowns().byRegion().stream().filter((row) -> cells.containsKey(row.code())).toList();
		Map<String, IndustryFigures> industries = new LinkedHashMap<>();
		for (IndustryFigures industry : model.breakdowns().byIndustry()) {
			if (cells.values().stream().anyMatch((row) -> row.containsKey(industry.code()))) {
				industries.put(industry.code(), industry);
			}
		}
		if (regions.isEmpty() || industries.isEmpty()) {
			return List.of();
		}
		List<IndustryFigures> columns = new ArrayList<>(industries.values());
		int partCount = (columns.size() + MAX_INDUSTRIES - 1) / MAX_INDUSTRIES;
		int perPart = (columns.size() + partCount - 1) / partCount;
		List<PdfPTable> parts = new ArrayList<>();
		for (int from = 0; from < columns.size(); from += perPart) {
			List<IndustryFigures> part = columns.subList(from, Math.min(columns.size(), from + perPart));
			boolean last = from + perPart >= columns.size();
			parts.add(part(model, regions, cells, part, last));
		}
		return parts;
	}

	private PdfPTable part(ReportModel model, List<RegionFigures> regions,
			Map<String, Map<String, RegionIndustryFigures>> cells, List<IndustryFigures> industries, boolean last) {
		List<Column> columns = new ArrayList<>();
		columns.add(this.tables.text("column.region", 100));
		for (IndustryFigures industry : industries) {
			columns.add(Column.number(industry.name(), 54));
		}
		if (last) {
			columns.add(this.tables.number("report.total", 56));
		}
		Grid grid = this.tables.grid(true, columns.toArray(new Column[0]));
		String none = this.labels.get("report.none");
		for (RegionFigures region : regions) {
			grid.add(this.labels.report().regionName(region));
			for (IndustryFigures industry : industries) {
				RegionIndustryFigures cell = cells.get(region.code()).get(industry.code());
				if (cell == null) {
					grid.add(none);
				}
				else {
					grid.add(Formats.yi(cell.amountWan(), none), projects(cell.projects()));
				}
			}
			if (last) {
				grid.add(Formats.yi(region.amountWan(), none), projects(region.projects()));
			}
		}
		grid.total(this.labels.get("report.total"));
		for (IndustryFigures industry : industries) {
			grid.total(Formats.yi(industry.amountWan(), none), projects(industry.projects()));
		}
		if (last) {
			grid.total(Formats.yi(model.headline().kpi(KpiKind.AMOUNT_WAN).values().month(), none),
					projects(model.headline().kpi(KpiKind.PROJECTS).values().month().longValue()));
		}
		return grid.table();
	}

	private String projects(long count) {
		return this.labels.pdf("pdf.cross.projects", Formats.count(count));
	}

}
