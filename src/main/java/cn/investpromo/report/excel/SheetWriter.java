package cn.investpromo.report.excel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.jspecify.annotations.Nullable;

import cn.investpromo.report.Comparison;
import cn.investpromo.report.Money;
import cn.investpromo.report.ReportLabels;

/**
 * Writes the cells of one sheet with the workbook's {@link Styles} and keeps the column
 * widths: every value is measured before the rows are written, because streamed rows
 * cannot be revisited to fit their height.
 */
final class SheetWriter {

	/** Widest a column gets, in character units; longer text wraps. */
	static final int MAX_UNITS = 42;

	/** Widest a header may make a column; longer headers wrap instead. */
	static final int HEADER_UNITS = 14;

	/**
	 * Narrowest a column of wrapping text gets when the sheet must shrink to print: five
	 * CJK characters a line.
	 */
	static final int TEXT_MIN_UNITS = 10;

	/** Narrowest a wrapping header may make its column: four CJK characters a line. */
	private static final int HEADER_MIN_UNITS = 8;

	private static final int MIN_UNITS = 6;

	private static final int PADDING = 3;

	private final Sheet sheet;

	private final Styles styles;

	private final ReportLabels labels;

	// per column: widest value that cannot wrap, widest text that wraps, header, the
	// header's widest unbreakable piece
	private int[] units = new int[0];

	private int[] textUnits = new int[0];

	private int[] headerUnits = new int[0];

	private int[] headerMinUnits = new int[0];

	/**
	 * Columns kept in the sheet but not printed (codes and ids), hidden in a collapsed
	 * outline group.
	 */
	private final BitSet notPrinted = new BitSet();

	private int @Nullable [] widths;

	SheetWriter(Sheet sheet, Styles styles, ReportLabels labels) {
		this.sheet = sheet;
		this.styles = styles;
		this.labels = labels;
	}

	Sheet sheet() {
		return this.sheet;
	}

	Styles styles() {
		return this.styles;
	}

	ReportLabels labels() {
		return this.labels;
	}

	// measuring: call before applyWidths()

	/** A value that stays on one line (a figure, a date, a label). */
	void measure(int column, String text) {
		measureUnits(column, TextWidth.units(text));
	}

	/**
	 * Text that wraps in its column when the column is capped or the sheet must shrink to
	 * print.
	 */
	void measureText(int column, String text) {
		grow(column);
		this.textUnits[column] = Math.max(this.textUnits[column], TextWidth.units(text));
	}

	void measureHeader(int column, String text) {
		grow(column);
		this.headerUnits[column] = Math.max(this.headerUnits[column], TextWidth.units(text));
		this.headerMinUnits[column] = Math.max(this.headerMinUnits[column],
				TextWidth.unbreakable(text, HEADER_MIN_UNITS));
	}

	void measureUnits(int column, int width) {
		grow(column);
		this.units[column] = Math.max(this.units[column], width);
	}

	/**
	 * Keeps {@code column} in the sheet but out of print: a code or id a clerk may need,
	 * a reader does not.
	 */
	void notPrinted(int column) {
		this.notPrinted.set(column);
	}

	private void grow(int column) {
		if (column >= this.units.length) {
			this.units = Arrays.copyOf(this.units, column + 1);
			this.textUnits = Arrays.copyOf(this.textUnits, column + 1);
			this.headerUnits = Arrays.copyOf(this.headerUnits, column + 1);
			this.headerMinUnits = Arrays.copyOf(this.headerMinUnits, column + 1);
		}
	}

