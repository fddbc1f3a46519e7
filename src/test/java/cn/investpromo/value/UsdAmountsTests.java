package cn.investpromo.value;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UsdAmountsTests {

	// USD 7.0, HKD 0.9, EUR 7.8 CNY per unit
	private final FxRates rates = FxRates.defaults();

	@ParameterizedTest(name = "[{index}] \"{0}\" in a 合同外资({1}) column → {2} 万美元")
	@CsvSource(delimiter = '|', emptyValue = "", textBlock = """
			300          |         | 300.00
			300.5        |         | 300.50
			300万美元     |         | 300.00
			300万         |         | 300.00
			约300         |         | 300.00
			2000万元      |         | 285.71
			人民币2000万   |         | 285.71
			2000万元人民币  |         | 285.71
			50万欧元       |         | 55.71
			700万港元      |         | 90.00
			0.5亿美元      |         | 5000.00
			USD 3 million |         | 300.00
			2000         | 万元     | 285.71
			1.5          | 亿美元   | 15000.00
			1.5          | 亿       | 15000.00
			300          | 万美元   | 300.00
			300万美元     | 万元     | 300.00
			5000000      | 美元     | 500.00
			""")
	void readsForeignCapitalInTenThousandDollars(String cell, String headerUnit, String usdWan) {
		assertThat(UsdAmounts.parseUsdWan(cell, headerUnit, this.rates)).contains(new BigDecimal(usdWan));
	}

	@Test
	void aBlankOrPlaceholderCellIsUnknown() {
		assertThat(UsdAmounts.parseUsdWan("", null, this.rates)).isEqualTo(Optional.empty());
		assertThat(UsdAmounts.parseUsdWan("待定", null, this.rates)).isEqualTo(Optional.empty());
	}

	@Test
	void anUnreadableAmountIsRejectedWithItsReason() {
		assertThatThrownBy(() -> UsdAmounts.parseUsdWan("三百万美元", null, this.rates))
			.isInstanceOf(InvalidValueException.class)
			.extracting((ex) -> ((InvalidValueException) ex).reason().key())
			.isEqualTo("amount.unreadable");
		assertThatThrownBy(() -> UsdAmounts.parseUsdWan("300万卢布", null, this.rates))
			.isInstanceOf(InvalidValueException.class);
	}

	@Test
	void theConfiguredDollarRateConverts() {
		FxRates configured = this.rates.with(Map.of("USD", new BigDecimal("8")));
		assertThat(UsdAmounts.parseUsdWan("2000万元", null, configured)).contains(new BigDecimal("250.00"));
		assertThat(UsdAmounts.fromCny(new BigDecimal("800"), configured)).isEqualByComparingTo("100");
	}

}
