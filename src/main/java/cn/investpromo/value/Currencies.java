package cn.investpromo.value;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Currency words and symbols as ledgers write them (美元, 港币, USD, $ …), mapped to ISO 4217
 * codes.
 */
public final class Currencies {

	/** The code of the Chinese yuan, the currency every amount is converted to. */
	public static final String CNY = "CNY";

	// "" marks 元: a word for "money unit" that states no currency of its own (美元 and 港元
	// end in it)
	static final String NEUTRAL = "";

	private static final Map<String, String> CODES = codes();

	// longest first, so that 人民币元 wins over 人民币 and US$ over $
	private static final List<Map.Entry<String, String>> BY_LENGTH = byLength();

	private Currencies() {
	}

	/**
	 * The ISO code of a 币种 cell: blank and 元 give CNY, a known word or symbol gives its
	 * code, any other three letters are taken as a code (an exchange rate must then exist
	 * for it); anything else is rejected.
	 */
	public static String code(@Nullable String text) {
		if (text == null || text.isEmpty()) {
			return CNY;
		}
		if (text.length() == 3 && isUpperAscii(text)) {
			// an ISO code as configuration and most ledgers write it; RMB is the one such
			// word that is not a code
			return "RMB".equals(text) ? CNY : text;
		}
		String key = key(TextNormalizer.normalize(text));
		if (key.isEmpty()) {
			return CNY;
		}
		String code = CODES.get(key);
		if (code != null) {
			return code.isEmpty() ? CNY : code;
		}
		if (key.length() == 3 && isAsciiLetters(key)) {
			return key.toUpperCase(Locale.ROOT);
		}
		throw new InvalidValueException("currency.unknown", TextNormalizer.normalize(text));
	}

	/**
	 * The currency word starting at {@code from} of lower-case text, longest match, or
	 * null; its value is the code, or {@link #NEUTRAL} for 元.
	 */
	static Map.@Nullable Entry<String, String> match(String lower, int from, int to) {
		for (Map.Entry<String, String> word : BY_LENGTH) {
			String w = word.getKey();
			if (from + w.length() <= to && lower.startsWith(w, from)) {
				return word;
			}
		}
		return null;
	}

	private static String key(String normalized) {
		return normalized.replace(" ", "").toLowerCase(Locale.ROOT);
	}

	private static boolean isUpperAscii(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 'A' || c > 'Z') {
				return false;
			}
		}
		return true;
	}

	private static boolean isAsciiLetters(String key) {
		for (int i = 0; i < key.length(); i++) {
			char c = key.charAt(i);
			if (c < 'a' || c > 'z') {
				return false;
			}
		}
		return true;
	}

	private static Map<String, String> codes() {
		Map<String, String> codes = new HashMap<>();
		put(codes, NEUTRAL, "元");
		put(codes, CNY, "人民币元", "人民币", "rmb", "cny", "\u00A5", "\uFFE5");
		put(codes, "USD", "美元", "美金", "usd", "us$", "$");
		put(codes, "HKD", "港元", "港币", "hkd", "hk$");
		put(codes, "EUR", "欧元", "eur", "\u20AC");
		put(codes, "GBP", "英镑", "gbp", "\u00A3", "\uFFE1");
		put(codes, "JPY", "日元", "jpy");
		put(codes, "KRW", "韩元", "krw", "\u20A9");
		put(codes, "SGD", "新加坡元", "新元", "sgd", "s$");
		put(codes, "AUD", "澳元", "aud", "a$");
		put(codes, "CAD", "加元", "cad", "c$");
		put(codes, "TWD", "新台币", "台币", "twd");
		put(codes, "MOP", "澳门元", "澳门币", "mop");
		put(codes, "CHF", "瑞士法郎", "瑞郎", "chf");
		return Map.copyOf(codes);
	}

	private static void put(Map<String, String> codes, String code, String... words) {
		for (String word : words) {
			codes.put(word, code);
		}
	}

	private static List<Map.Entry<String, String>> byLength() {
		List<Map.Entry<String, String>> words = new ArrayList<>(CODES.entrySet());
		words.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length())
			.reversed()
			.thenComparing(Map.Entry::getKey));
		return List.copyOf(words);
	}

}
