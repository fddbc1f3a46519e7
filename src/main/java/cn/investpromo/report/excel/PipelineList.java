package cn.investpromo.report.excel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.jspecify.annotations.Nullable;

import cn.investpromo.report.PipelineEntry;
import cn.investpromo.report.ReportLabels;
import cn.investpromo.store.Rows;

/**
 * The pipeline's projects as rows of the 在谈项目 sheet, each written as it is read; an
 * overdue or stale row in its fill.
 */
final class PipelineList {

	private record Column(String key, Kind kind, Function<PipelineEntry, @Nullable Object> value) {
	}

	private enum Kind {

		TEXT, INTEGER, AMOUNT, DATE

	}

	private final List<Column> columns;

	static final int WIDTH = 13;

	private final SheetWriter writer;

	private final ReportLabels labels;

	private final List<CellStyle> overdue;

	private final List<CellStyle> stale;

	PipelineList(SheetWriter writer, ReportLabels labels, boolean english, List<CellStyle> overdue,
			List<CellStyle> stale) {
		this.writer = writer;
		this.labels = labels;
		this.overdue = overdue;
		this.stale = stale;
		this.columns = List.of(new Column("column.projectName", Kind.TEXT, PipelineEntry::name),
				new Column("column.investor", Kind.TEXT, PipelineEntry::investor),
				new Column("column.region", Kind.TEXT, PipelineEntry::regionName),
				new Column("column.industry", Kind.TEXT, PipelineEntry::industryName),
				new Column("column.stage", Kind.TEXT, (p) -> p.stage().label(english)),
				new Column("column.expectedAmountYi", Kind.AMOUNT, PipelineEntry::expectedAmountWan),
				new Column("column.firstContact", Kind.DATE, PipelineEntry::firstContact),
				new Column("column.expectedSigning", Kind.DATE, PipelineEntry::expectedSigning),
				new Column("column.lastFollowUp", Kind.DATE, PipelineEntry::lastFollowUp),
				new Column("column.responsibleUnit", Kind.TEXT, PipelineEntry::responsibleUnit),
				new Column("column.responsible", Kind.TEXT, PipelineEntry::responsible),
				new Column("column.daysOverdue", Kind.INTEGER, PipelineEntry::daysOverdue),
				new Column("column.daysSince", Kind.INTEGER, PipelineEntry::daysSince));
	}

	void measure(List<PipelineEntry> first) {
		for (int c = 0; c < this.columns.size(); c++) {
			Column column = this.columns.get(c);
			this.writer.measureHeader(c, this.labels.get(column.key()));
			for (PipelineEntry p : first) {
				Object value = column.value().apply(p);
				if (value == null) {
					continue;
				}
				if (column.kind() == Kind.TEXT) {
					this.writer.measureText(c, value.toString());
				}
				else {
					this.writer.measure(c, (column.kind() == Kind.AMOUNT)
							? SheetWriter.formatAmountYi((BigDecimal) value) : value.toString());
				}
			}
		}
	}

	/**
	 * Writes the header at {@code header} and the rows below it; the last row written.
	 */
	int write(int header, Rows<PipelineEntry> projects) {
		Row headerRow = this.writer.row(header);
		for (int c = 0; c < this.columns.size(); c++) {
			this.writer.header(headerRow, c, this.labels.get(this.columns.get(c).key()));
		}
		int[] next = { header + 1 };
		projects.forEach((p) -> {
			Row row = this.writer.row(next[0]++);
			List<CellStyle> marked = marking(p, this.overdue, this.stale);
			for (int c = 0; c < this.columns.size(); c++) {
				cell(row, c, this.columns.get(c), p, marked);
			}
		});
		return next[0] - 1;
	}

	/** Whether the row is marked, and how: its styles, or null for an unmarked row. */
	static @Nullable List<CellStyle> marking(PipelineEntry p, List<CellStyle> overdue, List<CellStyle> stale) {
		return (p.daysOverdue() != null) ? overdue : (p.daysSince() != null) ? stale : null;
	}

	private void cell(Row row, int c, Column column, PipelineEntry p, @Nullable List<CellStyle> marked) {
		Object value = column.value().apply(p);
		Cell cell = switch (column.kind()) {
			case TEXT -> this.writer.text(row, c, (value != null) ? value.toString() : null,
					(marked != null) ? marked.get(0) : this.writer.styles().text);
			case INTEGER -> this.writer.integer(row, c, (Number) value);
			case AMOUNT -> this.writer.amountWan(row, c, (BigDecimal) value);
			case DATE -> this.writer.date(row, c, (LocalDate) value);
		};
		if (marked != null && column.kind() != Kind.TEXT) {
			cell.setCellStyle(marked.get(column.kind().ordinal()));
		}
	}

}
