package cn.investpromo.region;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Text rules for region names: the normal form used as lookup key, and the short name.
 */
final class RegionNames {

	/**
	 * Zone and park names are kept whole: "招远经济技术开发" is nobody's way of writing a zone.
	 */
	private static final List<String> KEPT_WHOLE = List.of("开发区", "园区", "试验区", "示范区", "合作区", "保税区", "产业基地", "功能区",
			"集聚区");

	/** Administrative suffixes, longest first so that 自治州 wins over 州-less forms. */
	private static final List<String> SUFFIXES = Stream
		.of("特别行政区", "街道办事处", "自治区", "自治州", "自治县", "自治旗", "办事处", "林区", "新区", "地区", "街道", "苏木", "省", "市", "区", "县", "旗",
				"盟", "镇", "乡")
		.sorted(Comparator.comparingInt(String::length).reversed())
		.toList();

	/**
	 * The 55 minority nationalities, as they appear inside autonomous-area names
	 * (恩施土家族苗族自治州).
	 */
	private static final List<String> NATIONALITIES = Stream
		.of("蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家", "哈尼", "哈萨克", "傣", "黎", "傈僳",
				"佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土", "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬",
				"锡伯", "阿昌", "普米", "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔", "独龙", "鄂伦春", "赫哲",
				"门巴", "珞巴", "基诺")
		.sorted(Comparator.comparingInt(String::length).reversed())
		.toList();

	private static final List<String> NATIONALITIES_WITH_ZU = NATIONALITIES.stream()
		.map((nationality) -> nationality + "族")
		.toList();

	private static final int MIN_SHORT_LENGTH = 2;

	private RegionNames() {
	}

	/**
	 * Trimmed, full-width folded to half-width, all white space removed, lower case (SPEC
	 * §3.1).
	 */
	static String normalise(String text) {
		StringBuilder key = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '\uFF01' && c <= '\uFF5E') {
				c = (char) (c - 0xFEE0);
			}
			if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
				continue;
			}
			key.append(Character.toLowerCase(c));
		}
		return key.toString();
	}

	/**
	 * The name without its administrative suffix and nationality words; never shorter
	 * than two characters.
	 */
	static String shortName(String name) {
		for (String kept : KEPT_WHOLE) {
			if (name.endsWith(kept)) {
				return name;
			}
		}
		for (String suffix : SUFFIXES) {
			if (name.endsWith(suffix) && name.length() - suffix.length() >= MIN_SHORT_LENGTH) {
				String base = name.substring(0, name.length() - suffix.length());
				return withoutNationalities(base, suffix.startsWith("自治"));
			}
		}
		return name;
	}

	// 长阳土家族自治县 → 长阳; Xinjiang names drop 族 (伊犁哈萨克自治州), so those are stripped after 自治…
	// only
	private static String withoutNationalities(String base, boolean autonomous) {
		String result = base;
		boolean stripped = autonomous || base.endsWith("族");
		while (stripped) {
			stripped = false;
			for (int i = 0; i < NATIONALITIES.size() && !stripped; i++) {
				String withZu = NATIONALITIES_WITH_ZU.get(i);
				String bare = NATIONALITIES.get(i);
				if (result.endsWith(withZu) && result.length() - withZu.length() >= MIN_SHORT_LENGTH) {
					result = result.substring(0, result.length() - withZu.length());
					stripped = true;
				}
				else if (autonomous && bare.length() >= 2 && result.endsWith(bare)
						&& result.length() - bare.length() >= MIN_SHORT_LENGTH) {
					result = result.substring(0, result.length() - bare.length());
					stripped = true;
				}
			}
		}
		return result;
	}

}
