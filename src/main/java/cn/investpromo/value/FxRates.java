package cn.investpromo.value;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Exchange rates that convert foreign-currency amounts to CNY (SPEC §2.4): CNY per one
 * unit of each currency.
 */
public record FxRates(Map<String, BigDecimal> cnyPerUnit) {

	/**
	 * Keys are made upper-case ISO codes, CNY is added at 1, and the map is copied
	 * (immutable).
	 */
	public FxRates {
		Map<String, BigDecimal> rates = new HashMap<>();
		cnyPerUnit.forEach((code, rate) -> {
			if (rate.signum() <= 0) {
				throw new IllegalArgumentException("exchange rate of " + code + " must be positive: " + rate);
			}
			rates.put(code.trim().toUpperCase(Locale.ROOT), rate);
		});
		BigDecimal cny = rates.putIfAbsent(Currencies.CNY, BigDecimal.ONE);
		if (cny != null && cny.compareTo(BigDecimal.ONE) != 0) {
			throw new IllegalArgumentException("exchange rate of CNY must be 1: " + cny);
		}
		cnyPerUnit = Map.copyOf(rates);
	}

	/**
	 * Rough rates good enough for a default; the program overrides them from
	 * configuration.
	 */
	public static FxRates defaults() {
		return new FxRates(Map.of("USD", new BigDecimal("7.0"), "HKD", new BigDecimal("0.9"), "EUR",
				new BigDecimal("7.8"), "GBP", new BigDecimal("8.9"), "JPY", new BigDecimal("0.05"), "KRW",
				new BigDecimal("0.0053"), "SGD", new BigDecimal("5.2")));
	}

	/** These rates with some replaced or added, as configuration gives them. */
	public FxRates with(Map<String, BigDecimal> overrides) {
		Map<String, BigDecimal> merged = new HashMap<>(this.cnyPerUnit);
		overrides.forEach((code, rate) -> merged.put(code.trim().toUpperCase(Locale.ROOT), rate));
		return new FxRates(merged);
	}

	/**
	 * The amount in CNY, exactly (amount × rate, no rounding); the currency is an ISO
	 * code or a word {@link Currencies#code} knows. A currency without a rate is
	 * rejected.
	 */
	public BigDecimal toCny(BigDecimal amount, String currency) {
		BigDecimal known = this.cnyPerUnit.get(currency);
		if (known != null) {
			// the usual case: an ISO code from a header or a 币种 column already resolved
			return Currencies.CNY.equals(currency) ? amount : amount.multiply(known);
		}
		String code = Currencies.code(currency);
		if (Currencies.CNY.equals(code)) {
			return amount;
		}
		BigDecimal rate = this.cnyPerUnit.get(code);
		if (rate == null) {
			throw new InvalidValueException("currency.unknown", code);
		}
		return amount.multiply(rate);
	}

}
