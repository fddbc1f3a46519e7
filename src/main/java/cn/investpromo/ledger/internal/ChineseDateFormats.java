package cn.investpromo.ledger.internal;

import java.util.Set;

/**
 * The built-in number formats that Chinese Excel shows as dates ({@code yyyy"年"m"月"d"日"}
 * and the like, ids 27–31, 36, 50–54, 57, 58) but that a workbook does not spell out: POI
 * knows only the English built-in formats, so without this a date typed in a Chinese
 * ledger would read as its serial number.
 */
final class ChineseDateFormats {

	private static final Set<Integer> DATES = Set.of(27, 28, 29, 30, 31, 36, 50, 51, 52, 53, 54, 57, 58);

	private ChineseDateFormats() {
	}

	/**
	 * Whether a built-in format id the workbook does not define is a date in Chinese
	 * Excel.
	 */
	static boolean isDate(int formatId) {
		return DATES.contains(formatId);
	}

}
