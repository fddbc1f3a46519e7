package cn.investpromo.report;

import java.util.Locale;

/**
 * The colour a rise is shown in ({@code investpromo.report.rise-colour}): red in the
 * Chinese convention (红涨绿跌, the default), green in the international one; a fall takes
 * the other colour.
 */
public enum RiseColour {

	RED, GREEN;

	/** {@code red} or {@code green}, any case. */
	public static RiseColour parse(String text) {
		return switch (text.trim().toLowerCase(Locale.ROOT)) {
			case "red" -> RED;
			case "green" -> GREEN;
			default -> throw new IllegalArgumentException(
					"investpromo.report.rise-colour must be red or green, not '" + text + "'");
		};
	}

	/** Its name in the JSON and the settings. */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

}
