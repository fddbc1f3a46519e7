package cn.investpromo.report.excel;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import cn.investpromo.report.IndustryFigures;
import cn.investpromo.report.KpiKind;
import cn.investpromo.report.RegionFigures;
import cn.investpromo.report.RegionIndustryFigures;
import cn.investpromo.report.ReportLabels;
import cn.investpromo.report.ReportModel;

/**
 * The region × industry cross table: regions down, industries across, one block of
 * amounts (亿元) and one of project counts, each with SUM formulas for row and column
 * totals.
 */
final class CrossTableSheet {

	static final int AMOUNT_HEADER_ROW = 2;

	private final BreakdownSheets sheets;

	private final ReportModel model;

	private final ReportLabels labels;

	/**
	 * Region code → display name, in the order of the by-region sheet, then as the cells
	 * name them.
	 */
	private final Map<String, String> regions = new LinkedHashMap<>();

	/**
	 * Industry code → name, in the order of the by-industry sheet, then as the cells name
	 * them.
	 */
	private final Map<String, String> industries = new LinkedHashMap<>();

	/**
	 * Regions and industries of the period none of whose projects gives an amount: their
	 * totals are "—".
	 */
	private final Set<String> unknownRegions = new HashSet<>();

	private final Set<String> unknownIndustries = new HashSet<>();

	/** Cells by region code then industry code; the model has at most one per pair. */
	private final Map<String, Map<String, RegionIndustryFigures>> cells = new LinkedHashMap<>();

	CrossTableSheet(BreakdownSheets sheets, ReportModel model, ReportLabels labels) {
		this.sheets = sheets;
		this.model = model;
		this.labels = labels;
		model.breakdowns()
			.byRegion()
			.stream()
			.filter((r) -> r.amountWan() == null)
			.forEach((r) -> this.unknownRegions.add(r.code()));
		model.breakdowns()
			.byIndustry()
			.stream()
			.filter((i) -> i.amountWan() == null)
			.forEach((i) -> this.unknownIndustries.add(i.code()));
		List<String> regionOrder = new ArrayList<>(
				model.breakdowns().byRegion().stream().map(RegionFigures::code).toList());
		List<String> industryOrder = new ArrayList<>(
				model.breakdowns().byIndustry().stream().map(IndustryFigures::code).toList());
		for (RegionIndustryFigures cell : model.breakdowns().byRegionIndustry()) {
			if (!regionOrder.contains(cell.regionCode())) {
				regionOrder.add(cell.regionCode());
			}
			if (!industryOrder.contains(cell.industryCode())) {
				industryOrder.add(cell.industryCode());
			}
			this.cells.computeIfAbsent(cell.regionCode(), (code) -> new LinkedHashMap<>())
				.putIfAbsent(cell.industryCode(), cell);
		}
		// only regions and industries that have a cell get a row or column
		for (String code : regionOrder) {
			Map<String, RegionIndustryFigures> row = this.cells.get(code);
			if (row != null) {
				RegionIndustryFigures any = row.values().iterator().next();
				this.regions.put(code, sheets.regionName(code, any.regionName()));
			}
		}
		for (String code : industryOrder) {
			model.breakdowns()
				.byRegionIndustry()
				.stream()
				.filter((cell) -> cell.industryCode().equals(code))
				.findFirst()
				.ifPresent((cell) -> this.industries.put(code, cell.industryName()));
		}
	}

	/**
	 * Writes the sheet, with {@code notes} (projects without an amount) under the blocks.
	 */
	void write(Sheet sheet, List<String> notes) {
		SheetWriter writer = this.sheets.writer(sheet);
		measure(writer);
		writer.applyWidths();
		int width = this.industries.size() + 2;
		writer.title(0, this.sheets.sheetTitle("section.byRegionIndustry"), width);
		int next = block(writer, 1, this.labels.get("column.amountYi"), true);
		next = block(writer, next + 1, this.labels.get("column.projects"), false) + 1;
		for (String note : notes) {
			writer.note(next++, note, width);
		}
		// the two blocks have their own headers, so only the title repeats on printed
		// pages
		SheetSetup.apply(sheet, this.labels, AMOUNT_HEADER_ROW + 1, 1, 0, this.sheets.reportTitle());
	}

