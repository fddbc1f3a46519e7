package cn.investpromo.event;

import java.util.List;

import cn.investpromo.value.Vocabulary;

/**
 * Kind of promotion event (SPEC §2.2), with its Chinese and English labels and accepted
 * synonyms.
 */
public enum EventType implements Vocabulary {

	PROMOTION("推介会", "Promotion conference",
			List.of("推介", "推介活动", "招商推介会", "招商推介", "投资推介会", "项目推介会", "产业推介会", "推介大会", "招商会", "招商大会", "说明会", "promotion",
					"promotion conference", "investment promotion", "conference", "roadshow")),
	INSPECTION("考察", "Inspection visit",
			List.of("考察活动", "实地考察", "考察交流", "参观考察", "招商考察", "外出考察", "来访考察", "考察调研", "调研", "走访", "拜访", "上门拜访",
					"inspection", "inspection visit", "visit", "site visit", "study tour", "tour")),
	FORUM("座谈会", "Forum",
			List.of("座谈", "座谈交流", "座谈交流会", "恳谈会", "交流会", "论坛", "研讨会", "峰会", "forum", "symposium", "seminar", "summit")),
	SIGNING("签约仪式", "Signing ceremony",
			List.of("签约", "签约活动", "集中签约", "集中签约仪式", "签约会", "签约大会", "项目签约", "signing", "signing ceremony")),
	EXPO("展会", "Expo",
			List.of("展览会", "博览会", "展销会", "交易会", "展洽会", "展览", "博览", "expo", "exhibition", "fair", "trade fair",
					"trade show")),
	MATCHMAKING("洽谈会", "Matchmaking meeting",
			List.of("洽谈", "对接", "对接会", "项目对接会", "对接洽谈会", "洽谈对接会", "投资洽谈会", "招商洽谈会", "经贸洽谈会", "项目洽谈", "matchmaking",
					"matchmaking meeting", "business matchmaking", "negotiation")),
	OTHER("其他", "Other", List.of("其它", "其他活动", "other", "others"));

	private final Words words;

	EventType(String zh, String en, List<String> synonyms) {
		this.words = new Words(zh, en, synonyms);
	}

	@Override
	public Words words() {
		return this.words;
	}

}
