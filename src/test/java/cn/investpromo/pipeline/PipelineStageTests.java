package cn.investpromo.pipeline;

import org.junit.jupiter.api.Test;

import cn.investpromo.value.InvalidValueException;
import cn.investpromo.value.Vocabularies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The stages of SPEC §2.8 read in Chinese, English and the synonyms clerks write. */
class PipelineStageTests {

	@Test
	void synonymsReadAsTheirStage() {
		// when / then
		assertThat(Vocabularies.parse(PipelineStage.class, "在谈")).contains(PipelineStage.NEGOTIATING);
		assertThat(Vocabularies.parse(PipelineStage.class, "放弃")).contains(PipelineStage.DROPPED);
		assertThat(Vocabularies.parse(PipelineStage.class, "意向")).contains(PipelineStage.CONTACT);
		assertThat(Vocabularies.parse(PipelineStage.class, "接洽")).contains(PipelineStage.CONTACT);
		assertThat(Vocabularies.parse(PipelineStage.class, "待签约")).contains(PipelineStage.ABOUT_TO_SIGN);
		assertThat(Vocabularies.parse(PipelineStage.class, "about_to_sign")).contains(PipelineStage.ABOUT_TO_SIGN);
		assertThat(Vocabularies.parse(PipelineStage.class, "Negotiating")).contains(PipelineStage.NEGOTIATING);
		assertThat(Vocabularies.parse(PipelineStage.class, "已签约")).contains(PipelineStage.SIGNED);
		assertThat(Vocabularies.parse(PipelineStage.class, "dropped")).contains(PipelineStage.DROPPED);
	}

	@Test
	void anUnknownStageNamesTheStagesThereAre() {
		// when / then
		assertThatThrownBy(() -> Vocabularies.parse(PipelineStage.class, "谈判破裂"))
			.isInstanceOfSatisfying(InvalidValueException.class, (ex) -> {
				assertThat(ex.reason().zh()).contains("初步接洽、洽谈中、拟签约、已签约、已中止");
				assertThat(ex.reason().en()).contains("Initial contact, Negotiating, About to sign, Signed, Dropped");
			});
	}

	@Test
	void onlySignedAndDroppedAreClosed() {
		// when / then
		assertThat(PipelineStage.values()).filteredOn(PipelineStage::closed)
			.containsExactly(PipelineStage.SIGNED, PipelineStage.DROPPED);
	}

}
