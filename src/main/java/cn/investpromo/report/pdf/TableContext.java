package cn.investpromo.report.pdf;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

import cn.investpromo.report.pdf.Grid.Column;

/**
 * What every table of the PDF is laid out with: its type, its labels and columns headed
 * by label key; built once per document and handed to each kind of table.
 */
final class TableContext {

	private final Typography type;

	private final PdfLabels labels;

	TableContext(Typography type, PdfLabels labels) {
		this.type = type;
		this.labels = labels;
	}

	PdfLabels labels() {
		return this.labels;
	}

	/**
	 * An empty grid of these columns; a compact one in the smaller type of wide lists.
	 */
	Grid grid(boolean compact, Column... columns) {
		return grid(compact, List.of(columns));
	}

	Grid grid(boolean compact, List<Column> columns) {
		return new Grid(this.type, List.copyOf(columns), compact);
	}

	Column text(String key, float width) {
		return Column.text(this.labels.get(key), width);
	}

	/** A column of short terms, each kept on one line (see {@link Column#term}). */
	Column term(String key, float width) {
		return Column.term(this.labels.get(key), width);
	}

	Column number(String key, float width) {
		return Column.number(this.labels.get(key), width);
	}

	Column centre(String key, float width) {
		return Column.centre(this.labels.get(key), width);
	}

	/** A count or an amount (in 万元, shown in 亿元). */
	static String figure(boolean amount, BigDecimal value) {
		return amount ? Formats.yi(value) : Formats.count(value);
	}

	/**
	 * {@link #figure(boolean, BigDecimal)} of a figure that may be unknown: {@code none}
	 * where it is.
	 */
	static String figure(boolean amount, @Nullable BigDecimal value, String none) {
		return amount ? Formats.yi(value, none) : Formats.count(value, none);
	}

}
