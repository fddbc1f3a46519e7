package cn.investpromo.value;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import cn.investpromo.project.ProjectStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Every reason a cell is rejected for reads in both report languages; Chinese stays as
 * logs have always shown it.
 */
class ReasonTests {

	@Test
	void chineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
		// when
		Properties zh = load("value/messages.properties");
		Properties en = load("value/messages_en.properties");

		// then
		assertThat(en.stringPropertyNames()).isEqualTo(zh.stringPropertyNames());
		assertThat(zh.stringPropertyNames()).allSatisfy((key) -> {
			assertThat(en.getProperty(key)).isNotBlank();
			// a lone ' would swallow the rest of the text in MessageFormat
			assertThat(new MessageFormat(zh.getProperty(key)).format(new Object[] { "A", "B", "C" }))
				.doesNotContain("'");
			assertThat(new MessageFormat(en.getProperty(key)).format(new Object[] { "A", "B", "C" }))
				.doesNotContain("'");
		});
	}

	@Test
	void everyKeyTheCodeUsesIsInTheBundle() throws IOException {
		// given every reason key written in the main sources
		Properties zh = load("value/messages.properties");
		Pattern use = Pattern.compile("(?:Reason\\.of|InvalidValueException)\\(\"([a-zA-Z.]+)\"");
		Set<String> used = new TreeSet<>();
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			for (Path source : sources.filter((path) -> path.toString().endsWith(".java")).toList()) {
				Matcher matcher = use.matcher(Files.readString(source));
				while (matcher.find()) {
					used.add(matcher.group(1));
				}
			}
		}

		// then: a typo would fail the import on the first bad row, not here
		assertThat(used).hasSizeGreaterThan(20);
		assertThat(zh.stringPropertyNames()).containsAll(used);
	}

	@Test
	void anUnreadableDateInBothLanguages() {
		// given a date a clerk wrote as a part of a month
		// when
		InvalidValueException ex = catchThrowableOfType(InvalidValueException.class,
				() -> LedgerDates.parse("2019年6月下旬"));

		// then
		assertThat(ex.getMessage()).isEqualTo("日期无法识别：2019年6月下旬");
		assertThat(ex.reason().zh()).isEqualTo("日期无法识别：2019年6月下旬");
		assertThat(ex.reason().en()).isEqualTo("date not recognised: 2019年6月下旬");
	}

	@Test
	void yearsAreShownWithoutThousandsSeparators() {
		// given a real date before 1990
		// when
		InvalidValueException ex = catchThrowableOfType(InvalidValueException.class,
				() -> LedgerDates.parse("1989-07-28"));

		// then
		assertThat(ex.reason().zh()).isEqualTo("年份超出范围（1990–2100）：1989-07-28");
		assertThat(ex.reason().en()).isEqualTo("year out of range (1990–2100): 1989-07-28");
	}

	@Test
	void anAmountWithADecimalCommaInBothLanguages() {
		// given 1,5亿 (a European decimal comma)
		// when
		InvalidValueException ex = catchThrowableOfType(InvalidValueException.class,
				() -> Amounts.parseWan("1,5亿", AmountUnit.WAN_YUAN, "", FxRates.defaults()));

		// then
		assertThat(ex.reason().zh()).isEqualTo("金额无法识别（逗号只能用作千位分隔符）：1,5亿");
		assertThat(ex.reason().en()).isEqualTo("amount not recognised (a comma may only separate thousands): 1,5亿");
	}

	@Test
	void aCurrencyConflictNamesBothCurrencies() {
		// given a header in US dollars and a 币种 column saying HKD
		AmountUnit dollars = AmountUnit.parse("万美元");

		// when
		InvalidValueException ex = catchThrowableOfType(InvalidValueException.class,
				() -> Amounts.parseWan("100", dollars, "HKD", FxRates.defaults()));

		// then
		assertThat(ex.reason().zh()).isEqualTo("币种冲突（表头为USD，币种列为HKD）：100");
		assertThat(ex.reason().en()).isEqualTo("currencies differ (header USD, currency column HKD): 100");
	}

	@Test
	void anUnknownStatusListsTheAcceptedWordsOfEachLanguage() {
		// given 在谈 (under negotiation), which is no status of a signed project
		// when
		InvalidValueException ex = catchThrowableOfType(InvalidValueException.class,
				() -> Vocabularies.parse(ProjectStatus.class, "在谈"));

		// then
		assertThat(ex.reason().zh()).isEqualTo("无法识别：在谈（可填：已签约、已开工、已投产、已终止）");
		assertThat(ex.reason().en())
			.isEqualTo("not recognised: 在谈 (accepted: Signed, Under construction, In production, Terminated)");
	}

	@Test
	void aCountInBothLanguages() {
		// given a fraction of a person
		// when
		InvalidValueException ex = catchThrowableOfType(InvalidValueException.class, () -> Counts.parse("12.5"));

		// then
		assertThat(ex.reason().zh()).isEqualTo("数量必须是非负整数：12.5");
		assertThat(ex.reason().en()).isEqualTo("the count must be a whole number, 0 or more: 12.5");
	}

	@Test
	void chineseDoesNotDependOnTheMachinesLanguage() {
		// given a JVM started on an English or a German desktop
		Locale before = Locale.getDefault();
		try {
			for (Locale machine : new Locale[] { Locale.ENGLISH, Locale.GERMANY }) {
				Locale.setDefault(machine);

				// when
				Reason reason = Reason.of("date.unreadable", "7/28");

				// then
				assertThat(reason.zh()).isEqualTo("日期无法识别：7/28");
				assertThat(reason.en()).isEqualTo("date not recognised: 7/28");
			}
		}
		finally {
			Locale.setDefault(before);
		}
	}

	private static Properties load(String resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = ReasonTests.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
