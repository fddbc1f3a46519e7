package cn.investpromo.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import cn.investpromo.report.ListedColumn.Print;

/**
 * The columns of a listing in the workbook's and the JSON's order (issue 20); the PDF
 * prints those with a width, the ones marked {@link Print#LAST} at its right edge.
 */
public record ListedColumns<T>(List<ListedColumn<T>> all) {

	public ListedColumns {
		all = List.copyOf(all);
	}

	/** Columns declared one a line: {@code add} a column, then say how it prints. */
	public static <T> Builder<T> builder() {
		return new Builder<>();
	}

	/** The columns of the workbook and the JSON, in order. */
	public List<ListedColumn<T>> listed() {
		return this.all.stream().filter((column) -> column.print() != Print.ONLY).toList();
	}

	/** The columns the PDF prints, in order. */
	public List<ListedColumn<T>> printed() {
		return this.all.stream()
			.filter((column) -> column.print() != Print.NO)
			.sorted(Comparator.comparing((ListedColumn<T> column) -> column.print() == Print.LAST))
			.toList();
	}

	/** These columns and one more after them (a listing that shows more). */
	public ListedColumns<T> with(ListedColumn<T> column) {
		List<ListedColumn<T>> more = new ArrayList<>(this.all);
		more.add(column);
		return new ListedColumns<>(more);
	}

	/**
	 * Declares columns in order; {@code printed…} and {@code blank} apply to the column
	 * added last.
	 */
	public static final class Builder<T> {

		private final List<ListedColumn<T>> columns = new ArrayList<>();

		private Builder() {
		}

		public Builder<T> add(String name, String labelKey, ListedColumn.Format format, ListedColumn.Value<T> value) {
			this.columns.add(ListedColumn.of(name, labelKey, format, value));
			return this;
		}

		public Builder<T> printed(float width) {
			return last(last().printed(width));
		}

		public Builder<T> printedLast(float width) {
			return last(last().printedLast(width));
		}

		public Builder<T> printedOnly(float width) {
			return last(last().printedOnly(width));
		}

		public Builder<T> blank(ListedColumn.Blank blank) {
			return last(last().blank(blank));
		}

		public ListedColumns<T> build() {
			return new ListedColumns<>(this.columns);
		}

		private ListedColumn<T> last() {
			return this.columns.get(this.columns.size() - 1);
		}

		private Builder<T> last(ListedColumn<T> column) {
			this.columns.set(this.columns.size() - 1, column);
			return this;
		}

	}

}
