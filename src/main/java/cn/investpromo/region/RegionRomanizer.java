package cn.investpromo.region;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * The English form of a region's name: Hanyu Pinyin of its name without the
 * administrative suffix, the official names of provinces and autonomous regions, and a
 * foreign region's English alias; computed once per region.
 */
public final class RegionRomanizer {

	/** Official English names of the provincial-level divisions, by code. */
	private static final Map<String, String> PROVINCES = Map.ofEntries(Map.entry("110000", "Beijing"),
			Map.entry("120000", "Tianjin"), Map.entry("130000", "Hebei"), Map.entry("140000", "Shanxi"),
			Map.entry("150000", "Inner Mongolia"), Map.entry("210000", "Liaoning"), Map.entry("220000", "Jilin"),
			Map.entry("230000", "Heilongjiang"), Map.entry("310000", "Shanghai"), Map.entry("320000", "Jiangsu"),
			Map.entry("330000", "Zhejiang"), Map.entry("340000", "Anhui"), Map.entry("350000", "Fujian"),
			Map.entry("360000", "Jiangxi"), Map.entry("370000", "Shandong"), Map.entry("410000", "Henan"),
			Map.entry("420000", "Hubei"), Map.entry("430000", "Hunan"), Map.entry("440000", "Guangdong"),
			Map.entry("450000", "Guangxi"), Map.entry("460000", "Hainan"), Map.entry("500000", "Chongqing"),
			Map.entry("510000", "Sichuan"), Map.entry("520000", "Guizhou"), Map.entry("530000", "Yunnan"),
			Map.entry("540000", "Tibet"), Map.entry("610000", "Shaanxi"), Map.entry("620000", "Gansu"),
			Map.entry("630000", "Qinghai"), Map.entry("640000", "Ningxia"), Map.entry("650000", "Xinjiang"),
			Map.entry("710000", "Taiwan"), Map.entry("810000", "Hong Kong"), Map.entry("820000", "Macao"));

	/**
	 * Characters read otherwise in place names than pinyin4j's first reading gives (长沙
	 * Changsha, 重庆 Chongqing, 厦门 Xiamen, 六安 Lu'an …), as whole words so that a character
	 * keeps its usual reading elsewhere.
	 */
	private static final Map<String, String> WORDS = Map.ofEntries(Map.entry("长", "chang"),
			Map.entry("重庆", "chongqing"), Map.entry("厦门", "xiamen"), Map.entry("六安", "lu'an"), Map.entry("六合", "luhe"),
			Map.entry("蚌埠", "bengbu"), Map.entry("番禺", "panyu"), Map.entry("丽水", "lishui"), Map.entry("丽江", "lijiang"),
			Map.entry("乐清", "yueqing"), Map.entry("乐亭", "laoting"), Map.entry("莘县", "shenxian"),
			Map.entry("单县", "shanxian"), Map.entry("曲阜", "qufu"), Map.entry("曲靖", "qujing"), Map.entry("大理", "dali"),
			Map.entry("都江堰", "dujiangyan"), Map.entry("成都", "chengdu"), Map.entry("东莞", "dongguan"),
			Map.entry("台州", "taizhou"), Map.entry("天台", "tiantai"), Map.entry("铅山", "yanshan"),
			Map.entry("会稽", "kuaiji"), Map.entry("行唐", "xingtang"), Map.entry("朝阳", "chaoyang"),
			Map.entry("大厦", "dasha"), Map.entry("地", "di"), Map.entry("家", "jia"), Map.entry("口", "kou"),
			Map.entry("阿", "a"), Map.entry("区", "qu"), Map.entry("沈", "shen"), Map.entry("石", "shi"),
			Map.entry("藏", "zang"), Map.entry("薄", "bo"), Map.entry("仇", "qiu"), Map.entry("尉", "wei"),
			Map.entry("华", "hua"), Map.entry("宁", "ning"), Map.entry("南", "nan"), Map.entry("和", "he"),
			Map.entry("长治", "changzhi"), Map.entry("长春", "changchun"), Map.entry("长沙", "changsha"),
			Map.entry("荥阳", "xingyang"), Map.entry("浚县", "xunxian"), Map.entry("繁昌", "fanchang"));

