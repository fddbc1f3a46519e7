package cn.investpromo.value;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The investor countries and regions of a 投资方国别 cell (SPEC §2.3, §2.9), in one normal
 * form: 中国 for the mainland, 中国香港, 中国澳门 and 中国台湾, else the country's Chinese name;
 * English names and short forms are mapped, an unknown text is kept as written.
 */
public final class Countries {

	/** The mainland: the one normal name that is not foreign investment. */
	/**
	 * The country of foreign arrivals without a linked project or country, as the report
	 * names it (SPEC §5.2: the rows by country add up to the totals).
	 */
	public static final String UNKNOWN = "未知";

	public static final String MAINLAND = "中国";

	private static final Map<String, String> BY_WORD;

	private static final Map<String, String> ENGLISH;

	static {
		Map<String, String> words = new HashMap<>();
		Map<String, String> english = new HashMap<>();
		Countries.Table put = new Countries.Table(words, english);
		put.add("China", MAINLAND, "中国大陆", "大陆", "国内", "内地", "中华人民共和国", "china", "cn", "prc", "mainland china",
				"chinese mainland");
		put.add("Hong Kong, China", "中国香港", "香港", "中国香港特别行政区", "香港特别行政区", "香港特区", "hong kong", "hongkong", "hk",
				"hong kong sar", "hong kong, china", "hksar");
		put.add("Macao, China", "中国澳门", "澳门", "中国澳门特别行政区", "澳门特别行政区", "澳门特区", "macao", "macau", "mo", "macao sar",
				"macao, china");
		put.add("Taiwan, China", "中国台湾", "台湾", "台湾地区", "中国台湾地区", "taiwan", "tw", "taiwan, china");
		put.add("United States", "美国", "美利坚合众国", "usa", "us", "u.s.", "u.s.a.", "united states", "america",
				"united states of america");
		put.add("Singapore", "新加坡", "singapore", "sg");
		put.add("Germany", "德国", "germany", "de", "deutschland");
		put.add("Japan", "日本", "japan", "jp");
		put.add("Korea", "韩国", "大韩民国", "south korea", "korea", "republic of korea", "kr");
		put.add("United Kingdom", "英国", "uk", "united kingdom", "great britain", "britain", "england");
		put.add("France", "法国", "france");
		put.add("Italy", "意大利", "italy");
		put.add("Netherlands", "荷兰", "netherlands", "holland");
		put.add("Switzerland", "瑞士", "switzerland");
		put.add("Canada", "加拿大", "canada");
		put.add("Australia", "澳大利亚", "澳洲", "australia");
		put.add("Malaysia", "马来西亚", "malaysia");
		put.add("Thailand", "泰国", "thailand");
		put.add("Indonesia", "印度尼西亚", "印尼", "indonesia");
		put.add("Vietnam", "越南", "vietnam", "viet nam");
		put.add("India", "印度", "india");
		put.add("Russia", "俄罗斯", "russia", "russian federation");
		put.add("Israel", "以色列", "israel");
		put.add("Sweden", "瑞典", "sweden");
		put.add("Denmark", "丹麦", "denmark");
		put.add("Spain", "西班牙", "spain");
		put.add("Belgium", "比利时", "belgium");
		put.add("Austria", "奥地利", "austria");
		put.add("Finland", "芬兰", "finland");
		put.add("Norway", "挪威", "norway");
		put.add("New Zealand", "新西兰", "new zealand");
		put.add("Saudi Arabia", "沙特阿拉伯", "沙特", "saudi arabia");
		put.add("United Arab Emirates", "阿联酋", "阿拉伯联合酋长国", "uae", "united arab emirates");
		put.add("British Virgin Islands", "英属维尔京群岛", "bvi", "british virgin islands");
		put.add("Cayman Islands", "开曼群岛", "cayman islands", "cayman");
		BY_WORD = Map.copyOf(words);
		ENGLISH = Map.copyOf(english);
	}

	private Countries() {
	}

	/**
	 * The normal name of a 投资方国别 cell, or null for a blank one (or a placeholder such as
	 * 无 or —); an unknown country is kept as written, trimmed.
	 */
	public static @Nullable String normalize(@Nullable String text) {
		String display = TextNormalizer.display(text);
		String key = TextNormalizer.normalize(text).toLowerCase(Locale.ROOT);
		if (Placeholders.isBlank(key) || "无".equals(key)) {
			return null;
		}
		String known = BY_WORD.get(key);
		if (known == null) {
			known = BY_WORD.get(key.replace(" ", ""));
		}
		return (known != null) ? known : display;
	}

	/**
	 * Whether a stored country is outside the mainland (中国香港, 中国澳门 and 中国台湾 included),
	 * the test of foreign investment.
	 */
	public static boolean foreign(@Nullable String normalized) {
		return normalized != null && !MAINLAND.equals(normalized);
	}

	/** The name in the report's language: the English name where one is known. */
	public static String label(String normalized, boolean english) {
		return english ? ENGLISH.getOrDefault(normalized, normalized) : normalized;
	}

	/** The two tables while they are filled. */
	private record Table(Map<String, String> words, Map<String, String> english) {

		void add(String englishName, String name, String... synonyms) {
			this.english.put(name, englishName);
			this.words.put(name.toLowerCase(Locale.ROOT), name);
			for (String word : synonyms) {
				String key = word.toLowerCase(Locale.ROOT);
				this.words.put(key, name);
				this.words.put(key.replace(" ", ""), name);
			}
		}

	}

}
