package cn.investpromo.enterprise;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import cn.investpromo.value.TextNormalizer;
import cn.investpromo.value.Vocabulary;

/**
 * The tags SPEC §3.3 names, with the ways bureaus write them; any other tag is a bureau's
 * own and kept as written.
 */
public enum InvestorTag implements Vocabulary {

	WORLD_500("世界500强", "Fortune Global 500", true,
			List.of("财富世界500强", "全球500强", "世界五百强", "世界500强企业", "财富500强", "fortune global 500", "fortune 500",
					"global 500")),
	CHINA_500("中国500强", "China Top 500", true, List.of("中国企业500强", "中国五百强", "中国500强企业", "china top 500", "china 500")),
	PRIVATE_500("民营500强", "China Private Top 500", true,
			List.of("中国民营企业500强", "民营企业500强", "民企500强", "中国民营500强", "民营五百强", "china private top 500",
					"private top 500")),
	LISTED("上市公司", "Listed company", false, List.of("上市企业", "上市", "listed", "listed company")),
	CENTRAL_SOE("央企", "Central SOE", false, List.of("中央企业", "央企子公司", "中央国有企业", "central soe", "central soes")),
	INDUSTRY_LEADER("行业龙头", "Industry leader", false,
			List.of("龙头企业", "行业龙头企业", "行业领军企业", "industry leader", "leading enterprise")),
	HEADQUARTERS("总部", "Headquarters", false, List.of("总部企业", "总部项目", "地区总部", "区域总部", "headquarters", "hq")),
	RD_CENTRE("研发中心", "R&D centre", false, List.of("研发机构", "研发总部", "r&d centre", "r&d center", "rd centre"));

	/** The separator of stored tag lists. */
	public static final String SEPARATOR = "、";

	/** What separates the tags of one cell: 、 , ， ; ； / and line breaks. */
	private static final Pattern SEPARATORS = Pattern.compile("[、,，;；/／\n]");

	/** A listing on any board: A股上市, 港股上市公司, 科创板上市 … are 上市公司. */
	private static final Pattern LISTED_ON = Pattern.compile("^[a-z0-9\\u4e00-\\u9fa5]{0,6}上市(公司|企业)?$");

	private static final Map<String, InvestorTag> BY_KEY = new HashMap<>();

	static {
		for (InvestorTag tag : values()) {
			BY_KEY.put(key(tag.zh()), tag);
			BY_KEY.put(key(tag.en()), tag);
			tag.synonyms().forEach((s) -> BY_KEY.put(key(s), tag));
		}
	}

	private final Words words;

	private final boolean top500;

	InvestorTag(String zh, String en, boolean top500, List<String> synonyms) {
		this.words = new Words(zh, en, synonyms);
		this.top500 = top500;
	}

	@Override
	public Words words() {
		return this.words;
	}

	/** Whether it is one of the 三个500强 the headline counts together. */
	public boolean top500() {
		return this.top500;
	}

	/** The tag a written word names, if it is one of SPEC §3.3's. */
	public static Optional<InvestorTag> of(@Nullable String written) {
		String key = key(written);
		InvestorTag tag = BY_KEY.get(key);
		if (tag == null && LISTED_ON.matcher(key).matches() && !key.contains("拟") && !key.contains("未")) {
			tag = LISTED;
		}
		return Optional.ofNullable(tag);
	}

	/**
	 * A tag as stored: the Chinese name of one of SPEC §3.3's tags, else the bureau's own
	 * as written (spaces tidied); "" for a blank.
	 */
	public static String normalise(@Nullable String written) {
		return of(written).map(InvestorTag::zh).orElseGet(() -> TextNormalizer.display(written));
	}

	/**
	 * The tags of a cell or of an enterprise sheet's 标签, each {@link #normalise
	 * normalised}, in their order, once each.
	 */
	public static List<String> list(@Nullable String text) {
		Set<String> tags = new LinkedHashSet<>();
		for (String part : SEPARATORS.split(TextNormalizer.display(text))) {
			String tag = normalise(part);
			if (!tag.isEmpty()) {
				tags.add(tag);
			}
		}
		return new ArrayList<>(tags);
	}

	/** The tags of a cell joined by 、 as stored, or null when it names none. */
	public static @Nullable String joined(@Nullable String text) {
		List<String> tags = list(text);
		return tags.isEmpty() ? null : String.join(SEPARATOR, tags);
	}

	/**
	 * The tags in report order: SPEC §3.3's in their order, then the bureau's own by
	 * name.
	 */
	public static List<String> sorted(Collection<String> tags) {
		List<String> sorted = new ArrayList<>(tags);
		sorted.sort(Comparator.comparingInt((String t) -> of(t).map(Enum::ordinal).orElse(values().length))
			.thenComparing(Comparator.naturalOrder()));
		return List.copyOf(sorted);
	}

	/**
	 * A stored list of tags in the report's language, joined as it is stored in Chinese
	 * and by ", " in English; null for none.
	 */
	public static @Nullable String labels(@Nullable String stored, boolean english) {
		if (stored == null || !english) {
			return stored;
		}
		return Arrays.stream(stored.split(SEPARATOR)).map((tag) -> label(tag, true)).collect(Collectors.joining(", "));
	}

	/** The stored tag's name in the report's language: a bureau's own as written. */
	public static String label(String stored, boolean english) {
		return of(stored).map((t) -> t.label(english)).orElse(stored);
	}

	private static String key(@Nullable String text) {
		return TextNormalizer.comparisonKey(text).toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
	}

}
