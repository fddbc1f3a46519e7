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
		// given: \\t, \\r and \\n stay escaped in the table so that they do not break its
		// lines
		String input = raw.translateEscapes();

		// when
		String normalized = TextNormalizer.normalize(input);

		// then
		assertThat(normalized).isEqualTo(expected);
	}

	@ParameterizedTest(name = "[{index}] \"{0}\" → \"{1}\"")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			柔性集成电路项目投资方（报道未载明）       | 柔性集成电路项目投资方（报道未载明）
			"  招远市（本级）　 "                | 招远市（本级）
			备注：投资额为示意值；见附件，下同          | 备注：投资额为示意值；见附件，下同
			ＡＢＣ１２３有限公司                      | ABC123有限公司
			ＡＢＣ（ＨＫ）有限公司                    | ABC（HK）有限公司
			总投资１．５亿元，占比２０％                | 总投资1.5亿元，占比20%
			Ｂ－２地块，１０：３０开工                 | B-2地块，10:30开工
			１，０００万元                          | 1,000万元
			"项目　　名称​"             | 项目 名称
			（万元）                               | （万元）
			"a b"                            | a b
			""                                    | ""
			""")
	void displayKeepsTheLedgersChinesePunctuation(String raw, String expected) {
		// when
		String display = TextNormalizer.display(raw);

		// then
		assertThat(display).isEqualTo(expected);
		assertThat(TextNormalizer.display(display)).isEqualTo(display);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			柔性集成电路项目投资方（报道未载明）
			"  ＡＢＣ（ＨＫ）　有限公司 "
			总投资１．５亿元，占比２０％；Ｂ－２地块
			"人数：２００，企业：１５\n（家）"
			顿号、书名号《》【】
			""")
	void normalizingTheDisplayTextGivesTheSameKeyAsNormalizingTheCell(String raw) {
		// given
		String input = raw.translateEscapes();

		// when
		String viaDisplay = TextNormalizer.normalize(TextNormalizer.display(input));

		// then
		assertThat(viaDisplay).isEqualTo(TextNormalizer.normalize(input));
	}

	@Test
	void cleanDisplayTextIsReturnedAsItIs() {
		// given
		String raw = "招远市 2019年7月 推介会";

		// when
		String display = TextNormalizer.display(raw);

		// then
		assertThat(display).isSameAs(raw);
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

	@Test
	void investorsWrittenWithOtherBracketsSpacesOrCaseHaveOneComparisonKey() {
		// when
		String written = TextNormalizer.comparisonKey("ＡＢＣ 投资（香港）有限公司");
		String again = TextNormalizer.comparisonKey("abc投资(香港) 有限公司");

		// then
		assertThat(written).isEqualTo("abc投资(香港)有限公司").isEqualTo(again);
	}

}
