package cn.investpromo.value;

import org.jspecify.annotations.Nullable;

/** Cleans cell text the same way everywhere: half-width forms, one space between words, no invisible characters. */
public final class TextNormalizer {

	private TextNormalizer() {
	}

	/**
	 * The text with full-width ASCII forms (U+FF01–FF5E) made half-width, every kind of space (ideographic
	 * U+3000, NBSP, tabs, line breaks) made one plain space, zero-width characters removed, and no space at either
	 * end; {@code null} gives "".
	 */
	public static String normalize(@Nullable String raw) {
		if (raw == null) {
			return "";
		}
		// most cells are already clean: check first, so they cost no allocation
		return isClean(raw) ? raw : rebuild(raw);
	}

	private static boolean isClean(String raw) {
		int n = raw.length();
		if (n == 0) {
			return true;
		}
		if (raw.charAt(0) == ' ' || raw.charAt(n - 1) == ' ') {
			return false;
		}
		char previous = 'x';
		for (int i = 0; i < n; i++) {
			char c = raw.charAt(i);
			if (c == ' ' ? previous == ' ' : needsWork(c)) {
				return false;
			}
			previous = c;
		}
		return true;
	}

	private static boolean needsWork(char c) {
		return c < ' ' || (c >= '\u007f' && (isFullWidth(c) || isSpace(c) || isInvisible(c)));
	}

	private static String rebuild(String raw) {
		StringBuilder out = new StringBuilder(raw.length());
		boolean pendingSpace = false;
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			if (isInvisible(c)) {
				continue;
			}
			if (c == ' ' || isSpace(c)) {
				pendingSpace = true;
				continue;
			}
			if (pendingSpace && out.length() > 0) {
				out.append(' ');
			}
			pendingSpace = false;
			out.append(isFullWidth(c) ? (char) (c - 0xFEE0) : c);
		}
		return out.toString();
	}

	private static boolean isFullWidth(char c) {
		return c >= '\uFF01' && c <= '\uFF5E';
	}

	private static boolean isSpace(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c);
	}

	// zero-width space/joiners, word joiner, BOM, soft hyphen, Mongolian vowel separator (copied in from web
	// pages), and control characters other than whitespace (Excel stores them as _x0001_)
	private static boolean isInvisible(char c) {
		return (c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF' || c == '\u00AD' || c == '\u180E'
				|| c == '\u007F' || (c < ' ' && !Character.isWhitespace(c));
	}

}
