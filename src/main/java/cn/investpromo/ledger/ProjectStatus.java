package cn.investpromo.ledger;

import java.util.List;

/** How far a signed project has landed (SPEC §2.3 项目状态). */
public enum ProjectStatus {

	SIGNED("已签约", "Signed", List.of("签约", "已签", "签约未开工", "未开工", "signed")),
	UNDER_CONSTRUCTION("已开工", "Under construction", List.of("开工", "在建", "建设中", "已开工建设", "under construction", "started", "construction")),
	IN_PRODUCTION("已投产", "In production", List.of("投产", "已建成投产", "竣工投产", "运营", "已运营", "in production", "production", "operating")),
	TERMINATED("已终止", "Terminated", List.of("终止", "取消", "已取消", "中止", "terminated", "cancelled", "canceled"));

	private final String zh;

	private final String en;

	private final List<String> synonyms;

	ProjectStatus(String zh, String en, List<String> synonyms) {
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
