package cn.investpromo.value;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Cleans cell text the same way everywhere: one space between words, no invisible
 * characters, and half-width forms for matching ({@link #normalize}) or the ledger's own
 * Chinese punctuation for display ({@link #display}).
 */
public final class TextNormalizer {

	/**
	 * Full-width marks that sit between ASCII letters or digits as number or code
	 * punctuation: 1．5, A－1, 10：30.
	 */
	private static final String INNER_MARKS = "．，－：／＋＆＿";

	private TextNormalizer() {
	}

	/**
	 * The text with full-width ASCII forms (U+FF01–FF5E) made half-width, every kind of
	 * space (ideographic U+3000, NBSP, tabs, line breaks) made one plain space,
	 * zero-width characters removed, and no space at either end; {@code null} gives "".
	 */
	public static String normalize(@Nullable String raw) {
		if (raw == null) {
			return "";
		}
		// most cells are already clean: check first, so they cost no allocation
		return isClean(raw) ? raw : rebuild(raw, true);
	}

	/**
	 * The text as a report prints it (names, venues, notes): spaces and invisible
	 * characters as in {@link #normalize}, full-width digits and Latin letters made
	 * ASCII, but full-width punctuation kept as the ledger wrote it — 投资方（报道未载明）, not
	 * 投资方(报道未载明) — except number and code punctuation between ASCII letters or digits
	 * (１．５ → 1.5) and ％ after a digit. {@code normalize(display(s))} equals
	 * {@code normalize(s)}, so keys and lookups do not depend on which of the two they
	 * start from; {@code null} gives "".
	 */
	public static String display(@Nullable String raw) {
		if (raw == null) {
			return "";
		}
		return isClean(raw) ? raw : rebuild(raw, false);
	}

	/**
	 * The form in which names and investors are compared (SPEC §2.5): {@link #normalize
	 * normalized}, without spaces, lower case; one definition so that the stored key, the
	 * row key and the quality check agree.
	 */
	public static String comparisonKey(@Nullable String raw) {
		return normalize(raw).replace(" ", "").toLowerCase(Locale.ROOT);
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

	private static String rebuild(String raw, boolean allForms) {
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
			boolean fold = isFullWidth(c) && (allForms || isLetterOrDigit(half(c)) || isNumberMark(out, raw, i));
			out.append(fold ? half(c) : c);
		}
		return out.toString();
	}

	// brackets are not number marks: ABC（HK） would lose only its opening one
	private static boolean isNumberMark(StringBuilder out, String raw, int i) {
		char c = raw.charAt(i);
		char before = (out.length() > 0) ? out.charAt(out.length() - 1) : ' ';
		if (c == '％') {
			return before >= '0' && before <= '9';
		}
		char after = (i + 1 < raw.length()) ? raw.charAt(i + 1) : ' ';
		return INNER_MARKS.indexOf(c) >= 0 && isLetterOrDigit(before)
				&& isLetterOrDigit(isFullWidth(after) ? half(after) : after);
	}

	private static boolean isFullWidth(char c) {
		return c >= '\uFF01' && c <= '\uFF5E';
	}

	private static char half(char fullWidth) {
		return (char) (fullWidth - 0xFEE0);
	}

	private static boolean isLetterOrDigit(char c) {
		return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
	}

	private static boolean isSpace(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c);
	}

	// zero-width space/joiners, word joiner, BOM, soft hyphen, Mongolian vowel separator
	// (copied in from web
	// pages), and control characters other than whitespace (Excel stores them as _x0001_)
	private static boolean isInvisible(char c) {
		return (c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF' || c == '\u00AD' || c == '\u180E'
				|| c == '\u007F' || (c < ' ' && !Character.isWhitespace(c));
	}

}
