package cn.investpromo.project;

import java.util.List;

import cn.investpromo.value.Vocabulary;

/** How far a signed project has landed (SPEC §2.3 项目状态). */
public enum ProjectStatus implements Vocabulary {

	SIGNED("已签约", "Signed", List.of("签约", "已签", "已签订", "签订", "签约未开工", "已签约未开工", "未开工", "待开工", "筹建", "signed")),
	UNDER_CONSTRUCTION("已开工", "Under construction",
			List.of("开工", "在建", "在建中", "建设中", "正在建设", "施工中", "开工建设", "已开工建设", "已开工在建", "under construction",
					"in construction", "started", "construction")),
	IN_PRODUCTION("已投产", "In production",
			List.of("投产", "建成投产", "已建成投产", "竣工投产", "部分投产", "试生产", "运营", "已运营", "试运营", "投入运营", "投运", "已投运", "竣工", "已竣工",
					"建成", "已建成", "in production", "production", "operating", "in operation", "operational",
					"completed")),
	TERMINATED("已终止", "Terminated", List.of("终止", "终止合作", "取消", "已取消", "中止", "已中止", "撤销", "已撤销", "退出", "已退出", "解约",
			"已解约", "terminated", "cancelled", "canceled"));

	private final Words words;

	ProjectStatus(String zh, String en, List<String> synonyms) {
		this.words = new Words(zh, en, synonyms);
	}

	@Override
	public Words words() {
		return this.words;
	}

}
