package cn.investpromo.value;

/**
 * Scans a ledger date's text: its numbers, the single spaces between its parts, and a
 * time of day after it.
 */
final class DateText {

	private DateText() {
	}

	/**
	 * Whether {@code s} from {@code i} is a time of day after a date: " 00:00:00",
	 * "T00:00", " 9:30:00.0".
	 */
	static boolean isTime(String s, int i) {
		int n = s.length();
		if (s.charAt(i) != ' ' && s.charAt(i) != 'T') {
			return false;
		}
		int j = i + 1;
		int hourDigits = Amounts.digits(s, j, n);
		if (hourDigits < 1 || hourDigits > 2 || number(s, j, j + hourDigits) > 23) {
			return false;
		}
		j += hourDigits;
		for (int part = 0; part < 2 && j < n && s.charAt(j) == ':'; part++) {
			if (Amounts.digits(s, j + 1, n) != 2 || number(s, j + 1, j + 3) > 59) {
				return false;
			}
			j += 3;
		}
		if (j == i + 1 + hourDigits) {
			return false;
		}
		if (j < n && s.charAt(j) == '.') {
			int fraction = Amounts.digits(s, j + 1, n);
			j += (fraction > 0) ? fraction + 1 : 0;
		}
		return j == n;
	}

	static int skipSpace(String s, int i) {
		return (i < s.length() && s.charAt(i) == ' ') ? i + 1 : i;
	}

	static int number(String s, int from, int to) {
		int value = 0;
		for (int i = from; i < to; i++) {
			value = value * 10 + (s.charAt(i) - '0');
		}
		return value;
	}

}
