package cn.investpromo.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Unit conversion for display: amounts are kept in 万元 and shown in 亿元 (1 亿 = 10,000 万).
 */
public final class Money {

	private static final BigDecimal WAN_PER_YI = BigDecimal.valueOf(10_000);

	private static final BigDecimal WAN_PER_BILLION = BigDecimal.valueOf(100_000);

	private Money() {
	}

	/** The amount in 亿元, with six decimals so that 2-decimal display rounds once. */
	public static BigDecimal toYi(BigDecimal wan) {
		return wan.divide(WAN_PER_YI, 6, RoundingMode.HALF_UP);
	}

	/**
	 * An amount in 万元 in the English glossary's one form, wherever a figure is said
	 * (tiles, highlights, sentences, charts): "CNY 1.43 bn", "CNY 159 mn", "CNY 0.5 mn".
	 */
	public static String cny(BigDecimal wan) {
		if (billions(wan)) {
			return "CNY " + wan.movePointLeft(5).setScale(2, RoundingMode.HALF_UP).toPlainString() + " bn";
		}
		return "CNY " + plain(wan.movePointLeft(2).setScale(1, RoundingMode.HALF_UP)) + " mn";
	}

	/**
	 * A threshold in 万元 in the glossary's form, without trailing zeros: "CNY 100 mn",
	 * "CNY 1 bn".
	 */
	public static String cnyRound(BigDecimal wan) {
		return billions(wan) ? "CNY " + plain(wan.movePointLeft(5)) + " bn"
				: "CNY " + plain(wan.movePointLeft(2)) + " mn";
	}

	/** 1 billion = 100,000 万元: from there English says billions, below it millions. */
	private static boolean billions(BigDecimal wan) {
		return wan.abs().compareTo(WAN_PER_BILLION) >= 0;
	}

	/** Without trailing zeros and never in exponent form: "1.5", "100", "2". */
	private static String plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return ((stripped.scale() < 0) ? stripped.setScale(0) : stripped).toPlainString();
	}

	/**
	 * An amount in 万元 in 亿元 with two decimals, as a Chinese sentence or a tile shows it:
	 * "14.30".
	 */
	public static String yiText(BigDecimal wan) {
		return toYi(wan).setScale(2, RoundingMode.HALF_UP).toPlainString();
	}

	/** The amount in 万元 as the JSON contract writes it: two decimals, plain. */
	public static String wanText(BigDecimal wan) {
		return wan.setScale(2, RoundingMode.HALF_UP).toPlainString();
	}

}
