package cn.investpromo.value;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TextNormalizerTests {

	@ParameterizedTest(name = "[{index}] \"{0}\" → \"{1}\"")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			"  协议投资额  "           | 协议投资额
			１．５亿                   | 1.5亿
			ＡＢＣ１２３！～            | ABC123!~
			（万元）                   | (万元)
			人数：２００，企业：１５     | 人数:200,企业:15
			"招远市\u3000\u3000推介会"   | 招远市 推介会
			"a\u00A0b"                | a b
			"\u200B投资额\uFEFF"        | 投资额
			"投\u200D资\u2060额\u00AD"  | 投资额
			"协议投资额\\n（万元）"        | 协议投资额 (万元)
			"a \\t\\r\\n b"              | a b
			"\u3000 2019-07-28 \u00A0" | 2019-07-28
			顿号、书名号《》【】          | 顿号、书名号《》【】
			""                        | ""
			""")
	void normalizes(String raw, String expected) {
		// given: \\t, \\r and \\n stay escaped in the table so that they do not break its lines
		String input = raw.translateEscapes();

		// when
		String normalized = TextNormalizer.normalize(input);

		// then
		assertThat(normalized).isEqualTo(expected);
	}

	@Test
	void nullIsEmpty() {
		// given
		String raw = null;

		// when
		String normalized = TextNormalizer.normalize(raw);

		// then
		assertThat(normalized).isEmpty();
	}

	@Test
	void cleanTextIsReturnedAsItIs() {
		// given: the common case, which must cost no copy
		String raw = "招远市 2019年7月 推介会";

		// when
		String normalized = TextNormalizer.normalize(raw);

		// then
		assertThat(normalized).isSameAs(raw);
	}

	@Test
	void controlCharactersAreDropped() {
		// given: Excel keeps stray control characters as _x0001_ escapes
		String raw = "投资\u0001额\u007F";

		// when
		String normalized = TextNormalizer.normalize(raw);

		// then
		assertThat(normalized).isEqualTo("投资额");
	}

	@Test
	void normalizingTwiceChangesNothing() {
		// given
		String once = TextNormalizer.normalize("\u3000ＵＳＤ\u00A0 ５\u200B million ");

		// when
		String twice = TextNormalizer.normalize(once);

		// then
		assertThat(once).isEqualTo("USD 5 million");
		assertThat(twice).isSameAs(once);
	}

}