	/**
	 * Sets every measured column's width: its widest value plus padding, capped at
	 * {@link #MAX_UNITS}; when the printed columns would be wider than A4 landscape holds
	 * at 75 % ({@link SheetSetup#PRINTABLE_UNITS}), the columns whose text or header
	 * wraps give up room, each in proportion to what it can spare, down to their
	 * narrowest.
	 */
	void applyWidths() {
		int count = this.units.length;
		int[] preferred = new int[count];
		int[] narrowest = new int[count];
		int preferredSum = 0;
		int narrowestSum = 0;
		for (int column = 0; column < count; column++) {
			preferred[column] = preferred(column);
			narrowest[column] = narrowest(column, preferred[column]);
			if (!this.notPrinted.get(column)) {
				preferredSum += preferred[column];
				narrowestSum += narrowest[column];
			}
		}
		int[] chosen = preferred.clone();
		if (preferredSum > SheetSetup.PRINTABLE_UNITS && preferredSum > narrowestSum) {
			chosen = new WrapShares(this.textUnits, this.headerUnits, this.notPrinted).share(preferred, narrowest,
					SheetSetup.PRINTABLE_UNITS - narrowestSum);
		}
		this.widths = chosen;
		for (int column = 0; column < count; column++) {
			this.sheet.setColumnWidth(column, chosen[column] * 256);
		}
		for (int column = this.notPrinted.nextSetBit(0); column >= 0; column = this.notPrinted.nextSetBit(column + 1)) {
			// an outline group a clerk opens with its "+" button; hidden columns are not
			// printed
			this.sheet.groupColumn(column, column);
			this.sheet.setColumnHidden(column, true);
		}
	}

	private int preferred(int column) {
		int fitted = Math.max(this.units[column], Math.max(Math.min(MAX_UNITS, this.textUnits[column]),
				Math.min(HEADER_UNITS, this.headerUnits[column])));
		return Math.min(MAX_UNITS, Math.max(MIN_UNITS, fitted + PADDING));
	}

	private int narrowest(int column, int preferred) {
		int fitted = Math.max(this.units[column],
				Math.max(Math.min(TEXT_MIN_UNITS, this.textUnits[column]), this.headerMinUnits[column]));
		// at its narrowest a column keeps one unit of padding
		return Math.min(preferred, Math.max(MIN_UNITS, fitted + 1));
	}

	/** The width of a column in character units, as {@link #applyWidths()} sets it. */
	int width(int column) {
		if (this.widths != null && column < this.widths.length) {
			return this.widths[column];
		}
		return (column < this.units.length) ? preferred(column) : MIN_UNITS;
	}

	/**
	 * Makes the row tall enough for {@code text} wrapped over columns
	 * {@code first..last}.
	 */
	void fitHeight(Row row, String text, int first, int last) {
		int columnUnits = 0;
		for (int column = first; column <= last; column++) {
			columnUnits += width(column);
		}
		int lines = TextWidth.lines(text, columnUnits);
		float points = lines * TextWidth.LINE_POINTS + 4;
		if (lines > 1 && points > row.getHeightInPoints()) {
			row.setHeightInPoints(points);
		}
	}

	// cells

	Row row(int index) {
		Row row = this.sheet.getRow(index);
		return (row != null) ? row : this.sheet.createRow(index);
	}

	/**
	 * Any text, written as a string value; text that looks like a formula gets a
	 * quote-prefixed style.
	 */
	Cell text(Row row, int column, @Nullable String value, CellStyle style) {
		Cell cell = row.createCell(column);
		if (value == null) {
			cell.setCellStyle(style);
			return cell;
		}
		// Excel holds 32,767 characters a cell; the import stores no longer text, this
		// guards a composed one
		String text = (value.length() <= 32_767) ? value : value.substring(0, 32_766) + "…";
		cell.setCellValue(text);
		cell.setCellStyle(this.styles.textStyle(style, text));
		return cell;
	}

	/** Table text that wraps when its column is capped; the row grows to show it. */
	Cell wrapped(Row row, int column, @Nullable String value) {
		Cell cell = text(row, column, value, this.styles.wrap);
		if (value != null) {
			fitHeight(row, value, column, column);
		}
		return cell;
	}

	Cell header(Row row, int column, String value) {
		String shown = TextWidth.unitOnOwnLine(value, width(column));
		Cell cell = text(row, column, shown, this.styles.header);
		fitHeight(row, shown, column, column);
		return cell;
	}

	Cell integer(Row row, int column, @Nullable Number value) {
		Cell cell = row.createCell(column);
		cell.setCellStyle(this.styles.integer);
		if (value != null) {
			cell.setCellValue(value.doubleValue());
		}
		return cell;
	}

	/** An amount kept in 万元, shown in 亿元; blank when unknown. */
	Cell amountWan(Row row, int column, @Nullable BigDecimal wan) {
		Cell cell = row.createCell(column);
		cell.setCellStyle(this.styles.amount);
		if (wan != null) {
			cell.setCellValue(Money.toYi(wan).doubleValue());
		}
		return cell;
	}

