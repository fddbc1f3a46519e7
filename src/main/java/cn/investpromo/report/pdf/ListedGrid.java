package cn.investpromo.report.pdf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.lowagie.text.Element;

import cn.investpromo.report.ListedColumn;
import cn.investpromo.report.ListedColumn.Blanked;
import cn.investpromo.report.ListedColumn.Coded;
import cn.investpromo.report.ListedColumn.DateRange;
import cn.investpromo.report.ListedColumns;
import cn.investpromo.report.pdf.Grid.Column;

/**
 * A listing as the PDF prints it: the columns of the model that have a print width, in
 * its order; the text columns left, dates centred, figures right.
 */
final class ListedGrid<T> {

	private final TableContext context;

	private final List<ListedColumn<T>> columns;

	ListedGrid(TableContext context, ListedColumns<T> columns) {
		this.context = context;
		this.columns = columns.printed();
	}

	/** The empty grid, filled by {@link #row} a row at a time. */
	Grid grid() {
		return this.context.grid(true, this.columns.stream().map(this::column).toList());
	}

	void row(Grid grid, T row) {
		boolean english = this.context.labels().english();
		for (ListedColumn<T> column : this.columns) {
			grid.add(text(column, column.value().of(row, english)));
		}
	}

	private Column column(ListedColumn<T> column) {
		String header = this.context.labels().get(column.labelKey());
		int alignment = switch (column.format()) {
			case TEXT, CODE, CODED -> Element.ALIGN_LEFT;
			case LABEL, DATE, DATE_RANGE -> Element.ALIGN_CENTER;
			case AMOUNT_WAN, AMOUNT_USD_WAN, COUNT -> Element.ALIGN_RIGHT;
		};
		// an industry's name is a term: wrapped inside, it reads as two words
		return new Column(header, column.printWidth(), alignment, column.name().startsWith("industry"));
	}

	private String text(ListedColumn<T> column, @Nullable Object value) {
		PdfLabels labels = this.context.labels();
		if (value instanceof Coded coded) {
			value = coded.name();
		}
		if (value instanceof Blanked blanked) {
			return labels.get(blanked.labelKey());
		}
		if (value == null) {
			return switch (column.blank()) {
				case EMPTY -> "";
				case NONE -> labels.get("report.none");
				case UNFILLED, UNFILLED_IN_PRINT -> labels.get("report.unfilled");
			};
		}
		return switch (column.format()) {
			case TEXT, CODE, LABEL, CODED -> value.toString();
			case DATE -> Formats.DATE.format((LocalDate) value);
			case DATE_RANGE -> dates((DateRange) value);
			case AMOUNT_WAN -> Formats.yi((BigDecimal) value);
			case AMOUNT_USD_WAN -> Formats.usdWan((BigDecimal) value);
			case COUNT -> Formats.count(((Number) value).longValue());
		};
	}

	private String dates(DateRange range) {
		return range.oneDay() ? Formats.DATE.format(range.from()) : this.context.labels()
			.pdf("pdf.dateRange", Formats.DATE.format(range.from()), Formats.DATE.format(range.to()));
	}

}
