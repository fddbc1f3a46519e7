package cn.investpromo.value;

import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CountsTests {

	@ParameterizedTest(name = "[{index}] \"{0}\" → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			200          | 200
			200.0        | 200
			200.00       | 200
			200人         | 200
			15家          | 15
			15家企业       | 15
			约200人       | 200
			200余人       | 200
			200多人       | 200
			200 人        | 200
			200人左右      | 200
			200+         | 200
			２００人        | 200
			1,200        | 1200
			1，200人      | 1200
			300人次       | 300
			0            | 0
			2147483647   | 2147483647
			""")
	void readsCounts(String text, int expected) {
		// given: a count as a clerk or the importer writes it

		// when
		OptionalInt count = Counts.parse(text);

		// then
		assertThat(count).hasValue(expected);
	}

	@ParameterizedTest(name = "[{index}] \"{0}\"")
	@NullSource
	@ValueSource(strings = { "", "  ", "—", "不详" })
	void blankIsUnknown(String text) {
		// given: a cell left empty or marked unknown

		// when
		OptionalInt count = Counts.parse(text);

		// then
		assertThat(count).isEmpty();
	}

	@ParameterizedTest(name = "[{index}] \"{0}\"")
	@ValueSource(strings = { "-5", "12.5", "200.5", "两百人", "二百", "200-300人", "1,20", "1234,567", "2147483648",
			"99999999999", "200元", "200人200", "人", ".5", "200." })
	void rejectsWhatIsNotANonNegativeInteger(String text) {
		// given: negatives, fractions, words, ranges and overflow

		// when / then
		assertThatThrownBy(() -> Counts.parse(text)).isInstanceOf(InvalidValueException.class)
			.extracting(e -> ((InvalidValueException) e).reason().zh())
			.isEqualTo("数量必须是非负整数：" + text);
	}

	@Test
	void theReasonNamesWhatIsCounted() {
		// given: the importer says which column it reads

		// when / then
		assertThatThrownBy(() -> Counts.parse("-5", new Reason.Text("人数", "the number of attendees")))
			.isInstanceOf(InvalidValueException.class)
			.hasMessage("人数必须是非负整数：-5")
			.extracting((e) -> ((InvalidValueException) e).reason().en())
			.isEqualTo("the number of attendees must be a whole number, 0 or more: -5");
	}

}
