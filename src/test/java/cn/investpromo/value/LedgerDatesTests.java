package cn.investpromo.value;

import java.time.LocalDate;

import org.apache.poi.ss.usermodel.DateUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LedgerDatesTests {

	@ParameterizedTest(name = "[{index}] \"{0}\" → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			2019-07-28               | 2019-07-28
			2019-7-28                | 2019-07-28
			2019/7/28                | 2019-07-28
			2019/07/28               | 2019-07-28
			2019.7.28                | 2019-07-28
			2019年7月28日             | 2019-07-28
			2019年07月28日            | 2019-07-28
			2019年7月28号             | 2019-07-28
			2019 年 7 月 28 日        | 2019-07-28
			2019年7月28               | 2019-07-28
			20190728                 | 2019-07-28
			2019-07-28 00:00:00      | 2019-07-28
			2019-07-28 00:00:00.0    | 2019-07-28
			2019-07-28T00:00         | 2019-07-28
			2019/7/28 9:30           | 2019-07-28
			43674                    | 2019-07-28
			43674.5                  | 2019-07-28
			２０１９－０７－２８         | 2019-07-28
			２０１９年７月２８日         | 2019-07-28
			2018.10.30               | 2018-10-30
			2020-02-29               | 2020-02-29
			1990-01-01               | 1990-01-01
			2100-12-31               | 2100-12-31
			""")
	void readsTheAcceptedForms(String text, LocalDate expected) {
		// given: the text as a clerk or the importer writes it

		// when
		LocalDate date = LedgerDates.parse(text);

		// then
		assertThat(date).isEqualTo(expected);
	}

	@ParameterizedTest(name = "[{index}] serial {0}")
	@ValueSource(ints = { 32874, 36526, 36585, 36586, 43466, 43674, 43831, 45351, 73415 })
	void readsExcelSerialsAsExcelDoes(int serial) {
		// given: POI's own conversion (1900 date system, with its fake 1900-02-29) as the
		// reference
		LocalDate excel = DateUtil.getLocalDateTime(serial).toLocalDate();

		// when
		LocalDate date = LedgerDates.parse(Integer.toString(serial));

		// then
		assertThat(date).isEqualTo(excel);
	}

	@Test
	void excelSerialOfTheShenzhenConferenceIsJuly28() {
		// given: 招远市's promotion conference in 深圳, 2019-07-28, stored as a serial in an
		// unformatted cell
		String serial = "43674";

		// when
		LocalDate date = LedgerDates.parse(serial);

		// then: 43466 is 2019-01-01, and 2019-07-28 is 208 days later
		assertThat(date).isEqualTo(LocalDate.of(2019, 7, 28));
	}

	@ParameterizedTest(name = "[{index}] \"{0}\" → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			2019年6月下旬          | 日期无法识别：2019年6月下旬
			2019-13-45            | 日期不存在：2019-13-45
			2019-02-30            | 日期不存在：2019-02-30
			2019-02-29            | 日期不存在：2019-02-29
			20190230              | 日期不存在：20190230
			2019年2月30日          | 日期不存在：2019年2月30日
			1985-01-01            | 年份超出范围（1990–2100）：1985-01-01
			2101-01-01            | 年份超出范围（1990–2100）：2101-01-01
			19/7/28               | 日期无法识别：19/7/28
			7/28/2019             | 日期无法识别：7/28/2019
			28.07.2019            | 日期无法识别：28.07.2019
			2019-07               | 日期无法识别：2019-07
			2019-7/28             | 日期无法识别：2019-7/28
			2019-07-28 25:00      | 日期无法识别：2019-07-28 25:00
			2019-07-28T           | 日期无法识别：2019-07-28T
			2019.7.28 10:00       | 日期无法识别：2019.7.28 10:00
			2019-07-28至30日       | 日期无法识别：2019-07-28至30日
			201907281             | 日期无法识别：201907281
			201907                | 日期无法识别：201907
			12                    | 日期无法识别：12
			60                    | 日期无法识别：60
			-43674                | 日期无法识别：-43674
			43674.                | 日期无法识别：43674.
			下周一                 | 日期无法识别：下周一
			—                     | 日期无法识别：—
			""")
	void rejectsEverythingElse(String text, String reason) {
		// given: text that is not a date in an accepted form, or not a real date

		// when / then
		assertThatThrownBy(() -> LedgerDates.parse(text)).isInstanceOf(InvalidValueException.class)
			.extracting(e -> ((InvalidValueException) e).reason().zh())
			.isEqualTo(reason);
	}

	@Test
	void blankIsRejectedWhereADateIsRequired() {
		// given
		String blank = " \u3000 ";

		// when / then
		assertThatThrownBy(() -> LedgerDates.parse(blank)).isInstanceOf(InvalidValueException.class).hasMessage("日期为空");
	}

	@Test
	void blankOrPlaceholderIsEmptyWhereADateIsOptional() {
		// given: an end date left blank, or marked unknown

		// when / then
		assertThat(LedgerDates.parseOptional(null)).isEmpty();
		assertThat(LedgerDates.parseOptional("")).isEmpty();
		assertThat(LedgerDates.parseOptional("—")).isEmpty();
		assertThat(LedgerDates.parseOptional("待定")).isEmpty();
		assertThat(LedgerDates.parseOptional("2018年11月2日")).contains(LocalDate.of(2018, 11, 2));
	}

}
