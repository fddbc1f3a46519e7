package cn.investpromo.value;

import java.util.OptionalInt;

import org.jspecify.annotations.Nullable;

/**
 * Reads counts such as 参会人数 and 参会企业数 (SPEC §2.4): non-negative integers, {@code 200人},
 * {@code 约15家} accepted.
 */
public final class Counts {

	private static final String[] PREFIXES = { "大约", "约", "近", "超过", "超", "逾", "共计", "合计", "共", "达" };

	private static final String[] SUFFIXES = { "左右", "以上", "上下" };

	// longest first: 人次 before 人, 家企业 before 家
	private static final String[] UNITS = { "家企业", "家单位", "个企业", "人次", "企业", "人", "家", "个", "位", "名", "户", "项", "场",
			"次", "批" };

	/** What a rejection calls a count when the caller does not say. */
	private static final Reason.Text QUANTITY = new Reason.Text("数量", "the count");

	private Counts() {
	}

	/** The count, or empty when the cell is blank; a rejection names it as 数量. */
	public static OptionalInt parse(@Nullable String text) {
		return parse(text, QUANTITY);
	}

	/**
	 * The count, or empty when the cell is blank (or a placeholder such as —):
	 * {@code 200}, {@code 200.0} (a numeric cell), {@code 200人}, {@code 约200人},
	 * {@code 200余人}, {@code 1,200}.
	 * @param what what is counted, for the rejection reason in both languages: 人数, 企业数 …
	 * @throws InvalidValueException for negatives, fractions, words and anything else
	 */
	public static OptionalInt parse(@Nullable String text, Reason.Text what) {
		String s = TextNormalizer.normalize(text);
		if (Placeholders.isBlank(s)) {
			return OptionalInt.empty();
		}
		String t = (s.indexOf(' ') >= 0) ? s.replace(" ", "") : s;
		int i = 0;
		int end = t.length();
		String prefix;
		while ((prefix = Amounts.startingWith(t, i, PREFIXES)) != null) {
			i += prefix.length();
		}
		end = stripSuffixes(t, i, end);
		int digits = Amounts.digits(t, i, end);
		if (digits == 0 || digits > 10) {
			throw invalid(what, s);
		}
		int j = i + digits;
		long value = accumulate(t, i, j, 0);
		if (j < end && t.charAt(j) == ',') {
			if (digits > 3) {
				throw invalid(what, s);
			}
			while (j < end && t.charAt(j) == ',') {
				if (Amounts.digits(t, j + 1, end) != 3) {
					throw invalid(what, s);
				}
				value = accumulate(t, j + 1, j + 4, value);
				j += 4;
				if (value > Integer.MAX_VALUE) {
					throw invalid(what, s);
				}
			}
		}
		if (value > Integer.MAX_VALUE) {
			throw invalid(what, s);
		}
		j = skipZeroFraction(t, j, end, what, s);
		if (j < end && UnitText.isApproximate(t.charAt(j))) {
			j++;
		}
		String unit = Amounts.startingWith(t, j, UNITS);
		if (unit != null) {
			j += unit.length();
		}
		if (j != end) {
			throw invalid(what, s);
		}
		return OptionalInt.of((int) value);
	}

	/**
	 * Past a fraction of zeros only: a numeric cell arrives as 200.0; any other fraction
	 * is not a count.
	 */
	private static int skipZeroFraction(String t, int from, int end, Reason.Text what, String s) {
		int j = from;
		if (j < end && t.charAt(j) == '.') {
			j++;
			int zeros = 0;
			while (j < end && t.charAt(j) == '0') {
				j++;
				zeros++;
			}
			if (zeros == 0 || (j < end && t.charAt(j) >= '1' && t.charAt(j) <= '9')) {
				throw invalid(what, s);
			}
		}
		return j;
	}

	private static long accumulate(String t, int from, int to, long value) {
		long result = value;
		for (int k = from; k < to; k++) {
			result = result * 10 + (t.charAt(k) - '0');
		}
		return result;
	}

	private static int stripSuffixes(String t, int from, int end) {
		for (String suffix : SUFFIXES) {
			if (end - suffix.length() > from && t.startsWith(suffix, end - suffix.length())) {
				return end - suffix.length();
			}
		}
		return end;
	}

	private static InvalidValueException invalid(Reason.Text what, String s) {
		return new InvalidValueException("count.notInteger", what, s);
	}

}
