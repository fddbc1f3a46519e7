package cn.investpromo.report;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One column of a listing (issue 20): its JSON name, its header's label key, how its
 * value is read from a row and written, and whether the PDF prints it. The workbook, the
 * PDF and the JSON walk a listing's {@link ListedColumns} instead of naming its columns,
 * as they walk the KPIs.
 *
 * @param name the field's name in the JSON (SPEC §5.1)
 * @param labelKey the header's key in {@code report/labels*.properties} (a {@code pdf.}
 * key names the PDF's own bundle)
 * @param format how a value is written
 * @param blank what stands where a row has no value
 * @param value a row's value, of the type its format names
 * @param print whether and where the PDF prints the column
 * @param printWidth the column's designed width in the PDF, in points of the 481 pt text
 * width: its share of the room a table has to spare; 0 when it is not printed
 */
public record ListedColumn<T>(String name, String labelKey, Format format, Blank blank, Value<T> value, Print print,
		float printWidth) {

	/**
	 * A column of the workbook and the JSON, not printed: widen it with
	 * {@link #printed(float)}.
	 */
	public static <T> ListedColumn<T> of(String name, String labelKey, Format format, Value<T> value) {
		return new ListedColumn<>(name, labelKey, format, Blank.EMPTY, value, Print.NO, 0);
	}

	/** The same column, printed in its declared place with this designed width. */
	public ListedColumn<T> printed(float width) {
		return new ListedColumn<>(this.name, this.labelKey, this.format, this.blank, this.value, Print.IN_PLACE, width);
	}

	/** The same column, printed at the table's right edge with this designed width. */
	public ListedColumn<T> printedLast(float width) {
		return new ListedColumn<>(this.name, this.labelKey, this.format, this.blank, this.value, Print.LAST, width);
	}

	/**
	 * The same column printed only: a form of values the workbook and the JSON give in
	 * other columns.
	 */
	public ListedColumn<T> printedOnly(float width) {
		return new ListedColumn<>(this.name, this.labelKey, this.format, this.blank, this.value, Print.ONLY, width);
	}

	/** The same column with {@code blank} where a row has no value. */
	public ListedColumn<T> blank(Blank blank) {
		return new ListedColumn<>(this.name, this.labelKey, this.format, blank, this.value, this.print,
				this.printWidth);
	}

	/** A row's value; labels (a status, a type) in the report's language. */
	@FunctionalInterface
	public interface Value<T> {

		@Nullable Object of(T row, boolean english);

	}

	/** How a value is written. */
	public enum Format {

		/** A {@code String}; wraps in the workbook. */
		TEXT,
		/**
		 * A code or id {@code String}: in the workbook for a clerk, out of its print
		 * area.
		 */
		CODE,
		/** A short label {@code String} such as a status, centred. */
		LABEL,
		/**
		 * A {@link Coded} name: its name in the workbook and the PDF, both in the JSON.
		 */
		CODED,
		/** A {@link LocalDate}, {@code yyyy-mm-dd}. */
		DATE,
		/** A {@link DateRange}: one date when it is one day, else "from 至 to". */
		DATE_RANGE,
		/**
		 * An amount in 万元 ({@code BigDecimal}): shown in 亿元, a decimal string in 万元 in
		 * the JSON.
		 */
		AMOUNT_WAN,
		/**
		 * An amount in 万美元 ({@code BigDecimal}, SPEC §2.9): shown as it stands, two
		 * decimals, a decimal string in the JSON.
		 */
		AMOUNT_USD_WAN,
		/** A count ({@code Integer} or {@code Long}). */
		COUNT

	}

	/** What stands where a row has no value. */
	public enum Blank {

		/** Nothing: an empty cell, {@code null} in the JSON. */
		EMPTY,
		/**
		 * "—" in the PDF, where nothing applies (a project without a second level); an
		 * empty cell in the workbook.
		 */
		NONE,
		/**
		 * 未填 in the workbook and the PDF, where the ledger left a figure blank: never a
		 * zero.
		 */
		UNFILLED,
		/**
		 * 未填 in the PDF; an empty cell in the workbook, whose sums and filters skip it.
		 */
		UNFILLED_IN_PRINT

	}

	/**
	 * Whether and where the PDF prints a column; it has room for fewer than the sheet.
	 */
	public enum Print {

		/** In the workbook and the JSON only. */
		NO,
		/** Also in the PDF, in its declared place. */
		IN_PLACE,
		/** Also in the PDF, at the table's right edge. */
		LAST,
		/** In the PDF only. */
		ONLY

	}

	/**
	 * A name and its code, such as a sub-industry.
	 *
	 * @param name the name in the report language, null when it has none
	 */
	public record Coded(String code, @Nullable String name) {

		/** The pair, or null without a code. */
		public static @Nullable Coded of(@Nullable String code, @Nullable String name) {
			return (code != null) ? new Coded(code, name) : null;
		}

	}

	/**
	 * A row's value that is blank for a reason of its own, said by the label under
	 * {@code labelKey} instead of the column's {@link Blank}: a 战略合作协议 sets no amount, it
	 * is not 未填 (issue 22); {@code null} in the JSON.
	 */
	public record Blanked(String labelKey) {

		/** The amount of an agreement whose type sets none: 未约定. */
		public static final Blanked UNAGREED = new Blanked("report.unagreed");

	}

	/** The days of an event, first and last. */
	public record DateRange(LocalDate from, LocalDate to) {

		public boolean oneDay() {
			return this.from.equals(this.to);
		}

		/** ISO 8601: the day, or {@code from/to}. */
		@Override
		public String toString() {
			return oneDay() ? this.from.toString() : this.from + "/" + this.to;
		}

	}

}
