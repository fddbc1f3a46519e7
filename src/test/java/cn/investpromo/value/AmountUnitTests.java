package cn.investpromo.value;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AmountUnitTests {

	@ParameterizedTest(name = "[{index}] \"{0}\" → {1} 万 {2}")
	@CsvSource(delimiter = '|', textBlock = """
			元            | 0.0001    | CNY
			千元           | 0.1       | CNY
			万元           | 1         | CNY
			十万元          | 10        | CNY
			百万元          | 100       | CNY
			千万元          | 1000      | CNY
			亿元           | 10000     | CNY
			万             | 1         | CNY
			亿             | 10000     | CNY
			万元人民币       | 1         | CNY
			人民币万元       | 1         | CNY
			单位：万元       | 1         | CNY
			美元           | 0.0001    | USD
			万美元          | 1         | USD
			亿港元          | 10000     | HKD
			万港币          | 1         | HKD
			万欧元          | 1         | EUR
			亿日元          | 10000     | JPY
			ＵＳＤ          | 0.0001    | USD
			USD million    | 100       | USD
			万亿元          | 100000000 | CNY
			""")
	void readsHeaderUnits(String text, BigDecimal wanPerUnit, String currency) {
		// given: the text in a header's brackets

		// when
		AmountUnit unit = AmountUnit.parse(text);

		// then
		assertThat(unit.wanPerUnit()).isEqualByComparingTo(wanPerUnit);
		assertThat(unit.currency()).isEqualTo(currency);
	}

	@ParameterizedTest(name = "[{index}] \"{0}\"")
	@NullAndEmptySource
	@ValueSource(strings = { "  " })
	void noUnitMeansWanYuan(String text) {
		// given: a header without brackets

		// when
		AmountUnit unit = AmountUnit.parse(text);

		// then
		assertThat(unit).isEqualTo(AmountUnit.WAN_YUAN);
		assertThat(unit.wanPerUnit()).isEqualByComparingTo("1");
		assertThat(unit.currency()).isEqualTo("CNY");
	}

	@ParameterizedTest(name = "[{index}] \"{0}\"")
	@ValueSource(strings = { "人", "个", "abc", "万吨", "元/亩", "单位：" })
	void rejectsTextThatIsNotAMoneyUnit(String text) {
		// given: a bracket that holds something else

		// when / then
		assertThatThrownBy(() -> AmountUnit.parse(text)).isInstanceOf(InvalidValueException.class)
			.hasMessage("金额单位无法识别：" + TextNormalizer.normalize(text));
	}

	@Test
	void rejectsTwoCurrenciesInOneUnit() {
		// given
		String text = "万美元港元";

		// when / then
		assertThatThrownBy(() -> AmountUnit.parse(text)).isInstanceOf(InvalidValueException.class)
			.hasMessage("币种冲突（USD与HKD）：万美元港元");
	}

}
