package cn.investpromo.report.excel;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Estimates how wide text is in Excel column units (the width of '0'): a CJK or
 * full-width character takes about two units, everything else one.
 */
final class TextWidth {

	/**
	 * Points per line of wrapped 11-point text; CJK faces need more than Calibri's 15.
	 */
	static final float LINE_POINTS = 16f;

	/** A bracketed part, such as a unit: （亿元）, (CNY 100m). */
	private static final Pattern BRACKETED = Pattern.compile("[（(][^（）()]*[）)]");

	private static final Pattern TRAILING_UNIT = Pattern.compile("\\s*[（(][^（）()]*[）)]$");

	private TextWidth() {
	}

	/** Width of the widest line of {@code text}. */
	static int units(String text) {
		int widest = 0;
		for (String line : text.split("\n", -1)) {
			widest = Math.max(widest, lineUnits(line));
		}
		return widest;
	}

	/** Lines {@code text} takes when wrapped in a column {@code columnUnits} wide. */
	static int lines(String text, int columnUnits) {
		// a little less than the column: cell padding, and glyphs are not exactly two
		// units
		int usable = Math.max(1, columnUnits - 2);
		int lines = 0;
		for (String line : text.split("\n", -1)) {
			lines += Math.max(1, (lineUnits(line) + usable - 1) / usable);
		}
		return Math.max(1, lines);
	}

	/**
	 * A header that does not fit its column on one line, with its trailing unit ("（亿元）")
	 * on a line of its own, so that a spreadsheet program wrapping it by its own font
	 * never leaves a lone "）" on the second line; else the header as it is.
	 */
	static String unitOnOwnLine(String header, int columnUnits) {
		Matcher unit = TRAILING_UNIT.matcher(header);
		if (header.indexOf('\n') >= 0 || lineUnits(header) <= columnUnits - 2 || !unit.find() || unit.start() == 0) {
			return header;
		}
		return header.substring(0, unit.start()).stripTrailing() + "\n" + unit.group();
	}

	/**
	 * The widest piece of {@code text} that cannot break across lines: a word of Latin
	 * letters or digits, a short bracketed unit such as （亿元） or (CNY 100m), or a run of
	 * CJK characters, which may break anywhere but is kept to {@code cjkRun} units a
	 * line.
	 */
	static int unbreakable(String text, int cjkRun) {
		int widest = 0;
		// a bracket of up to 12 units stays whole: a unit wrapped inside its bracket
		// reads badly
		Matcher brackets = BRACKETED.matcher(text);
		while (brackets.find()) {
			int units = lineUnits(brackets.group());
			if (units <= 12) {
				widest = Math.max(widest, units);
			}
		}
		int word = 0;
		int cjk = 0;
		for (int i = 0; i < text.length();) {
			int cp = text.codePointAt(i);
			i += Character.charCount(cp);
			if (wide(cp)) {
				word = 0;
				cjk += 2;
			}
			else {
				cjk = 0;
				word = Character.isWhitespace(cp) ? 0 : word + 1;
			}
			widest = Math.max(widest, Math.max(word, Math.min(cjkRun, cjk)));
		}
		return widest;
	}

	private static int lineUnits(String line) {
		int units = 0;
		for (int i = 0; i < line.length();) {
			int cp = line.codePointAt(i);
			units += wide(cp) ? 2 : 1;
			i += Character.charCount(cp);
		}
		return units;
	}

	private static boolean wide(int cp) {
		return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
				|| (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
				|| (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
	}

}