	private static final int LONGEST_WORD = 3;

	/**
	 * Endings of zones and parks kept as words: 招远经济技术开发区 → Zhaoyuan Economic and
	 * Technological Development Zone.
	 */
	private static final List<Map.Entry<String, String>> ZONES = List.of(
			Map.entry("经济技术开发区", "Economic and Technological Development Zone"),
			Map.entry("高新技术产业开发区", "High-tech Industrial Development Zone"),
			Map.entry("高新技术开发区", "High-tech Development Zone"), Map.entry("高新区", "High-tech Zone"),
			Map.entry("经济开发区", "Economic Development Zone"), Map.entry("开发区", "Development Zone"),
			Map.entry("产业园区", "Industrial Park"), Map.entry("产业园", "Industrial Park"),
			Map.entry("工业园区", "Industrial Park"), Map.entry("园区", "Park"), Map.entry("新区", "New Area"),
			Map.entry("保税区", "Free Trade Zone"), Map.entry("试验区", "Pilot Zone"), Map.entry("示范区", "Demonstration Zone"),
			Map.entry("合作区", "Cooperation Zone"));

	private final HanyuPinyinOutputFormat format = new HanyuPinyinOutputFormat();

	// the English name of each region asked for, computed once: a report names the same
	// regions in many cells
	private final Map<String, String> cache = new ConcurrentHashMap<>();

	public RegionRomanizer() {
		this.format.setCaseType(HanyuPinyinCaseType.LOWERCASE);
		this.format.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
		this.format.setVCharType(HanyuPinyinVCharType.WITH_U_UNICODE);
	}

	/**
	 * The region's English name alone: Zhaoyuan, Shaanxi, Inner Mongolia, South Korea.
	 */
	public String english(Region region) {
		return this.cache.computeIfAbsent(region.code(), (code) -> romanize(region));
	}

	/** The region's name as an English report prints it: "Zhaoyuan (招远市)". */
	public String withChinese(Region region) {
		String english = english(region);
		return english.equals(region.name()) ? english : english + " (" + region.name() + ")";
	}

	private String romanize(Region region) {
		String province = PROVINCES.get(region.code());
		if (province != null) {
			return province;
		}
		if (region.level() == RegionLevel.FOREIGN) {
			return region.aliases()
				.stream()
				.filter((alias) -> alias.chars().allMatch((c) -> c < 128))
				.findFirst()
				.orElse(pinyin(region.name()));
		}
		String name = region.name();
		for (Map.Entry<String, String> zone : ZONES) {
			if (name.endsWith(zone.getKey()) && name.length() > zone.getKey().length()) {
				return pinyin(name.substring(0, name.length() - zone.getKey().length())) + " " + zone.getValue();
			}
		}
		return pinyin(region.shortName());
	}

	/**
	 * Pinyin of the text as one capitalised word, an apostrophe before a syllable that
	 * starts with a vowel.
	 */
	String pinyin(String text) {
		StringBuilder out = new StringBuilder();
		int i = 0;
		while (i < text.length()) {
			String syllables = null;
			int length = 1;
			for (int n = Math.min(LONGEST_WORD, text.length() - i); n >= 1 && syllables == null; n--) {
				syllables = WORDS.get(text.substring(i, i + n));
				length = n;
			}
			if (syllables == null) {
				syllables = reading(text.charAt(i));
				length = 1;
			}
			if (out.length() > 0 && !syllables.isEmpty() && "aeo".indexOf(syllables.charAt(0)) >= 0
					&& Character.isLetter(out.charAt(out.length() - 1))) {
				out.append('\'');
			}
			out.append(syllables);
			i += length;
		}
		String word = out.toString();
		return word.isEmpty() ? text : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
	}

	private String reading(char c) {
		try {
			String[] readings = PinyinHelper.toHanyuPinyinStringArray(c, this.format);
			return (readings == null || readings.length == 0) ? String.valueOf(c) : readings[0];
		}
		catch (BadHanyuPinyinOutputFormatCombination ex) {
			throw new IllegalStateException(ex); // the format above is a valid
													// combination
		}
	}

}
