package cn.investpromo.store;

import org.jspecify.annotations.Nullable;

import cn.investpromo.value.TextNormalizer;

/** The comparison keys stored next to the texts they are matched by, and text bounds. */
final class Keys {

	private Keys() {
	}

	/**
	 * SPEC §2.5: investors are compared in normal form, without spaces and case; stored
	 * as written.
	 */
	static @Nullable String investorKey(String investor) {
		return truncate(TextNormalizer.comparisonKey(investor), 500);
	}

	/**
	 * An event's name, or a project's 关联活动, in the form they are matched in (issue 9): as
	 * names are compared (SPEC §2.5), its first 500 characters; null for none.
	 */
	static @Nullable String referenceKey(@Nullable String text) {
		return (text != null) ? truncate(TextNormalizer.comparisonKey(text), 500) : null;
	}

	static @Nullable String truncate(@Nullable String text, int max) {
		return (text == null || text.length() <= max) ? text : text.substring(0, max);
	}

}
