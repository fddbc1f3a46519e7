package cn.investpromo.pipeline;

import java.util.List;

import cn.investpromo.value.Vocabulary;

/**
 * How far a project under negotiation has got (SPEC §2.8 洽谈阶段), in the order of a
 * pipeline.
 */
public enum PipelineStage implements Vocabulary {

	CONTACT("初步接洽", "Initial contact",
			List.of("接洽", "初次接洽", "初步洽谈", "意向", "有意向", "意向洽谈", "初步意向", "信息收集", "线索", "contact", "lead",
					"initial contact")),
	NEGOTIATING("洽谈中", "Negotiating",
			List.of("在谈", "洽谈", "正在洽谈", "商谈中", "谈判中", "深度洽谈", "重点洽谈", "跟踪洽谈", "negotiating", "negotiation",
					"in negotiation")),
	ABOUT_TO_SIGN("拟签约", "About to sign",
			List.of("待签约", "即将签约", "准备签约", "近期签约", "达成意向", "about to sign", "to sign", "pending signing")),
	SIGNED("已签约", "Signed", List.of("签约", "已签", "已签订", "已落地", "signed")),
	DROPPED("已中止", "Dropped", List.of("中止", "放弃", "已放弃", "终止", "已终止", "暂停", "已暂停", "搁置", "已搁置", "取消", "已取消", "dropped",
			"abandoned", "cancelled", "canceled", "on hold"));

	private final Words words;

	PipelineStage(String zh, String en, List<String> synonyms) {
		this.words = new Words(zh, en, synonyms);
	}

	@Override
	public Words words() {
		return this.words;
	}

	/**
	 * Whether the negotiation is over (signed or dropped): such a project is never
	 * overdue or stale.
	 */
	public boolean closed() {
		return this == SIGNED || this == DROPPED;
	}

}
