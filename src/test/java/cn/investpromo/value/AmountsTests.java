package cn.investpromo.value;

import java.math.BigDecimal;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AmountsTests {

	private final FxRates rates = FxRates.defaults();

	@ParameterizedTest(name = "[{index}] \"{0}\" in a ({1}) column, 币种 \"{2}\" → {3} 万元")
	@CsvSource(delimiter = '|', emptyValue = "", textBlock = """
			12500            | 万元   |      | 12500
			12500            | 亿元   |      | 125000000
			12500            |       |      | 12500
			1.5              | 亿元   |      | 15000
			2800.75          | 万元   |      | 2800.75
			1234567          | 元    |      | 123.4567
			1.5E+08          | 元    |      | 15000
			1.5亿             | 万元   |      | 15000
			1.5亿元           | 万元   |      | 15000
			5000万            | 亿元   |      | 5000
			5,000万元         | 万元   |      | 5000
			5，000万元        | 万元   |      | 5000
			1,234,567元       | 万元   |      | 123.4567
			3000万美元        | 万元   |      | 21000
			500万美元         | 万元   |      | 3500
			约3000万          | 万元   |      | 3000
			大约 3000 万元     | 万元   |      | 3000
			3000万元左右       | 万元   |      | 3000
			≈2亿              | 万元   |      | 20000
			超过2亿元          | 万元   |      | 20000
			3亿余元           | 万元   |      | 30000
			3000余万元         | 万元   |      | 3000
			3000多万          | 万元   |      | 3000
			１．５亿            | 万元   |      | 15000
			１２，５００         | 万元   |      | 12500
			0.8亿元人民币       | 万元   |      | 8000
			人民币2亿元         | 万元   |      | 20000
			￥2亿              | 万元   |      | 20000
			RMB 200 million   | 万元   |      | 20000
			USD 5 million     | 万元   |      | 3500
			$5m               | 万元   |      | 3500
			5 million USD     | 万元   |      | 3500
			100万港元          | 万元   |      | 90
			100万港币          | 万元   |      | 90
			1亿日元            | 万元   |      | 500
			2000万欧元         | 万元   |      | 15600
			1元               | 万元   |      | 0.0001
			1日元              | 万元   |      | 0.000005
			1韩元              | 万元   |      | 0.000001
			1.2万亿            | 万元   |      | 120000000
			0                 | 万元   |      | 0
			12500             | 万元   | USD  | 87500
			12500             | 万元   | 美元  | 87500
			12500             | 万元   | 人民币 | 12500
			1.5亿             | 万元   | USD  | 105000
			5000万元          | 万元   | USD  | 35000
			5000万元人民币      | 万元   | USD  | 5000
			3000万美元         | 万元   | HKD  | 21000
			100               | 万美元  |      | 700
			100               | 万美元  | CNY  | 700
			100               | 万美元  | USD  | 700
			2                 | 亿港元  |      | 18000
			""")
	void readsAmountsInWan(String text, String columnUnit, String rowCurrency, BigDecimal expectedWan) {
		// given
		AmountUnit unit = AmountUnit.parse(columnUnit);

		// when
		Optional<BigDecimal> wan = Amounts.parseWan(text, unit, rowCurrency, this.rates);

		// then: exact decimal values, never more than six decimals of 万元
		assertThat(wan).hasValueSatisfying(value -> {
			assertThat(value).isEqualByComparingTo(expectedWan);
			assertThat(value.scale()).isBetween(0, Amounts.MAX_SCALE);
		});
	}

	@ParameterizedTest(name = "[{index}] \"{0}\"")
	@NullSource
	@ValueSource(strings = { "", "   ", "\u3000", "—", "-", "/", "待定", "不详", "N/A" })
	void blankOrPlaceholderIsUnknown(String text) {
		// given: a cell with no amount in it

		// when
		Optional<BigDecimal> wan = Amounts.parseWan(text, AmountUnit.WAN_YUAN, "", this.rates);

		// then: the amount is unknown, the row is kept
		assertThat(wan).isEmpty();
	}

	@ParameterizedTest(name = "[{index}] \"{0}\" → {2}")
	@CsvSource(delimiter = '|', emptyValue = "", textBlock = """
			约三千万             |      | 金额无法识别：约三千万
			三千万元             |      | 金额无法识别：三千万元
			1,5亿               |      | 金额无法识别（逗号只能用作千位分隔符）：1,5亿
			12,50               |      | 金额无法识别（逗号只能用作千位分隔符）：12,50
			1234,567            |      | 金额无法识别（逗号只能用作千位分隔符）：1234,567
			1.234,5             |      | 金额无法识别（逗号只能用作千位分隔符）：1.234,5
			-5                  |      | 金额不能为负数：-5
			-1.5亿              |      | 金额不能为负数：-1.5亿
			负500万             |      | 金额不能为负数：负500万
			3000-5000万         |      | 金额无法识别：3000-5000万
			1.5.2亿             |      | 金额无法识别：1.5.2亿
			.5亿                |      | 金额无法识别：.5亿
			亿元                |      | 金额无法识别：亿元
			3000万欧            |      | 金额无法识别：3000万欧
			3000万（含外资）      |      | 金额无法识别：3000万(含外资)
			100万澳元           |      | 未知币种：AUD
			100                 | XYZ  | 未知币种：XYZ
			100                 | 火星币 | 未知币种：火星币
			人民币500万美元       |      | 币种冲突（CNY与USD）：人民币500万美元
			""")
	void rejectsWhatCannotBeRead(String text, String rowCurrency, String reason) {
		// given: text that is not an amount, or names a currency without a rate

		// when / then
		assertThatThrownBy(() -> Amounts.parseWan(text, AmountUnit.WAN_YUAN, rowCurrency, this.rates))
			.isInstanceOf(InvalidValueException.class)
			.extracting(e -> ((InvalidValueException) e).reason().zh())
			.isEqualTo(reason);
	}

	@Test
	void aForeignColumnAndAnotherForeignRowCurrencyContradictEachOther() {
		// given: the header says 万美元, the row's 币种 says HKD
		AmountUnit unit = AmountUnit.parse("万美元");

		// when / then
		assertThatThrownBy(() -> Amounts.parseWan("100", unit, "HKD", this.rates))
			.isInstanceOf(InvalidValueException.class)
			.hasMessage("币种冲突（表头为USD，币种列为HKD）：100");
	}

	@Test
	void configuredRatesAreUsed() {
		// given: the program's configuration sets the dollar at 7.1
		FxRates configured = this.rates.with(java.util.Map.of("USD", new BigDecimal("7.1")));

		// when
		Optional<BigDecimal> wan = Amounts.parseWan("3000万美元", AmountUnit.WAN_YUAN, "", configured);

		// then
		assertThat(wan).hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo("21300"));
	}

}
