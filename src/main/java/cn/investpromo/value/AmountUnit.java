package cn.investpromo.value;

import java.math.BigDecimal;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The unit of an amount column, from its header's brackets (SPEC §2.1): how many 万 one
 * written unit is, and in which currency; {@code 协议投资额（亿元）} is 10000 万 CNY per unit.
 */
public record AmountUnit(BigDecimal wanPerUnit, String currency) {

	/** 万元, the unit of a column whose header gives none. */
	public static final AmountUnit WAN_YUAN = new AmountUnit(BigDecimal.ONE, Currencies.CNY);

	public AmountUnit {
		if (wanPerUnit.signum() <= 0) {
			throw new IllegalArgumentException("wanPerUnit must be positive: " + wanPerUnit);
		}
		if (currency.isBlank()) {
			throw new IllegalArgumentException("currency must be an ISO code");
		}
	}

	/**
	 * The unit a header names: blank gives 万元; 元, 万元, 亿元, 万, 亿, 万美元, 亿港元, 美元, 万元人民币 … (a
	 * leading 单位： is ignored); a 元 or no currency word means CNY. Unknown unit text is
	 * rejected.
	 */
	public static AmountUnit parse(@Nullable String headerUnit) {
		String text = TextNormalizer.normalize(headerUnit);
		if (text.isEmpty()) {
			return WAN_YUAN;
		}
		String lower = text.replace(" ", "").toLowerCase(Locale.ROOT);
		int from = lower.startsWith("单位:") ? 3 : (lower.startsWith("单位") ? 2 : 0);
		UnitText unit = (from < lower.length()) ? UnitText.parse(lower, from, lower.length(), false, text) : null;
		if (unit == null) {
			throw new InvalidValueException("amount.unknownUnit", text);
		}
		return new AmountUnit(unit.wanPerUnit(), (unit.currency() != null) ? unit.currency() : Currencies.CNY);
	}

}
