package cn.investpromo.value;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CurrenciesTests {

	@ParameterizedTest(name = "[{index}] \"{0}\" → {1}")
	@CsvSource(delimiter = '|', emptyValue = "", textBlock = """
			           | CNY
			CNY        | CNY
			人民币       | CNY
			rmb        | CNY
			RMB        | CNY
			元          | CNY
			美元        | USD
			美金        | USD
			usd        | USD
			ＵＳＤ       | USD
			$          | USD
			港元        | HKD
			港币        | HKD
			欧元        | EUR
			英镑        | GBP
			日元        | JPY
			韩元        | KRW
			新加坡元     | SGD
			澳门元       | MOP
			xyz        | XYZ
			""")
	void mapsWordsToIsoCodes(String text, String code) {
		// given: a 币种 cell

		// when / then
		assertThat(Currencies.code(text)).isEqualTo(code);
	}

	@Test
	void rejectsWordsThatAreNotCurrencies() {
		// given
		String text = "火星币";

		// when / then
		assertThatThrownBy(() -> Currencies.code(text)).isInstanceOf(InvalidValueException.class)
			.hasMessage("未知币种：火星币");
	}

}