	/**
	 * Writes one block (label row, header, rows, totals) and returns the row after it.
	 */
	private int block(SheetWriter writer, int labelRow, String label, boolean amounts) {
		Styles styles = writer.styles();
		writer.text(writer.row(labelRow), 0, label, styles.subtitle);
		Row header = writer.row(labelRow + 1);
		writer.header(header, 0, this.labels.get("column.region"));
		int column = 1;
		for (String name : this.industries.values()) {
			writer.header(header, column++, name);
		}
		int totalColumn = column;
		writer.header(header, totalColumn, this.labels.get("report.total"));
		int first = labelRow + 2;
		if (this.regions.isEmpty()) {
			writer.text(writer.row(first), 0, this.labels.get("report.noData"), styles.text);
			return first + 1;
		}
		int rowIndex = first;
		for (Map.Entry<String, String> region : this.regions.entrySet()) {
			Row row = writer.row(rowIndex);
			writer.wrapped(row, 0, region.getValue());
			column = 1;
			for (String industry : this.industries.keySet()) {
				RegionIndustryFigures cell = Objects.requireNonNull(this.cells.get(region.getKey())).get(industry);
				if (amounts && cell != null && cell.amountWan() == null) {
					// projects, none with an amount: unknown, not 0.00
					writer.text(row, column++, none(), styles.centered);
				}
				else if (amounts) {
					writer.amountWan(row, column++, (cell != null) ? cell.amountWan() : null);
				}
				else {
					writer.integer(row, column++, (cell != null) ? cell.projects() : null);
				}
			}
			if (amounts && this.unknownRegions.contains(region.getKey())) {
				writer.text(row, totalColumn, none(), styles.totalCentered);
			}
			else {
				writer.sum(row, totalColumn, new CellRangeAddress(rowIndex, rowIndex, 1, totalColumn - 1),
						amounts ? styles.totalAmount : styles.totalInteger);
			}
			rowIndex++;
		}
		Row totals = writer.row(rowIndex);
		writer.text(totals, 0, this.labels.get("report.total"), styles.totalLabel);
		List<String> industryCodes = new ArrayList<>(this.industries.keySet());
		for (int c = 1; c <= totalColumn; c++) {
			boolean unknown = (c < totalColumn) ? this.unknownIndustries.contains(industryCodes.get(c - 1))
					: this.model.headline().kpi(KpiKind.AMOUNT_WAN).values().month() == null;
			if (amounts && unknown) {
				writer.text(totals, c, none(), styles.totalCentered);
			}
			else {
				writer.sum(totals, c, new CellRangeAddress(first, rowIndex - 1, c, c),
						amounts ? styles.totalAmount : styles.totalInteger);
			}
		}
		return rowIndex + 1;
	}

	private String none() {
		return this.labels.get("report.none");
	}

	private void measure(SheetWriter writer) {
		writer.measureHeader(0, this.labels.get("column.region"));
		writer.measure(0, this.labels.get("report.total"));
		this.regions.values().forEach((name) -> writer.measureText(0, name));
		int column = 1;
		for (String industry : this.industries.keySet()) {
			writer.measureHeader(column, this.industries.get(industry));
			for (Map<String, RegionIndustryFigures> row : this.cells.values()) {
				RegionIndustryFigures cell = row.get(industry);
				if (cell != null) {
					writer.measure(column, SheetWriter.formatAmountYi(cell.amountWan()));
				}
			}
			column++;
		}
		writer.measureHeader(column, this.labels.get("report.total"));
		// totals are as wide as the month's largest amount at most
		if (!this.model.headline().kpis().isEmpty()) {
			writer.measure(column,
					SheetWriter.formatAmountYi(this.model.headline().kpi(KpiKind.AMOUNT_WAN).values().month()));
		}
		for (int c = 1; c <= column; c++) {
			writer.measureUnits(c, 8);
		}
	}

}
