package cn.investpromo.value;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FxRatesTests {

	@ParameterizedTest(name = "[{index}] 100 {0} → {1} CNY")
	@CsvSource(delimiter = '|', textBlock = """
			CNY   | 100
			USD   | 700
			HKD   | 90
			EUR   | 780
			GBP   | 890
			JPY   | 5
			KRW   | 0.53
			SGD   | 520
			usd   | 700
			美元   | 700
			港币   | 90
			人民币  | 100
			RMB   | 100
			元     | 100
			""")
	void convertsAtTheDefaultRates(String currency, BigDecimal expectedCny) {
		// given
		FxRates rates = FxRates.defaults();

		// when
		BigDecimal cny = rates.toCny(new BigDecimal("100"), currency);

		// then
		assertThat(cny).isEqualByComparingTo(expectedCny);
	}

	@Test
	void configurationOverridesAndAddsRates() {
		// given: configuration sets the dollar at 7.1 and adds the Australian dollar
		FxRates rates = FxRates.defaults().with(Map.of("usd", new BigDecimal("7.1"), "AUD", new BigDecimal("4.7")));

		// when / then
		assertThat(rates.toCny(new BigDecimal("100"), "USD")).isEqualByComparingTo("710");
		assertThat(rates.toCny(new BigDecimal("100"), "澳元")).isEqualByComparingTo("470");
		assertThat(rates.toCny(new BigDecimal("100"), "HKD")).isEqualByComparingTo("90");
	}

	@Test
	void cnyIsAlwaysThereAtOne() {
		// given
		FxRates rates = new FxRates(Map.of("usd", new BigDecimal("7")));

		// when / then
		assertThat(rates.cnyPerUnit()).containsOnlyKeys("CNY", "USD");
		assertThat(rates.cnyPerUnit().get("CNY")).isEqualByComparingTo("1");
		assertThatThrownBy(() -> rates.cnyPerUnit().put("EUR", BigDecimal.TEN))
			.isInstanceOf(UnsupportedOperationException.class);
	}

	@Test
	void unknownCurrencyIsRejected() {
		// given
		FxRates rates = FxRates.defaults();

		// when / then
		assertThatThrownBy(() -> rates.toCny(BigDecimal.ONE, "XYZ")).isInstanceOf(InvalidValueException.class)
			.hasMessage("未知币种：XYZ");
		assertThatThrownBy(() -> rates.toCny(BigDecimal.ONE, "新台币")).isInstanceOf(InvalidValueException.class)
			.hasMessage("未知币种：TWD");
		assertThatThrownBy(() -> rates.toCny(BigDecimal.ONE, "火星币")).isInstanceOf(InvalidValueException.class)
			.hasMessage("未知币种：火星币");
	}

	@Test
	void badConfigurationFailsAtStartup() {
		// given / when / then: a configuration error, not a cell error
		assertThatThrownBy(() -> new FxRates(Map.of("USD", BigDecimal.ZERO)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new FxRates(Map.of("CNY", new BigDecimal("2"))))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
