package cn.investpromo.report.excel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.jspecify.annotations.Nullable;

import cn.investpromo.store.Rows;

/**
 * A plain table of model rows: a header row, one row per item, and optionally a totals
 * row of SUM formulas over the integer and amount columns. Measured before it is written,
 * so it can be streamed: a short table in full, a long list by its first
 * {@value #MEASURED} rows, the rest read from the database as they are written.
 */
final class Table<T> {

	/** How a column's values are written. */
	enum Kind {

		/** Text (wraps when the column is capped). */
		TEXT,
		/** A short label such as a schedule, centred. */
		LABEL,
		/** A count, {@code #,##0}. */
		INTEGER,
		/** An amount in 万元 shown in 亿元, {@code #,##0.00}; blank when null. */
		AMOUNT_WAN,
		/** An amount in 万美元 shown as it stands, {@code #,##0.00}; blank when null. */
		USD_WAN,
		/** A share given in percent, shown as {@code 0.0%}. */
		SHARE,
		/**
		 * An {@code Optional} share or rate in percent, shown as {@code 0.0%}, or "—"
		 * when empty.
		 */
		RATE,
		/**
		 * An {@code Optional} change in percent, shown as {@code +0.0%}, or "—" when
		 * empty (against zero).
		 */
		CHANGE,
		/** Percentage points, signed. */
		POINTS,
		/** A {@link Figure}: a count or an amount, row by row. */
		FIGURE,
		/** A date, {@code yyyy-mm-dd}. */
		DATE

	}

	/**
	 * A count or amount the ledgers left blank, written as its text (未填 for one item, "—"
	 * for a group none of whose items gives it), centred: never a zero, and skipped by
	 * the totals' SUM.
	 */
	record Blank(String text) {
	}

	/**
	 * A value that is a count in some rows and an amount in 万元 (shown in 亿元) in others.
	 */
	record Figure(BigDecimal value, boolean amount) {
	}

	/**
	 * One column: its header, how it is written, how to get its value from a row, and
	 * whether it prints.
	 */
	record Column<T>(String header, Kind kind, Function<T, @Nullable Object> value, boolean printed) {
	}

	/**
	 * Where a written table landed: rows are 0-based sheet rows;
	 * {@code lastDataRow < firstDataRow} when empty.
	 */
	record Placement(int headerRow, int firstDataRow, int lastDataRow, int nextRow) {

		boolean empty() {
			return this.lastDataRow < this.firstDataRow;
		}

	}

	/**
	 * The rows of a long list whose values set the column widths; later ones wrap within
	 * them.
	 */
	static final int MEASURED = 500;

	private final List<Column<T>> columns = new ArrayList<>();

	private final Rows<T> rows;

	private final boolean totals;

	/** A totals row the model computed, written instead of SUM formulas. */
	private final @Nullable T totalRow;

	/** Rows among the data that are subtotals, written in the totals row's style. */
	private Predicate<T> subtotal = (row) -> false;

	private Table(Rows<T> rows, boolean totals, @Nullable T totalRow) {
		this.rows = rows;
		this.totals = totals;
		this.totalRow = totalRow;
	}

	static <T> Table<T> of(List<T> rows) {
		return of(Rows.of(rows));
	}

	/** A list read as it is written. */
	static <T> Table<T> of(Rows<T> rows) {
		return new Table<>(rows, false, null);
	}

	static <T> Table<T> withTotals(List<T> rows) {
		return new Table<>(Rows.of(rows), true, null);
	}

	/**
	 * A table whose totals row is the model's own {@code total} (shares and rates cannot
	 * be summed); its first column reads 合计.
	 */
	static <T> Table<T> withTotalRow(List<T> rows, T total) {
		return new Table<>(Rows.of(rows), false, total);
	}

	Table<T> column(String header, Kind kind, Function<T, @Nullable Object> value) {
		this.columns.add(new Column<>(header, kind, value, true));
		return this;
	}

	/**
	 * A code or id column (region code, industry code, ledger id): kept in the sheet for
	 * a clerk, out of print, where it would only make the other columns smaller.
	 */
	Table<T> codeColumn(String header, Function<T, @Nullable Object> value) {
		this.columns.add(new Column<>(header, Kind.TEXT, value, false));
		return this;
	}

