package cn.investpromo.ledger;

import java.util.List;

/** Kind of agreement a project was signed under (SPEC §2.3 协议类型). */
public enum AgreementType {

	INVESTMENT("投资协议", "Investment agreement", List.of("投资合同", "正式协议", "项目合同", "合同", "investment", "investment agreement", "contract")),
	STRATEGIC("战略合作协议", "Strategic cooperation agreement", List.of("战略合作", "战略协议", "strategic", "strategic cooperation")),
	FRAMEWORK("框架协议", "Framework agreement", List.of("框架", "合作框架协议", "framework")),
	LETTER_OF_INTENT("意向协议", "Letter of intent", List.of("意向", "意向书", "投资意向书", "intent", "letter of intent", "loi"));

	private final String zh;

	private final String en;

	private final List<String> synonyms;

	AgreementType(String zh, String en, List<String> synonyms) {
		this.zh = zh;
		this.en = en;
		this.synonyms = synonyms;
	}

	public String zh() {
		return this.zh;
	}

	public String en() {
		return this.en;
	}

	public String label(boolean english) {
		return english ? this.en : this.zh;
	}

	public List<String> synonyms() {
		return this.synonyms;
	}

}
