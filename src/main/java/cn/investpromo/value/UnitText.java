package cn.investpromo.value;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A unit as written after an amount or in a header's brackets: a multiplier (万, 亿,
 * million …) and a currency, or {@code null} currency when the text states none (万, 万元).
 */
record UnitText(BigDecimal wanPerUnit, @Nullable String currency) {

	/** One yuan (or one dollar …) is 0.0001 万. */
	static final BigDecimal ONE = new BigDecimal("0.0001");

	private static final List<Map.Entry<String, BigDecimal>> MULTIPLIERS = multipliers();

	/**
	 * Reads {@code lower[from, to)}: an optional currency word, an optional multiplier,
	 * then up to two currency words (万元人民币); with {@code approx}, one 余/多/+ may follow
	 * the multiplier (3亿余元). Returns null when the text is not entirely such a unit;
	 * throws when it names two different currencies.
	 */
	static @Nullable UnitText parse(String lower, int from, int to, boolean approx, String original) {
		int i = from;
		boolean any = false;
		String currency = null;
		Map.Entry<String, String> word = Currencies.match(lower, i, to);
		if (word != null) {
			currency = merge(currency, word.getValue(), original);
			i += word.getKey().length();
			any = true;
		}
		BigDecimal factor = ONE;
		Map.Entry<String, BigDecimal> multiplier = matchMultiplier(lower, i, to);
		if (multiplier != null) {
			factor = multiplier.getValue();
			i += multiplier.getKey().length();
			any = true;
			if (approx && i < to && isApproximate(lower.charAt(i))) {
				i++;
			}
		}
		for (int k = 0; k < 2 && i < to; k++) {
			word = Currencies.match(lower, i, to);
			if (word == null) {
				break;
			}
			currency = merge(currency, word.getValue(), original);
			i += word.getKey().length();
			any = true;
		}
		return (any && i == to) ? new UnitText(factor, currency) : null;
	}

	/** Whether the character says "more than" after a number: 200余人, 3000多万, 200+. */
	static boolean isApproximate(char c) {
		return c == '余' || c == '多' || c == '+';
	}

	/**
	 * The currency stated so far combined with another word; two different currencies are
	 * a contradiction.
	 */
	static @Nullable String merge(@Nullable String current, @Nullable String code, String original) {
		if (code == null || code.isEmpty()) {
			return current;
		}
		if (current != null && !current.equals(code)) {
			throw new InvalidValueException("currency.conflict", current, code, original);
		}
		return code;
	}

	private static Map.@Nullable Entry<String, BigDecimal> matchMultiplier(String lower, int from, int to) {
		for (Map.Entry<String, BigDecimal> m : MULTIPLIERS) {
			String w = m.getKey();
			if (from + w.length() <= to && lower.startsWith(w, from)) {
				return m;
			}
		}
		return null;
	}

	private static List<Map.Entry<String, BigDecimal>> multipliers() {
		// in 万 per unit; 万亿 is accepted like any other unit: the text is unambiguous, and
		// whether an amount is
		// plausible is a question for the data-quality report, not for reading the cell
		List<Map.Entry<String, BigDecimal>> list = new ArrayList<>(List.of(Map.entry("千", new BigDecimal("0.1")),
				Map.entry("万", BigDecimal.ONE), Map.entry("十万", BigDecimal.TEN), Map.entry("百万", new BigDecimal("100")),
				Map.entry("千万", new BigDecimal("1000")), Map.entry("亿", new BigDecimal("10000")),
				Map.entry("十亿", new BigDecimal("100000")), Map.entry("百亿", new BigDecimal("1000000")),
				Map.entry("千亿", new BigDecimal("10000000")), Map.entry("万亿", new BigDecimal("100000000")),
				Map.entry("k", new BigDecimal("0.1")), Map.entry("thousand", new BigDecimal("0.1")),
				Map.entry("m", new BigDecimal("100")), Map.entry("mn", new BigDecimal("100")),
				Map.entry("mln", new BigDecimal("100")), Map.entry("million", new BigDecimal("100")),
				Map.entry("millions", new BigDecimal("100")), Map.entry("bn", new BigDecimal("100000")),
				Map.entry("billion", new BigDecimal("100000")), Map.entry("billions", new BigDecimal("100000"))));
		list.sort(Comparator.comparingInt((Map.Entry<String, BigDecimal> e) -> e.getKey().length()).reversed());
		return List.copyOf(list);
	}

}
