package cn.investpromo.project;

import java.util.List;

import cn.investpromo.value.Vocabulary;

/** Kind of agreement a project was signed under (SPEC §2.3 协议类型). */
public enum AgreementType implements Vocabulary {

	INVESTMENT("投资协议", "Investment agreement",
			List.of("投资合同", "投资合同书", "投资合作协议", "项目投资协议", "正式投资协议", "正式协议", "项目合同", "合同", "投资", "investment",
					"investment agreement", "contract")),
	STRATEGIC("战略合作协议", "Strategic cooperation agreement",
			List.of("战略合作", "战略协议", "战略合作框架协议", "战略", "strategic", "strategic cooperation", "strategic agreement")),
	FRAMEWORK("框架协议", "Framework agreement",
			List.of("框架", "合作框架协议", "框架合作协议", "合作框架", "framework", "framework agreement")),
	LETTER_OF_INTENT("意向协议", "Letter of intent", List.of("意向", "意向书", "投资意向书", "意向协议书", "意向性协议", "投资意向协议", "合作意向书",
			"备忘录", "合作备忘录", "intent", "loi", "mou", "memorandum"));

	private final Words words;

	AgreementType(String zh, String en, List<String> synonyms) {
		this.words = new Words(zh, en, synonyms);
	}

	@Override
	public Words words() {
		return this.words;
	}

}
