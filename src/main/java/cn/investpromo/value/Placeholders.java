package cn.investpromo.value;

import java.util.Locale;
import java.util.Set;

/**
 * What clerks write into a cell to say "not known": read as blank, so the row is kept and
 * the value is unknown.
 */
final class Placeholders {

	// a placeholder is a statement that the value is unknown, not a value that cannot be
	// read (SPEC §2.4: blank
	// leaves the value unknown); rejecting the whole row for "待定" would lose a project
	// from the counts
	private static final Set<String> UNKNOWN = Set.of("-", "--", "---", "—", "——", "–", "/", "\\", "无", "暂无", "待定",
			"未定", "不详", "未知", "n/a", "na", "tbd", "null");

	private Placeholders() {
	}

	/** Whether the normalised text is empty or one of the placeholders. */
	static boolean isBlank(String normalized) {
		return normalized.isEmpty()
				|| (normalized.length() <= 4 && UNKNOWN.contains(normalized.toLowerCase(Locale.ROOT)));
	}

}
