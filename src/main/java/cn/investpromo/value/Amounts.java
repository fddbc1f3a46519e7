package cn.investpromo.value;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Reads amounts (SPEC §2.4) into 万元, exactly: a plain number takes its column's unit and
 * its row's currency; text such as {@code 1.5亿}, {@code 5,000万元}, {@code 约3000万美元},
 * {@code 人民币2亿元} or {@code USD 5 million} carries its own unit and currency, which win.
 */
public final class Amounts {

	/**
	 * Results carry at most six decimals of 万元 (0.01 yuan); finer digits only come from
	 * exchange rates.
	 */
	public static final int MAX_SCALE = 6;

	private static final int MAX_LENGTH = 64;

	// words around a number that say it is approximate; the number is taken as it stands
	private static final String[] PREFIXES = { "大约", "约合", "约为", "约", "≈", "~", "近", "超过", "超", "逾", "达", "共计", "合计",
			"总计" };

	private static final String[] SUFFIXES = { "左右", "以上", "上下", "+" };

	private Amounts() {
	}

	/**
	 * The amount in 万元, or empty when the cell is blank (or a placeholder such as 待定 or
	 * —).
	 * @param text the cell text (a numeric cell as plain decimal text)
	 * @param columnUnit the unit of the column, from its header
	 * @param rowCurrency the row's 币种 cell as written (blank means CNY)
	 * @param rates the exchange rates for foreign currencies
	 * @throws InvalidValueException when the text is not an amount, is negative, uses a
	 * comma as decimal mark, names an unknown currency, or names a currency that
	 * contradicts the column's
	 */
	public static Optional<BigDecimal> parseWan(@Nullable String text, AmountUnit columnUnit,
			@Nullable String rowCurrency, FxRates rates) {
		String s = TextNormalizer.normalize(text);
		if (Placeholders.isBlank(s)) {
			return Optional.empty();
		}
		BigDecimal plain = plainNumber(s);
		if (plain != null) {
			String currency = contextCurrency(columnUnit, rowCurrency, s);
			return Optional.of(toWan(plain, columnUnit.wanPerUnit(), currency, rates));
		}
		return Optional.of(parseText(s, columnUnit, rowCurrency, rates));
	}

	private static BigDecimal parseText(String s, AmountUnit columnUnit, @Nullable String rowCurrency, FxRates rates) {
		if (s.length() > MAX_LENGTH) {
			throw unreadable(s);
		}
		String t = s.replace(" ", "").toLowerCase(Locale.ROOT);
		int i = 0;
		int end = t.length();
		String currency = null;
		boolean progress = true;
		while (progress && i < end) {
			progress = false;
			String prefix = startingWith(t, i, PREFIXES);
			if (prefix != null) {
				i += prefix.length();
				progress = true;
				continue;
			}
			var word = Currencies.match(t, i, end);
			if (word != null && !word.getValue().isEmpty()) {
				currency = UnitText.merge(currency, word.getValue(), s);
				i += word.getKey().length();
				progress = true;
			}
		}
		end = stripSuffixes(t, i, end);
		if (i < end && (t.charAt(i) == '-' || t.charAt(i) == '\u2212' || t.charAt(i) == '负')) {
			throw new InvalidValueException("amount.negative", s);
		}
		int numberEnd = scanNumber(t, i, end, s);
		BigDecimal number = new BigDecimal(t.substring(i, numberEnd).replace(",", ""));
		int j = numberEnd;
		if (j < end && UnitText.isApproximate(t.charAt(j))) {
			j++;
		}
		BigDecimal wanPerUnit = columnUnit.wanPerUnit();
		if (j < end) {
			UnitText unit = UnitText.parse(t, j, end, true, s);
			if (unit == null) {
				throw unreadable(s);
			}
			wanPerUnit = unit.wanPerUnit();
			currency = UnitText.merge(currency, unit.currency(), s);
		}
		if (currency == null) {
			currency = contextCurrency(columnUnit, rowCurrency, s);
		}
		return toWan(number, wanPerUnit, currency, rates);
	}

