package cn.investpromo.value;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Reads amounts of foreign capital (合同外资, SPEC §2.9) into 万美元: a number with no unit is
 * in 万美元, unless the column's header names another unit ({@code 合同外资（万元）},
 * {@code （亿美元）}); a cell that names its own ({@code 300万美元}, {@code 2000万元},
 * {@code 50万欧元}) wins; other currencies go through CNY at the configured rates.
 */
public final class UsdAmounts {

	/** The currency foreign capital is counted in. */
	public static final String USD = "USD";

	private UsdAmounts() {
	}

	/**
	 * The amount in 万美元, two decimals, or empty when the cell is blank (or a
	 * placeholder).
	 * @param text the cell text (a numeric cell as plain decimal text)
	 * @param headerUnit the unit in the header's brackets, null or blank when none
	 * @param rates the exchange rates, which must hold USD
	 * @throws InvalidValueException when the text is not an amount or names an unknown
	 * unit or currency
	 */
	public static Optional<BigDecimal> parseUsdWan(@Nullable String text, @Nullable String headerUnit, FxRates rates) {
		AmountUnit column = columnUnit(headerUnit);
		Optional<BigDecimal> asColumn = Amounts.parseWan(text, column, null, rates);
		if (asColumn.isEmpty() || Currencies.CNY.equals(column.currency())) {
			return asColumn.map((cny) -> fromCny(cny, rates));
		}
		// a cell such as 2000万元 names 元, which states no currency to the amount reader
		// and so takes the column's; here it is the yuan, as a clerk means it
		BigDecimal asYuan = Amounts.parseWan(text, new AmountUnit(column.wanPerUnit(), Currencies.CNY), null, rates)
			.orElseThrow();
		boolean namesYuan = asYuan.compareTo(asColumn.get()) != 0 && TextNormalizer.normalize(text).contains("元");
		return Optional.of(fromCny(namesYuan ? asYuan : asColumn.get(), rates));
	}

	/**
	 * The unit of a 合同外资 column: 万美元 when the header names none, and US dollars when it
	 * names only a multiplier ({@code （万）}).
	 */
	static AmountUnit columnUnit(@Nullable String headerUnit) {
		String unit = TextNormalizer.normalize(headerUnit);
		if (unit.isEmpty()) {
			return new AmountUnit(BigDecimal.ONE, USD);
		}
		AmountUnit parsed = AmountUnit.parse(unit);
		boolean namesCurrency = unit.contains("元") || unit.contains("币") || !Currencies.CNY.equals(parsed.currency())
				|| unit.toUpperCase(Locale.ROOT).contains("CNY") || unit.toUpperCase(Locale.ROOT).contains("RMB");
		return namesCurrency ? parsed : new AmountUnit(parsed.wanPerUnit(), USD);
	}

	/**
	 * An amount in 万元 in 万美元 at the configured USD rate, two decimals (as stored).
	 * @throws InvalidValueException when no USD rate is configured
	 */
	public static BigDecimal fromCny(BigDecimal cnyWan, FxRates rates) {
		BigDecimal rate = rates.cnyPerUnit().get(USD);
		if (rate == null) {
			throw new InvalidValueException("currency.unknown", USD);
		}
		return cnyWan.divide(rate, 2, RoundingMode.HALF_UP);
	}

}
