package cn.investpromo.value;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A header cell split into a name for matching and the unit in its trailing brackets
 * (SPEC §2.1): {@code 协议投资额（万元）} is {@code ("协议投资额", "万元")}.
 */
public record HeaderCell(String name, @Nullable String unit) {

	/**
	 * Splits and normalises a header cell. The name is lower case without spaces and
	 * without the required-field marks * and ※, except that a space (or -) between two
	 * Latin letters or digits becomes {@code _}, so that {@code Start Date} and
	 * {@code start_date} match. The unit is the text of trailing (), [] or 【】 brackets
	 * without a leading 单位：, or null.
	 */
	public static HeaderCell parse(@Nullable String raw) {
		String s = TextNormalizer.normalize(raw);
		String unit = null;
		int end = s.length();
		if (end > 0) {
			char close = s.charAt(end - 1);
			char open = (close == ')') ? '(' : (close == ']') ? '[' : (close == '】') ? '【' : 0;
			int start = (open != 0) ? s.lastIndexOf(open, end - 2) : -1;
			if (start >= 0) {
				unit = unitText(s.substring(start + 1, end - 1));
				end = start;
			}
		}
		return new HeaderCell(name(s, end), unit);
	}

	private static @Nullable String unitText(String inside) {
		String unit = inside.trim();
		if (unit.startsWith("单位")) {
			unit = unit.substring(2).trim();
			if (unit.startsWith(":")) {
				unit = unit.substring(1).trim();
			}
		}
		return unit.isEmpty() ? null : unit;
	}

	private static String name(String s, int end) {
		StringBuilder name = new StringBuilder(end);
		for (int i = 0; i < end; i++) {
			char c = s.charAt(i);
			if (c == '*' || c == '※') {
				continue;
			}
			if (c == ' ' || c == '-') {
				if (name.length() > 0 && isLatin(name.charAt(name.length() - 1)) && i + 1 < end
						&& isLatin(s.charAt(i + 1))) {
					name.append('_');
				}
				continue;
			}
			name.append(c);
		}
		return name.toString().toLowerCase(Locale.ROOT);
	}

	private static boolean isLatin(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
	}

}
