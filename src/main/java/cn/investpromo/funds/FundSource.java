package cn.investpromo.funds;

import java.util.List;

import cn.investpromo.value.Vocabulary;

/**
 * Where an arrival's money comes from, seen from its landing region (SPEC §2.7 资金来源); the
 * constant's name is what {@code fund_arrival.source} stores.
 */
public enum FundSource implements Vocabulary {

	/** 省外: from outside the landing region's province. */
	OUT_OF_PROVINCE("省外", "Outside the province", List.of("out of province", "外省", "省外资金", "国内省外")),

	/** 市外省内: from the landing region's province, outside its city. */
	IN_PROVINCE("市外省内", "In the province, outside the city", List.of("in province", "省内市外", "省内", "市外", "省内资金")),

	/** 市内: from the landing region's city. */
	IN_CITY("市内", "Within the city", List.of("in city", "本市", "市内资金", "本地")),

	/** 境外: from outside the mainland (中国香港, 中国澳门 and 中国台湾 included). */
	FOREIGN("境外", "Foreign", List.of("国外", "境外资金", "外资", "海外", "overseas", "abroad")),

	/** 未知: neither written nor derivable. */
	UNKNOWN("未知", "Unknown", List.of("不详", "不明", "unknown"));

	private final Words words;

	FundSource(String zh, String en, List<String> synonyms) {
		this.words = new Words(zh, en, synonyms);
	}

	@Override
	public Words words() {
		return this.words;
	}

}