	/** An amount in 万美元, shown as it stands (SPEC §2.9); blank when unknown. */
	Cell usdWan(Row row, int column, @Nullable BigDecimal usdWan) {
		Cell cell = row.createCell(column);
		cell.setCellStyle(this.styles.amount);
		if (usdWan != null) {
			cell.setCellValue(usdWan.doubleValue());
		}
		return cell;
	}

	/**
	 * A percentage given in percent (340.5), stored as the fraction Excel formats
	 * (3.405).
	 */
	Cell percent(Row row, int column, BigDecimal percent, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellStyle(style);
		cell.setCellValue(percent.movePointLeft(2).doubleValue());
		return cell;
	}

	/** A change in percent, or "—" when it is against zero. */
	Cell change(Row row, int column, Optional<BigDecimal> percent) {
		return percentOrNone(row, column, percent, this.styles.change, this.styles.centered);
	}

	/**
	 * A percentage in {@code style}, or "—" in {@code noneStyle} when the model has none
	 * (a rate against zero).
	 */
	Cell percentOrNone(Row row, int column, Optional<BigDecimal> percent, CellStyle style, CellStyle noneStyle) {
		if (percent.isPresent()) {
			return percent(row, column, percent.get(), style);
		}
		return text(row, column, this.labels.get("report.none"), noneStyle);
	}

	/** Percentage points (completion against 序时进度), signed. */
	Cell points(Row row, int column, BigDecimal points) {
		Cell cell = row.createCell(column);
		cell.setCellStyle(this.styles.points);
		cell.setCellValue(points.doubleValue());
		return cell;
	}

	/**
	 * The comparisons of SPEC §5 from {@code first} on: month, previous month, change,
	 * same month last year, change, year to date, last year's, change.
	 */
	void comparison(Row row, int first, Comparison values, boolean amount) {
		knownFigure(row, first, values.month(), amount);
		knownFigure(row, first + 1, values.previousMonth(), amount);
		change(row, first + 2, values.monthOnMonthPercent());
		knownFigure(row, first + 3, values.sameMonthLastYear(), amount);
		change(row, first + 4, values.yearOnYearPercent());
		knownFigure(row, first + 5, values.ytd(), amount);
		knownFigure(row, first + 6, values.ytdLastYear(), amount);
		change(row, first + 7, values.ytdPercent());
	}

	/**
	 * A figure of the comparisons, or "—" where it is unknown (items there, none giving
	 * the value).
	 */
	private Cell knownFigure(Row row, int column, @Nullable BigDecimal value, boolean amount) {
		if (value == null) {
			return text(row, column, this.labels.get("report.none"), this.styles.centered);
		}
		return figure(row, column, value, amount);
	}

	/** An amount in 万元 (shown in 亿元) or a count. */
	Cell figure(Row row, int column, @Nullable BigDecimal value, boolean amount) {
		return amount ? amountWan(row, column, value) : integer(row, column, value);
	}

	/**
	 * A sentence under a table, merged across {@code columns} columns and wrapped; the
	 * row grows to show it.
	 */
	void note(int rowIndex, String value, int columns) {
		Row row = row(rowIndex);
		text(row, 0, value, this.styles.note);
		if (columns > 1) {
			this.sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, 0, columns - 1));
		}
		fitHeight(row, value, 0, columns - 1);
	}

	Cell date(Row row, int column, @Nullable LocalDate value) {
		Cell cell = row.createCell(column);
		cell.setCellStyle(this.styles.date);
		if (value != null) {
			cell.setCellValue(value);
		}
		return cell;
	}

	/** A live total: SUM over a range of our own cells (never built from ledger text). */
	Cell sum(Row row, int column, CellRangeAddress range, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellStyle(style);
		cell.setCellFormula("SUM(" + range.formatAsString() + ")");
		return cell;
	}

	/** A title merged across {@code columns} columns. */
	void title(int rowIndex, String value, int columns) {
		Row row = row(rowIndex);
		row.setHeightInPoints(28);
		text(row, 0, value, this.styles.title);
		if (columns > 1) {
			this.sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, 0, columns - 1));
		}
	}

	static String formatAmountYi(@Nullable BigDecimal wan) {
		return (wan != null) ? String.format("%,.2f", Money.toYi(wan)) : "";
	}

	static String formatInteger(@Nullable Number value) {
		return (value != null) ? String.format("%,d", value.longValue()) : "";
	}

}
