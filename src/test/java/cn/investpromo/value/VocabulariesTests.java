package cn.investpromo.value;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import cn.investpromo.project.AgreementType;
import cn.investpromo.event.EventType;
import cn.investpromo.project.ProjectStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VocabulariesTests {

	@ParameterizedTest(name = "[{index}] \"{0}\" → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			已投产              | IN_PRODUCTION
			投产                | IN_PRODUCTION
			In production      | IN_PRODUCTION
			IN PRODUCTION      | IN_PRODUCTION
			IN_PRODUCTION      | IN_PRODUCTION
			in_production      | IN_PRODUCTION
			in-production      | IN_PRODUCTION
			ｉｎ　ｐｒｏｄｕｃｔｉｏｎ | IN_PRODUCTION
			建成投产             | IN_PRODUCTION
			已开工              | UNDER_CONSTRUCTION
			在建                | UNDER_CONSTRUCTION
			开工建设             | UNDER_CONSTRUCTION
			Under Construction | UNDER_CONSTRUCTION
			签约                | SIGNED
			已签约              | SIGNED
			' 已 签 约 '         | SIGNED
			Signed             | SIGNED
			已终止              | TERMINATED
			取消                | TERMINATED
			""")
	void readsProjectStatuses(String text, ProjectStatus expected) {
		// given: a 项目状态 cell

		// when
		Optional<ProjectStatus> status = Vocabularies.parse(ProjectStatus.class, text);

		// then
		assertThat(status).contains(expected);
	}

	@ParameterizedTest(name = "[{index}] \"{0}\" → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			推介会              | PROMOTION
			推介会类             | PROMOTION
			招商推介会           | PROMOTION
			Promotion Conference | PROMOTION
			roadshow           | PROMOTION
			考察                | INSPECTION
			考察类              | INSPECTION
			inspection visit   | INSPECTION
			座谈会              | FORUM
			论坛                | FORUM
			签约仪式             | SIGNING
			集中签约             | SIGNING
			展会                | EXPO
			博览会              | EXPO
			洽谈会              | MATCHMAKING
			项目对接会           | MATCHMAKING
			其他                | OTHER
			其它                | OTHER
			其他类              | OTHER
			""")
	void readsEventTypes(String text, EventType expected) {
		// given: a 活动类型 cell

		// when
		Optional<EventType> type = Vocabularies.parse(EventType.class, text);

		// then
		assertThat(type).contains(expected);
	}

	@ParameterizedTest(name = "[{index}] \"{0}\" → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			投资协议            | INVESTMENT
			投资合同            | INVESTMENT
			战略合作协议         | STRATEGIC
			Strategic          | STRATEGIC
			框架协议            | FRAMEWORK
			意向协议            | LETTER_OF_INTENT
			意向书              | LETTER_OF_INTENT
			LOI                | LETTER_OF_INTENT
			letter_of_intent   | LETTER_OF_INTENT
			""")
	void readsAgreementTypes(String text, AgreementType expected) {
		// given: a 协议类型 cell

		// when
		Optional<AgreementType> type = Vocabularies.parse(AgreementType.class, text);

		// then
		assertThat(type).contains(expected);
	}

	@Test
	void everyLabelAndNameOfTheLedgerEnumsReadsBackAsItself() {
		// given: all words of the three ledger vocabularies (building the lookups also
		// proves no word is shared)

		// when / then
		for (EventType type : EventType.values()) {
			assertReadsBack(EventType.class, type);
		}
		for (ProjectStatus status : ProjectStatus.values()) {
			assertReadsBack(ProjectStatus.class, status);
		}
		for (AgreementType type : AgreementType.values()) {
			assertReadsBack(AgreementType.class, type);
		}
	}

	private static <E extends Enum<E> & Vocabulary> void assertReadsBack(Class<E> type, E constant) {
		assertThat(Vocabularies.parse(type, constant.zh())).contains(constant);
		assertThat(Vocabularies.parse(type, constant.en())).contains(constant);
		assertThat(Vocabularies.parse(type, constant.name())).contains(constant);
		for (String synonym : constant.synonyms()) {
			assertThat(Vocabularies.parse(type, synonym)).as(synonym).contains(constant);
		}
	}

	@ParameterizedTest(name = "[{index}] \"{0}\"")
	@NullSource
	@ValueSource(strings = { "", " ", "—" })
	void blankIsEmptySoTheCallerAppliesTheDefault(String text) {
		// given: a cell left empty

		// when
		Optional<ProjectStatus> status = Vocabularies.parse(ProjectStatus.class, text);

		// then
		assertThat(status).isEmpty();
	}

	@Test
	void unknownWordIsRejectedWithTheAcceptedLabels() {
		// given
		String text = "在谈";

		// when / then
		assertThatThrownBy(() -> Vocabularies.parse(ProjectStatus.class, text))
			.isInstanceOf(InvalidValueException.class)
			.hasMessage("无法识别：在谈（可填：已签约、已开工、已投产、已终止）");
	}

	@Test
	void labelFollowsTheReportLanguage() {
		// given
		ProjectStatus status = ProjectStatus.IN_PRODUCTION;

		// when / then
		assertThat(status.label(false)).isEqualTo("已投产");
		assertThat(status.label(true)).isEqualTo("In production");
	}

	@Test
	void aWordNamingTwoConstantsIsAProgrammingError() {
		// given: an enum whose synonym repeats another constant's label

		// when / then
		assertThatThrownBy(() -> Vocabularies.parse(Clashing.class, "甲")).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("'甲' names both A and B");
	}

	enum Clashing implements Vocabulary {

		A("甲", "a", List.of()), B("乙", "b", List.of("甲"));

		private final Words words;

		Clashing(String zh, String en, List<String> synonyms) {
			this.words = new Words(zh, en, synonyms);
		}

		@Override
		public Words words() {
			return this.words;
		}

	}

}