	/**
	 * Marks the data rows that are subtotals (of the rows above them), shown like a
	 * totals row.
	 */
	Table<T> subtotals(Predicate<T> subtotal) {
		this.subtotal = subtotal;
		return this;
	}

	int width() {
		return this.columns.size();
	}

	/**
	 * Measures the header and the values (of the first {@value #MEASURED} rows) into the
	 * writer's column widths.
	 */
	void measure(SheetWriter writer, int firstColumn) {
		List<T> measured = this.rows.first(MEASURED);
		for (int c = 0; c < this.columns.size(); c++) {
			Column<T> column = this.columns.get(c);
			int at = firstColumn + c;
			writer.measureHeader(at, column.header());
			if (!column.printed()) {
				writer.notPrinted(at);
			}
			for (T item : measured) {
				String shown = display(column, column.value().apply(item));
				if (column.kind() == Kind.TEXT) {
					writer.measureText(at, shown);
				}
				else {
					writer.measure(at, shown);
				}
			}
		}
		if (this.totalRow != null) {
			for (int c = 1; c < this.columns.size(); c++) {
				Column<T> column = this.columns.get(c);
				writer.measure(firstColumn + c, display(column, column.value().apply(this.totalRow)));
			}
		}
		if ((this.totals || this.totalRow != null) && !this.columns.isEmpty()) {
			writer.measure(firstColumn, writer.labels().get("report.total"));
		}
		if (this.rows.isEmpty()) {
			writer.measure(firstColumn, writer.labels().get("report.noData"));
		}
	}

	/**
	 * Writes the table with its header at {@code headerRow}; widths must have been
	 * applied.
	 */
	Placement write(SheetWriter writer, int headerRow, int firstColumn) {
		Row header = writer.row(headerRow);
		for (int c = 0; c < this.columns.size(); c++) {
			writer.header(header, firstColumn + c, this.columns.get(c).header());
		}
		int rowIndex = headerRow + 1;
		if (this.rows.isEmpty() && this.totalRow != null) {
			// the model's total stands alone (e.g. funds not split by source)
			writeTotalRow(writer, writer.row(rowIndex), firstColumn, this.totalRow, true);
			return new Placement(headerRow, headerRow + 1, headerRow, rowIndex + 1);
		}
		if (this.rows.isEmpty()) {
			Row row = writer.row(rowIndex);
			writer.text(row, firstColumn, writer.labels().get("report.noData"), writer.styles().text);
			return new Placement(headerRow, headerRow + 1, headerRow, rowIndex + 1);
		}
		int[] next = { rowIndex };
		this.rows.forEach((item) -> {
			Row row = writer.row(next[0]++);
			if (this.subtotal.test(item)) {
				writeTotalRow(writer, row, firstColumn, item, false);
				return;
			}
			for (int c = 0; c < this.columns.size(); c++) {
				Column<T> column = this.columns.get(c);
				cell(writer, row, firstColumn + c, column.kind(), column.value().apply(item));
			}
		});
		rowIndex = next[0];
		int lastDataRow = rowIndex - 1;
		if (this.totals) {
			writeTotals(writer, writer.row(rowIndex++), headerRow + 1, lastDataRow, firstColumn);
		}
		else if (this.totalRow != null) {
			writeTotalRow(writer, writer.row(rowIndex++), firstColumn, this.totalRow, true);
		}
		return new Placement(headerRow, headerRow + 1, lastDataRow, rowIndex);
	}

	/**
	 * A row in the totals style; its first column reads 合计 when {@code labelled}, else
	 * the row's own value.
	 */
	private void writeTotalRow(SheetWriter writer, Row row, int firstColumn, T item, boolean labelled) {
		Styles styles = writer.styles();
		for (int c = 0; c < this.columns.size(); c++) {
			int at = firstColumn + c;
			Column<T> column = this.columns.get(c);
			@Nullable Object value = (c == 0 && labelled) ? writer.labels().get("report.total") : column.value().apply(item);
			if (value == null) {
				writer.text(row, at, null, styles.totalLabel);
				continue;
			}
			if (value instanceof Blank blank) {
				writer.text(row, at, blank.text(), styles.totalCentered);
				continue;
			}
			switch (column.kind()) {
				case INTEGER -> writer.integer(row, at, (Number) value).setCellStyle(styles.totalInteger);
				case AMOUNT_WAN -> writer.amountWan(row, at, (BigDecimal) value).setCellStyle(styles.totalAmount);
				case USD_WAN -> writer.usdWan(row, at, (BigDecimal) value).setCellStyle(styles.totalAmount);
				case SHARE -> writer.percent(row, at, (BigDecimal) value, styles.totalShare);
				case RATE, CHANGE ->
					writer.percentOrNone(row, at, optional(value), styles.totalShare, styles.totalCentered);
				// the label; other text (a code, a name) has no total, but a subtotal row
				// shows its own
				default -> writer.text(row, at, (c == 0 || !labelled) ? value.toString() : null, styles.totalLabel);
			}
		}
	}

