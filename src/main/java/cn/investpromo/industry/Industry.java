package cn.investpromo.industry;

import java.util.List;

/**
 * An industry of the taxonomy (SPEC §3.2), with the keywords that map free text to it.
 *
 * @param code stable code such as {@code NMAT}; {@code OTH} is 其他
 * @param keywords words that, found in a project's industry text, classify it here
 */
public record Industry(String code, String zh, String en, List<String> keywords) {

	public Industry {
		if (code == null || code.isBlank() || zh == null || zh.isBlank() || en == null || en.isBlank()) {
			throw new IllegalArgumentException("an industry needs a code, a Chinese and an English name: " + code);
		}
		keywords = List.copyOf(keywords);
	}

	/** The name in the report's language. */
	public String name(boolean english) {
		return english ? this.en : this.zh;
	}

}
