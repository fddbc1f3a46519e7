package cn.investpromo.report.pdf;

import com.lowagie.text.pdf.PdfPTable;

import cn.investpromo.quality.Reject;
import cn.investpromo.quality.SheetQuality;
import cn.investpromo.report.DataQuality;
import cn.investpromo.report.pdf.Grid.Column;

/**
 * The PDF's data-quality tables: the files read, the first rejected rows and the possible
 * duplicates, laid out from the model's data quality.
 */
final class QualityTables {

	/** Rejected rows the PDF lists; the workbook lists them all. */
	static final int MAX_REJECTS = 100;

	private final TableContext context;

	private final PdfLabels labels;

	QualityTables(TableContext context) {
		this.context = context;
		this.labels = context.labels();
	}

	PdfPTable qualityFiles(DataQuality quality) {
		Grid grid = grid(true, text("column.file", 150), text("column.sheet", 85), text("column.kind", 76),
				number("column.read", 56), number("column.accepted", 57), number("column.rejected", 57));
		for (SheetQuality row : quality.files()) {
			grid.add(row.file())
				.add(row.sheet())
				.add(kind(row.kind()))
				.add(Formats.count(row.read()))
				.add(Formats.count(row.accepted()))
				.add(Formats.count(row.rejected()));
		}
		return grid.table();
	}

	PdfPTable rejects(DataQuality quality) {
		// the reason gets the most room: English reasons are two to three times as long
		// as Chinese ones
		Grid grid = grid(true, text("column.file", 100), text("column.sheet", 62), number("column.row", 34),
				text("column.column", 58), text("column.value", 72), text("column.reason", 155));
		for (Reject row : quality.rejects().first(MAX_REJECTS)) {
			grid.add(row.file())
				.add(row.sheet())
				.add(String.valueOf(row.row()))
				.add(row.column())
				.add(row.value())
				.add(row.reason());
		}
		return grid.table();
	}

	PdfPTable possibleDuplicates(DataQuality quality) {
		Grid grid = grid(true, text("column.first", 150), text("column.second", 150), text("column.reason", 181));
		for (DataQuality.PossibleDuplicate row : quality.possibleDuplicates()) {
			grid.add(row.first()).add(row.second()).add(row.reason());
		}
		return grid.table();
	}

	private Grid grid(boolean compact, Column... columns) {
		return this.context.grid(compact, columns);
	}

	private Column text(String key, float width) {
		return this.context.text(key, width);
	}

	private Column number(String key, float width) {
		return this.context.number(key, width);
	}

	private String kind(String kind) {
		return this.labels.getOrDefault("kind." + kind, kind);
	}

}
