package cn.investpromo.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every report word exists in both languages, so an English report never shows a Chinese
 * label or a key, and each language is punctuated as it is printed.
 */
class ReportLabelsTests {

	@ParameterizedTest
	@ValueSource(strings = { "report/labels", "report/pdf/pdf-labels", "report/excel/excel-labels" })
	void chineseAndEnglishBundlesHaveTheSameKeys(String bundle) throws IOException {
		// when
		Properties zh = load(bundle + ".properties");
		Properties en = load(bundle + "_en.properties");
		// then
		assertThat(en.stringPropertyNames()).isEqualTo(zh.stringPropertyNames());
		assertThat(en.stringPropertyNames()).allSatisfy((key) -> assertThat(en.getProperty(key)).isNotBlank());
	}

	@ParameterizedTest
	@ValueSource(strings = { "report/labels", "report/pdf/pdf-labels", "report/excel/excel-labels" })
	void chineseLabelsUseFullWidthPunctuationAndEnglishOnesAscii(String bundle) throws IOException {
		// when
		Properties zh = load(bundle + ".properties");
		Properties en = load(bundle + "_en.properties");
		// then: 招远市（本级）, 协议投资额（亿元）; keyword lists are metadata, separated by ASCII commas
		assertThat(zh.stringPropertyNames())
			.filteredOn((key) -> !key.endsWith(".keywords") && !key.endsWith(".keywords.period"))
			.allSatisfy((key) -> assertThat(zh.getProperty(key)).as(key).doesNotContainPattern("[():;,]"));
		assertThat(en.stringPropertyNames()).allSatisfy(
				(key) -> assertThat(en.getProperty(key)).as(key).doesNotContainPattern("[\u3000-\u303F\uFF01-\uFF5E]"));
		assertThat(ReportLabels.of(ReportLanguage.ZH).format("report.selfSuffix", "招远市")).isEqualTo("招远市（本级）");
		assertThat(ReportLabels.of(ReportLanguage.EN).format("report.selfSuffix", "招远市")).isEqualTo("招远市, own level");
	}

	@ParameterizedTest
	@ValueSource(strings = { "ZH", "EN" })
	void labelsFormatWithoutThousandsSeparatorsOnYears(String language) {
		// given
		ReportLabels labels = ReportLabels.of(ReportLanguage.valueOf(language));
		// then
		assertThat(labels.format("report.subtitle", "2019", "7")).contains("2019").doesNotContain("2,019");
		assertThat(labels.kpi(KpiKind.PROJECTS)).isNotBlank();
	}

	private static Properties load(String resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = ReportLabelsTests.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
