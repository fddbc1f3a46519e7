package cn.investpromo.ledger;

import java.util.List;

/** Kind of promotion event (SPEC §2.2), with its Chinese and English labels and accepted synonyms. */
public enum EventType {

	PROMOTION("推介会", "Promotion conference", List.of("推介", "推介活动", "招商推介会", "promotion", "conference", "roadshow")),
	INSPECTION("考察", "Inspection visit", List.of("考察活动", "实地考察", "考察交流", "参观考察", "inspection", "visit", "tour")),
	FORUM("座谈会", "Forum", List.of("座谈", "座谈交流", "恳谈会", "forum", "symposium", "seminar")),
	SIGNING("签约仪式", "Signing ceremony", List.of("签约", "签约活动", "集中签约", "signing", "signing ceremony")),
	EXPO("展会", "Expo", List.of("展览会", "博览会", "展销会", "交易会", "expo", "exhibition", "fair")),
	MATCHMAKING("洽谈会", "Matchmaking meeting", List.of("洽谈", "对接会", "项目对接会", "matchmaking", "negotiation")),
	OTHER("其他", "Other", List.of("其它", "other"));

	private final String zh;

	private final String en;

	private final List<String> synonyms;

	EventType(String zh, String en, List<String> synonyms) {
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
