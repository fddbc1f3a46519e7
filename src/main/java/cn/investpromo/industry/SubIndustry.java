package cn.investpromo.industry;

import java.util.List;

/**
 * A second-level industry of the taxonomy (SPEC §3.2), under one first-level
 * {@link Industry}, with the keywords that map free text to it.
 *
 * @param parentCode the code of its first-level industry, such as {@code NGIT}
 * @param code stable code such as {@code NGIT.IC}: the parent's code, a dot and a short
 * tag
 * @param keywords words that, found in a project's industry text, classify it here (and
 * so under its parent)
 */
public record SubIndustry(String parentCode, String code, String zh, String en, List<String> keywords) {

	public SubIndustry {
		if (parentCode == null || parentCode.isBlank() || code == null || code.isBlank() || zh == null || zh.isBlank()
				|| en == null || en.isBlank()) {
			throw new IllegalArgumentException(
					"a sub-industry needs a parent code, a code, a Chinese and an English name: " + code);
		}
		keywords = List.copyOf(keywords);
	}

	/** The name in the report's language. */
	public String name(boolean english) {
		return english ? this.en : this.zh;
	}

}
