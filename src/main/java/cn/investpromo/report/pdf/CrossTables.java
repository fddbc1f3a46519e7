package cn.investpromo.report.pdf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import com.lowagie.text.pdf.PdfPTable;

import cn.investpromo.report.IndustryFigures;
import cn.investpromo.report.Kpi;
import cn.investpromo.report.KpiKind;
import cn.investpromo.report.RegionFigures;
import cn.investpromo.report.RegionIndustryFigures;
import cn.investpromo.report.ReportModel;
import cn.investpromo.report.pdf.Grid.Column;

/**
 * The region × industry cross table, never split by columns: regions down and industries
 * across when the industries fit the page's width, else transposed (industries down,
 * regions across) when the regions do, else on a landscape page, whichever way fewer
 * columns are needed. Each cell is the agreed investment with the project count below it;
 * totals are the model's by-region and by-industry rows and its KPIs.
 */
final class CrossTables {

	/** Figure columns (besides the total) a portrait A4 text width holds. */
	static final int PORTRAIT_COLUMNS = 6;

	/** Figure columns (besides the total) a landscape A4 text width holds. */
	static final int LANDSCAPE_COLUMNS = 12;

	/** The table, and whether it needs a landscape page. */
	record Layout(PdfPTable table, boolean landscape) {
	}

	/** A row or column of the table: a region or an industry, with its own totals. */
	private record Line(String code, String name, @Nullable BigDecimal amountWan, long projects) {
	}

	private final Tables tables;

	private final PdfLabels labels;

	CrossTables(Tables tables, PdfLabels labels) {
		this.tables = tables;
		this.labels = labels;
	}

	/** The table laid out to fit across the page; null when the month has no cell. */
	@Nullable Layout layout(ReportModel model) {
		Map<String, Map<String, RegionIndustryFigures>> cells = new HashMap<>();
		for (RegionIndustryFigures cell : model.breakdowns().byRegionIndustry()) {
			cells.computeIfAbsent(cell.regionCode(), (code) -> new HashMap<>()).putIfAbsent(cell.industryCode(), cell);
		}
		// regions and industries in the order of their own tables (ranked), and only
		// those with a cell
		List<Line> regions = new ArrayList<>();
		for (RegionFigures region : model.breakdowns().byRegion()) {
			if (cells.containsKey(region.code())) {
				regions.add(new Line(region.code(), this.labels.report().regionName(region), region.amountWan(),
						region.projects()));
			}
		}
		List<Line> industries = new ArrayList<>();
		for (IndustryFigures industry : model.breakdowns().byIndustry()) {
			if (cells.values().stream().anyMatch((row) -> row.containsKey(industry.code()))) {
				industries.add(new Line(industry.code(), industry.name(), industry.amountWan(), industry.projects()));
			}
		}
		if (regions.isEmpty() || industries.isEmpty()) {
			return null;
		}
		Kpi amount = model.headline().kpi(KpiKind.AMOUNT_WAN);
		Line total = new Line("", this.labels.get("report.total"), amount.values().month(),
				Objects.requireNonNull(model.headline().kpi(KpiKind.PROJECTS).values().month()).longValue());
		if (industries.size() <= PORTRAIT_COLUMNS) {
			return new Layout(table("column.region", regions, industries, total, cells, false), false);
		}
		if (regions.size() <= PORTRAIT_COLUMNS) {
			return new Layout(table("column.industry", industries, regions, total, cells, true), false);
		}
		// a landscape page, with the fewer of the two across
		boolean transposed = regions.size() < industries.size() && industries.size() > LANDSCAPE_COLUMNS;
		return transposed ? new Layout(table("column.industry", industries, regions, total, cells, true), true)
				: new Layout(table("column.region", regions, industries, total, cells, false), true);
	}

	/**
	 * The table with {@code rows} down and {@code across} as columns; {@code transposed}
	 * when the rows are industries (cells are looked up by region, then industry).
	 */
	private PdfPTable table(String firstHeader, List<Line> rows, List<Line> across, Line total,
			Map<String, Map<String, RegionIndustryFigures>> cells, boolean transposed) {
		List<Column> columns = new ArrayList<>();
		columns.add(this.tables.text(firstHeader, 100));
		for (Line column : across) {
			columns.add(Column.number(column.name(), 54));
		}
		columns.add(this.tables.number("report.total", 56));
		Grid grid = this.tables.grid(true, columns.toArray(new Column[0]));
		String none = this.labels.get("report.none");
		for (Line row : rows) {
			grid.add(row.name());
			for (Line column : across) {
				RegionIndustryFigures cell = transposed ? cell(cells, column.code(), row.code())
						: cell(cells, row.code(), column.code());
				if (cell == null) {
					grid.add(none);
				}
				else {
					grid.add(Formats.yi(cell.amountWan(), none), projects(cell.projects()));
				}
			}
			grid.add(Formats.yi(row.amountWan(), none), projects(row.projects()));
		}
		grid.total(total.name());
		for (Line column : across) {
			grid.total(Formats.yi(column.amountWan(), none), projects(column.projects()));
		}
		grid.total(Formats.yi(total.amountWan(), none), projects(total.projects()));
		return grid.table();
	}

	private static @Nullable RegionIndustryFigures cell(Map<String, Map<String, RegionIndustryFigures>> cells,
			String region, String industry) {
		Map<String, RegionIndustryFigures> row = cells.get(region);
		return (row != null) ? row.get(industry) : null;
	}

	private String projects(long count) {
		return this.labels.pdf("pdf.cross.projects", Formats.count(count));
	}

}
