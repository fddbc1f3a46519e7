package cn.investpromo.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Unit conversion for display: amounts are kept in 万元 and shown in 亿元 (1 亿 = 10,000 万). */
public final class Money {

	private static final BigDecimal WAN_PER_YI = BigDecimal.valueOf(10_000);

	private Money() {
	}

	/** The amount in 亿元, with six decimals so that 2-decimal display rounds once. */
	public static BigDecimal toYi(BigDecimal wan) {
		return wan.divide(WAN_PER_YI, 6, RoundingMode.HALF_UP);
	}

	/** The amount in 万元 as the JSON contract writes it: two decimals, plain. */
	public static String wanText(BigDecimal wan) {
		return wan.setScale(2, RoundingMode.HALF_UP).toPlainString();
	}

}
