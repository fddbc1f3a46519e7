package cn.investpromo.ledger;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.investpromo.value.InvalidValueException;
import cn.investpromo.value.LedgerDates;

/**
 * Reads the date of an arrival (SPEC §2.7): a day ({@link LedgerDates}) or a month
 * written as {@code 2019-07}, {@code 2019/7}, {@code 2019.7}, {@code 2019年7月} or
 * {@code 201907}; a month-only arrival is dated the month's first day.
 */
final class ArrivalMonths {

	private static final Pattern MONTH = Pattern.compile("(\\d{4}) ?(?:[-/.年]) ?(\\d{1,2}) ?(?:月份?)?");

	private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})");

	private ArrivalMonths() {
	}

	/** The arrival's date and whether it names only a month. */
	record ArrivalDate(LocalDate date, boolean monthOnly) {
	}

	/**
	 * A 到位日期 cell: a day, else a month (clerks write 2019-07 there too).
	 * @throws InvalidValueException as {@link LedgerDates#parse} when it is neither
	 */
	static ArrivalDate fromDateCell(String text) {
		try {
			return new ArrivalDate(LedgerDates.parse(text), false);
		}
		catch (InvalidValueException ex) {
			return month(text).map((m) -> new ArrivalDate(m.atDay(1), true)).orElseThrow(() -> ex);
		}
	}

	/**
	 * A 到位月份 cell: a month, else a day (an Excel date cell in a month column) read as its
	 * month.
	 * @throws InvalidValueException when it is neither
	 */
	static ArrivalDate fromMonthCell(String text) {
		Optional<YearMonth> month = month(text);
		if (month.isPresent()) {
			return new ArrivalDate(month.get().atDay(1), true);
		}
		return new ArrivalDate(YearMonth.from(LedgerDates.parse(text)).atDay(1), true);
	}

	/** The month the normalised text names, empty when it is not a month. */
	static Optional<YearMonth> month(String text) {
		Matcher m = MONTH.matcher(text);
		if (!m.matches()) {
			m = COMPACT.matcher(text);
			if (!m.matches()) {
				return Optional.empty();
			}
		}
		int year = Integer.parseInt(m.group(1));
		int month = Integer.parseInt(m.group(2));
		if (year < LedgerDates.MIN_YEAR || year > LedgerDates.MAX_YEAR) {
			throw new InvalidValueException("date.yearOutOfRange", LedgerDates.MIN_YEAR, LedgerDates.MAX_YEAR, text);
		}
		try {
			return Optional.of(YearMonth.of(year, month));
		}
		catch (DateTimeException ex) {
			throw new InvalidValueException("date.nonexistent", text);
		}
	}

}
