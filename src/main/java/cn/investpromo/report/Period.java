package cn.investpromo.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The months a report covers (季报, 半年报, 年报 as well as 月报): a month, a quarter, a half-year
 * or a year, written {@code 2019-07}, {@code 2019-Q3}, {@code 2019-H1} or {@code 2019}.
 *
 * @param first its first month
 * @param last its last month
 */
public record Period(Kind kind, YearMonth first, YearMonth last) {

	/** How long a period is, and how many of it the trend shows. */
	public enum Kind {

		MONTH(1, 13), QUARTER(3, 8), HALF_YEAR(6, 6), YEAR(12, 5);

		private final int months;

		private final int trendLength;

		Kind(int months, int trendLength) {
			this.months = months;
			this.trendLength = trendLength;
		}

		public int months() {
			return this.months;
		}

		/**
		 * The periods of the trend ending with the report's: 13 months, 8 quarters, 6
		 * half-years, 5 years.
		 */
		public int trendLength() {
			return this.trendLength;
		}

		/** The JSON value: month, quarter, half-year or year. */
		public String key() {
			return (this == HALF_YEAR) ? "half-year" : name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	public Period {
		if (first.plusMonths(kind.months - 1).compareTo(last) != 0 || (first.getMonthValue() - 1) % kind.months != 0) {
			throw new IllegalArgumentException("not a " + kind.key() + ": " + first + " to " + last);
		}
	}

	/** The month as a period. */
	public static Period month(YearMonth month) {
		return new Period(Kind.MONTH, month, month);
	}

	/** The period of the given kind that contains the month. */
	public static Period of(Kind kind, YearMonth month) {
		YearMonth first = month.withMonth((month.getMonthValue() - 1) / kind.months * kind.months + 1);
		return new Period(kind, first, first.plusMonths(kind.months - 1));
	}

	/**
	 * The forms a period is written in, each with what it matches once trimmed (the one
	 * grammar of periods: the command line's {@code --period} asks it too).
	 */
	public enum Form {

		/** {@code 2019-07}. */
		MONTH("(\\d{4})-(\\d{1,2})"),
		/** {@code 2019-Q3}, {@code 2019-q3}. */
		QUARTER("(\\d{4})-[Qq](\\d)"),
		/** {@code 2019-H1}, {@code 2019-h1}. */
		HALF_YEAR("(\\d{4})-[Hh](\\d)"),
		/** {@code 2019}. */
		YEAR("(\\d{4})()");

		private final Pattern pattern;

		Form(String regex) {
			this.pattern = Pattern.compile(regex);
		}

		/**
		 * The form {@code text} is written in, whether or not its numbers are in range.
		 */
		public static Optional<Form> of(String text) {
			String trimmed = text.trim();
			return Arrays.stream(values()).filter((form) -> form.pattern.matcher(trimmed).matches()).findFirst();
		}

	}

	/**
	 * Reads {@code 2019-07}, {@code 2019-Q3}, {@code 2019-H1} or {@code 2019}.
	 * @throws IllegalArgumentException saying what is expected
	 */
	public static Period parse(String text) {
		Form form = Form.of(text).orElseThrow(() -> malformed(text));
		Matcher m = form.pattern.matcher(text.trim());
		m.matches();
		int year = Integer.parseInt(m.group(1));
		String number = m.group(2);
		return switch (form) {
			case MONTH -> {
				int month = Integer.parseInt(number);
				if (month < 1 || month > 12 || number.length() != 2) {
					throw malformed(text);
				}
				yield month(YearMonth.of(year, month));
			}
			case QUARTER -> of(Kind.QUARTER, YearMonth.of(year, (inRange(number, 4, text) - 1) * 3 + 1));
			case HALF_YEAR -> of(Kind.HALF_YEAR, YearMonth.of(year, (inRange(number, 2, text) - 1) * 6 + 1));
			case YEAR -> of(Kind.YEAR, YearMonth.of(year, 1));
		};
	}

	private static int inRange(String number, int highest, String text) {
		int value = Integer.parseInt(number);
		if (value < 1 || value > highest) {
			throw malformed(text);
		}
		return value;
	}

	private static IllegalArgumentException malformed(String text) {
		return new IllegalArgumentException(
				"period must look like 2019-07, 2019-Q3, 2019-H1 or 2019, not '" + text + "'");
	}

	/**
	 * As {@link #parse} reads it: {@code 2019-07}, {@code 2019-Q3}, {@code 2019-H1},
	 * {@code 2019}.
	 */
	public String label() {
		int year = this.first.getYear();
		int index = (this.first.getMonthValue() - 1) / this.kind.months + 1;
		return switch (this.kind) {
			case MONTH -> this.first.toString();
			case QUARTER -> year + "-Q" + index;
			case HALF_YEAR -> year + "-H" + index;
			case YEAR -> String.valueOf(year);
		};
	}

	/** Its number within the year: the month, quarter or half-year (1 for a year). */
	public int index() {
		return (this.first.getMonthValue() - 1) / this.kind.months + 1;
	}

	public int year() {
		return this.first.getYear();
	}

	public LocalDate from() {
		return this.first.atDay(1);
	}

	public LocalDate to() {
		return this.last.atEndOfMonth();
	}

	/**
	 * The first day of the 12 months that end with the period: the window of landing
	 * progress and follow-through.
	 */
	public LocalDate twelveMonthsFrom() {
		return this.last.minusMonths(11).atDay(1);
	}

	/** The period of the same kind {@code n} periods later (earlier for negative n). */
	public Period plus(int n) {
		return new Period(this.kind, this.first.plusMonths((long) n * this.kind.months),
				this.last.plusMonths((long) n * this.kind.months));
	}

	public Period previous() {
		return plus(-1);
	}

	public Period sameLastYear() {
		return new Period(this.kind, this.first.minusYears(1), this.last.minusYears(1));
	}

	/** The months from January to the period's last month. */
	public List<YearMonth> yearToDate() {
		return months(this.last.withMonth(1), this.last);
	}

	/** The periods of the trend, oldest first, ending with this one. */
	public List<Period> trend() {
		List<Period> periods = new ArrayList<>();
		for (int i = this.kind.trendLength - 1; i >= 0; i--) {
			periods.add(plus(-i));
		}
		return List.copyOf(periods);
	}

	/** Its months, first to last. */
	public List<YearMonth> months() {
		return months(this.first, this.last);
	}

	static List<YearMonth> months(YearMonth from, YearMonth to) {
		List<YearMonth> months = new ArrayList<>();
		for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
			months.add(m);
		}
		return months;
	}

	@Override
	public String toString() {
		return label();
	}

}