	/**
	 * The end of the number starting at {@code from}: digits, optionally grouped by
	 * commas in threes, optionally a decimal part and an exponent (Excel writes 1.5E+08
	 * into CSV files).
	 */
	private static int scanNumber(String t, int from, int end, String s) {
		int digits = digits(t, from, end);
		if (digits == 0) {
			throw unreadable(s);
		}
		int j = from + digits;
		if (j < end && t.charAt(j) == ',') {
			// "1,5亿" is a European decimal comma or a typo: either way we must not guess
			// 15亿
			if (digits > 3) {
				throw badComma(s);
			}
			while (j < end && t.charAt(j) == ',') {
				if (digits(t, j + 1, end) != 3) {
					throw badComma(s);
				}
				j += 4;
			}
		}
		if (j < end && t.charAt(j) == '.') {
			int fraction = digits(t, j + 1, end);
			if (fraction == 0) {
				throw unreadable(s);
			}
			j += 1 + fraction;
			if (j < end && t.charAt(j) == ',') {
				throw badComma(s);
			}
		}
		if (j + 1 < end && t.charAt(j) == 'e') {
			int k = j + 1;
			if (t.charAt(k) == '+' || t.charAt(k) == '-') {
				k++;
			}
			int exponent = digits(t, k, end);
			if (exponent > 0 && exponent <= 2) {
				j = k + exponent;
			}
		}
		return j;
	}

	/**
	 * The currency of an amount whose text names none: the row's 币种, else the column's;
	 * they must not differ.
	 */
	private static String contextCurrency(AmountUnit columnUnit, @Nullable String rowCurrency, String s) {
		String column = columnUnit.currency();
		String row = Currencies.code(rowCurrency);
		// a blank 币种 arrives as CNY too, so a foreign currency from either side is the
		// one that was meant
		if (Currencies.CNY.equals(row)) {
			return column;
		}
		if (!Currencies.CNY.equals(column) && !column.equals(row)) {
			throw new InvalidValueException("amount.currencyConflict", column, row, s);
		}
		return row;
	}

	private static BigDecimal toWan(BigDecimal number, BigDecimal wanPerUnit, String currency, FxRates rates) {
		BigDecimal wan = rates.toCny(number.multiply(wanPerUnit), currency);
		if (wan.scale() > MAX_SCALE) {
			return wan.setScale(MAX_SCALE, RoundingMode.HALF_UP);
		}
		return (wan.scale() < 0) ? wan.setScale(0) : wan;
	}

	/**
	 * The number when the text is plain decimal digits, as the importer writes a numeric
	 * cell; else null.
	 */
	private static @Nullable BigDecimal plainNumber(String s) {
		int n = s.length();
		if (n > 30) {
			return null;
		}
		int dot = -1;
		for (int i = 0; i < n; i++) {
			char c = s.charAt(i);
			if (c == '.' && dot < 0 && i > 0 && i < n - 1) {
				dot = i;
			}
			else if (c < '0' || c > '9') {
				return null;
			}
		}
		return new BigDecimal(s);
	}

	private static int stripSuffixes(String t, int from, int end) {
		boolean progress = true;
		while (progress) {
			progress = false;
			for (String suffix : SUFFIXES) {
				if (end - suffix.length() > from && t.startsWith(suffix, end - suffix.length())) {
					end -= suffix.length();
					progress = true;
				}
			}
		}
		return end;
	}

	/** The first of the words that {@code t} has at {@code from}, or null. */
	static @Nullable String startingWith(String t, int from, String[] words) {
		for (String word : words) {
			if (t.startsWith(word, from)) {
				return word;
			}
		}
		return null;
	}

	static int digits(String t, int from, int end) {
		int i = from;
		while (i < end && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
			i++;
		}
		return i - from;
	}

	private static InvalidValueException unreadable(String s) {
		return new InvalidValueException("amount.unreadable", s);
	}

	private static InvalidValueException badComma(String s) {
		return new InvalidValueException("amount.badComma", s);
	}

}
