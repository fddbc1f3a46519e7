package cn.investpromo.value;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class CountriesTests {

	@ParameterizedTest(name = "[{index}] \"{0}\" → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			中国           | 中国
			中国大陆        | 中国
			国内           | 中国
			China         | 中国
			CN            | 中国
			香港           | 中国香港
			Hong Kong     | 中国香港
			HK            | 中国香港
			香港特别行政区    | 中国香港
			中国香港        | 中国香港
			澳门           | 中国澳门
			台湾           | 中国台湾
			USA           | 美国
			U.S.          | 美国
			美国           | 美国
			Singapore     | 新加坡
			 新加坡         | 新加坡
			Germany       | 德国
			日本           | 日本
			South Korea   | 韩国
			UK            | 英国
			United Kingdom | 英国
			英属维尔京群岛    | 英属维尔京群岛
			卢森堡          | 卢森堡
			Ruritania     | Ruritania
			""")
	void normalisesCountriesAndRegions(String cell, String normal) {
		assertThat(Countries.normalize(cell)).isEqualTo(normal);
	}

	@Test
	void blankAndPlaceholdersAreNoCountry() {
		assertThat(Countries.normalize("")).isNull();
		assertThat(Countries.normalize(null)).isNull();
		assertThat(Countries.normalize("—")).isNull();
		assertThat(Countries.normalize("无")).isNull();
	}

	@Test
	void theMainlandIsNotForeignButHongKongMacaoAndTaiwanAre() {
		assertThat(Countries.foreign("中国")).isFalse();
		assertThat(Countries.foreign(null)).isFalse();
		assertThat(Countries.foreign("中国香港")).isTrue();
		assertThat(Countries.foreign("中国台湾")).isTrue();
		assertThat(Countries.foreign("德国")).isTrue();
	}

	@Test
	void englishReportsNameKnownCountriesInEnglish() {
		assertThat(Countries.label("中国香港", true)).isEqualTo("Hong Kong, China");
		assertThat(Countries.label("新加坡", true)).isEqualTo("Singapore");
		assertThat(Countries.label("卢森堡", true)).isEqualTo("卢森堡");
		assertThat(Countries.label("新加坡", false)).isEqualTo("新加坡");
	}

}