	private void writeTotals(SheetWriter writer, Row row, int first, int last, int firstColumn) {
		Styles styles = writer.styles();
		// a table with totals is a breakdown, a few rows in memory (withTotals takes a
		// list)
		List<T> items = this.rows.first(Integer.MAX_VALUE);
		for (int c = 0; c < this.columns.size(); c++) {
			int at = firstColumn + c;
			CellRangeAddress above = new CellRangeAddress(first, last, at, at);
			Column<T> column = this.columns.get(c);
			if (items.stream().allMatch((item) -> column.value().apply(item) instanceof Blank)) {
				// no row knows the figure: the total is unknown too, not a SUM of nothing
				writer.text(row, at, ((Blank) column.value().apply(items.get(0))).text(), styles.totalCentered);
				continue;
			}
			switch (column.kind()) {
				case INTEGER -> writer.sum(row, at, above, styles.totalInteger);
				case AMOUNT_WAN, USD_WAN -> writer.sum(row, at, above, styles.totalAmount);
				default ->
					writer.text(row, at, (c == 0) ? writer.labels().get("report.total") : null, styles.totalLabel);
			}
		}
	}

	private static void cell(SheetWriter writer, Row row, int column, Kind kind, @Nullable Object value) {
		if (value instanceof Blank blank) {
			writer.text(row, column, blank.text(), writer.styles().centered);
			return;
		}
		switch (kind) {
			case TEXT -> writer.wrapped(row, column, (value != null) ? value.toString() : null);
			case LABEL -> writer.text(row, column, (value != null) ? value.toString() : null, writer.styles().centered);
			case INTEGER -> writer.integer(row, column, (Number) value);
			case AMOUNT_WAN -> writer.amountWan(row, column, (BigDecimal) value);
			case USD_WAN -> writer.usdWan(row, column, (BigDecimal) value);
			case SHARE -> {
				if (value != null) {
					writer.percent(row, column, (BigDecimal) value, writer.styles().share);
				}
				else {
					writer.text(row, column, null, writer.styles().text);
				}
			}
			case DATE -> writer.date(row, column, (LocalDate) value);
			case RATE ->
				writer.percentOrNone(row, column, optional(value), writer.styles().share, writer.styles().centered);
			case CHANGE -> writer.change(row, column, optional(value));
			case POINTS -> writer.points(row, column, (BigDecimal) Objects.requireNonNull(value));
			case FIGURE -> {
				Figure figure = (Figure) value;
				writer.figure(row, column, (figure != null) ? figure.value() : null, figure != null && figure.amount());
			}
		}
	}

	@SuppressWarnings("unchecked")
	private static Optional<BigDecimal> optional(@Nullable Object value) {
		return (value != null) ? (Optional<BigDecimal>) value : Optional.empty();
	}

	/**
	 * The value as it will look, for measuring only; shares and dates have a fixed width.
	 */
	private static String display(Column<?> column, @Nullable Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Blank blank) {
			return blank.text();
		}
		return switch (column.kind()) {
			case TEXT, LABEL -> value.toString();
			case INTEGER -> SheetWriter.formatInteger((Number) value);
			case AMOUNT_WAN -> SheetWriter.formatAmountYi((BigDecimal) value);
			case USD_WAN -> SheetWriter.formatAmountYi(((BigDecimal) value).scaleByPowerOfTen(4));
			case SHARE, RATE -> "100.0%";
			case CHANGE -> "+100.0%";
			case POINTS -> "+100.0";
			case DATE -> "2000-00-00";
			case FIGURE -> ((Figure) value).amount() ? SheetWriter.formatAmountYi(((Figure) value).value())
					: SheetWriter.formatInteger(((Figure) value).value());
		};
	}

}
