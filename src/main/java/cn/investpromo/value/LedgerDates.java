package cn.investpromo.value;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import static cn.investpromo.value.DateText.isTime;
import static cn.investpromo.value.DateText.number;
import static cn.investpromo.value.DateText.skipSpace;

/**
 * Reads ledger dates (SPEC §2.4): {@code 2019-07-28}, {@code 2019/7/28},
 * {@code 2019.7.28}, {@code 2019年7月28日}, {@code 20190728}, ISO text with a time part, and
 * Excel serial numbers; years 1990 to 2100 only.
 */
public final class LedgerDates {

	/** The first year a ledger date may have. */
	public static final int MIN_YEAR = 1990;

	/** The last year a ledger date may have. */
	public static final int MAX_YEAR = 2100;

	// Excel's 1900 date system counts a 1900-02-29 that never was; from serial 61
	// (1900-03-01) on, counting from
	// 1899-12-30 absorbs that extra day. Serials below 61 are in 1900 and rejected by the
	// year range anyway.
	private static final LocalDate EXCEL_DAY_ZERO = LocalDate.of(1899, 12, 30);

	private static final int MAX_EXCEL_SERIAL = 2_958_465;

	private LedgerDates() {
	}

	/**
	 * The date the text names.
	 * @throws InvalidValueException when the text is blank, not a date in an accepted
	 * form, not a real date (2019-02-30), or outside the years 1990–2100
	 */
	public static LocalDate parse(@Nullable String text) {
		String s = TextNormalizer.normalize(text);
		if (s.isEmpty()) {
			throw new InvalidValueException("date.blank");
		}
		return parseNormalized(s);
	}

	/**
	 * The date the text names, or empty when the cell is blank (or a placeholder such as
	 * —); see {@link #parse}.
	 */
	public static Optional<LocalDate> parseOptional(@Nullable String text) {
		String s = TextNormalizer.normalize(text);
		return Placeholders.isBlank(s) ? Optional.empty() : Optional.of(parseNormalized(s));
	}

	private static LocalDate parseNormalized(String s) {
		int n = s.length();
		int lead = Amounts.digits(s, 0, n);
		if (lead == n) {
			if (n == 8) {
				return date(number(s, 0, 4), number(s, 4, 6), number(s, 6, 8), s);
			}
			if (n <= 7) {
				return excelSerial(number(s, 0, n), s);
			}
			throw unreadable(s);
		}
		if (lead != 4) {
			// a date-time serial from a numeric cell: 43674.5 is noon of 43674
			if (lead > 0 && lead <= 7 && s.charAt(lead) == '.' && Amounts.digits(s, lead + 1, n) == n - lead - 1
					&& n > lead + 1) {
				return excelSerial(number(s, 0, lead), s);
			}
			throw unreadable(s);
		}
		int year = number(s, 0, 4);
		int afterYear = skipSpace(s, 4);
		if (afterYear < n && s.charAt(afterYear) == '年') {
			return chineseDate(s, year, afterYear + 1);
		}
		char separator = s.charAt(4);
		if (separator != '-' && separator != '/' && separator != '.') {
			throw unreadable(s);
		}
		int i = 5;
		int monthDigits = Amounts.digits(s, i, n);
		if (monthDigits < 1 || monthDigits > 2 || i + monthDigits >= n || s.charAt(i + monthDigits) != separator) {
			throw unreadable(s);
		}
		int month = number(s, i, i + monthDigits);
		i += monthDigits + 1;
		int dayDigits = Amounts.digits(s, i, n);
		if (dayDigits < 1 || dayDigits > 2) {
			throw unreadable(s);
		}
		int day = number(s, i, i + dayDigits);
		i += dayDigits;
		if (i < n && (separator == '.' || !isTime(s, i))) {
			throw unreadable(s);
		}
		return date(year, month, day, s);
	}

	/** 2019年7月28日, 2019年07月28号, 2019 年 7 月 28 日 (spaces already collapsed to one). */
	private static LocalDate chineseDate(String s, int year, int from) {
		int n = s.length();
		int i = skipSpace(s, from);
		int monthDigits = Amounts.digits(s, i, n);
		if (monthDigits < 1 || monthDigits > 2) {
			throw unreadable(s);
		}
		int month = number(s, i, i + monthDigits);
		i = skipSpace(s, i + monthDigits);
		if (i >= n || s.charAt(i) != '月') {
			throw unreadable(s);
		}
		i = skipSpace(s, i + 1);
		int dayDigits = Amounts.digits(s, i, n);
		if (dayDigits < 1 || dayDigits > 2) {
			throw unreadable(s);
		}
		int day = number(s, i, i + dayDigits);
		i = skipSpace(s, i + dayDigits);
		if (i < n && (s.charAt(i) == '日' || s.charAt(i) == '号')) {
			i++;
		}
		if (i != n) {
			throw unreadable(s);
		}
		return date(year, month, day, s);
	}

	private static LocalDate excelSerial(int serial, String s) {
		if (serial < 61 || serial > MAX_EXCEL_SERIAL) {
			throw unreadable(s);
		}
		LocalDate date = EXCEL_DAY_ZERO.plusDays(serial);
		if (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR) {
			// a small number in a date column is not a date a clerk meant, so say
			// "unreadable", not "out of range"
			throw unreadable(s);
		}
		return date;
	}

	private static LocalDate date(int year, int month, int day, String s) {
		if (month < 1 || month > 12 || day < 1 || day > Month.of(month).length(Year.isLeap(year))) {
			throw new InvalidValueException("date.nonexistent", s);
		}
		if (year < MIN_YEAR || year > MAX_YEAR) {
			throw new InvalidValueException("date.yearOutOfRange", MIN_YEAR, MAX_YEAR, s);
		}
		return LocalDate.of(year, month, day);
	}

	private static InvalidValueException unreadable(String s) {
		return new InvalidValueException("date.unreadable", s);
	}

}
