package cn.investpromo.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
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
		// one name of 本级 in each language (issue 22)
		assertThat(ReportLabels.of(ReportLanguage.ZH).selfName("招远市")).isEqualTo("市本级");
		assertThat(ReportLabels.of(ReportLanguage.ZH).selfName("长岛县")).isEqualTo("县本级");
		assertThat(ReportLabels.of(ReportLanguage.EN).selfName("Zhaoyuan (招远市)")).isEqualTo("City level");
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

	/**
	 * The report's words live in its bundles: no string literal of its main code holds a
	 * Chinese character, apart from what is not a word of the report.
	 */
	@Test
	void theReportsCodeHoldsNoChineseWords() throws IOException {
		// given
		Path root = Path.of("src/main/java/cn/investpromo/report");
		List<String> found = new ArrayList<>();
		// when
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".java")).toList()) {
				String name = root.relativize(file).toString().replace('\\', '/');
				List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
				for (int i = 0; i < lines.size(); i++) {
					String line = lines.get(i).strip();
					if (line.startsWith("*") || line.startsWith("/*") || line.startsWith("//")) {
						continue;
					}
					Matcher literal = CHINESE_LITERAL.matcher(line);
					while (literal.find()) {
						if (!ALLOWED.contains(name + " " + literal.group())) {
							found.add(name + ":" + (i + 1) + " " + literal.group());
						}
					}
				}
			}
		}
		// then
		assertThat(found).isEmpty();
	}

	/** A string literal with a CJK character or full-width punctuation. */
	private static final Pattern CHINESE_LITERAL = Pattern
		.compile("\"(?:[^\"\\\\]|\\\\.)*[\u3000-\u303F\u4E00-\u9FFF\uFF00-\uFFEF](?:[^\"\\\\]|\\\\.)*\"");

	/**
	 * What must stay in the code: the suffixes by which a Chinese region name says its
	 * level (vocabulary the code reads, not words it writes), the punctuation line
	 * breaking and column widths measure, the font's name, and an error message to the
	 * operator that is bilingual anyway.
	 */
	private static final Set<String> ALLOWED = Set.of("pdf/Kinsoku.java \"，。、；：？！）》」』】〕〉”’…—%％·.,;:?!)]}\"",
			"pdf/Kinsoku.java \"（《「『【〔〈“‘([{\"", "pdf/ColumnWidths.java \"（《「『【〔〈“‘([{\"",
			"excel/TextWidth.java \"[（(][^（）()]*[）)]\"", "excel/TileStyles.java \"等线\"", "excel/Styles.java \"等线\"",
			"json/JsonReportRenderer.java \"JSON 无法写入 \"", "json/JsonReportRenderer.java \"：\"",
			"pdf/OpeningSections.java \"^[:：]?\\\\s*\"", "ReportLabels.java \"市\"", "ReportLabels.java \"县\"",
			"ReportLabels.java \"旗\"", "ReportLabels.java \"区\"", "ReportLabels.java \"镇\"", "ReportLabels.java \"乡\"",
			"ReportLabels.java \"省\"", "excel/TextWidth.java \"\\\\s*[（(][^（）()]*[）)]$\"");

	private static Properties load(String resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = ReportLabelsTests.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
