package cn.investpromo.region;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A region anywhere in China, written any of the ways ledgers write it, resolves to its
 * GB/T 2260 code.
 */
class ChinaWideRegionTests {

	private static RegionCatalog catalog;

	@BeforeAll
	static void load() {
		catalog = RegionCatalog.loadDefault();
	}

	@ParameterizedTest
	@CsvSource({ "广东省深圳市南山区粤海街道, 440305007", "浙江省杭州市西湖区, 330106", "杭州市西湖区, 330106", "山东省烟台市招远市夏甸镇, 370685108",
			"招远夏甸镇, 370685108", "招远市夏甸镇, 370685108", "内蒙古自治区呼和浩特市, 150100", "新疆维吾尔自治区乌鲁木齐市天山区, 650102",
			"西藏拉萨市城关区, 540102", "黑龙江省哈尔滨市道里区, 230102", "海南省三亚市吉阳区, 460203", "四川省成都市双流县, 510116", "重庆市渝中区, 500103" })
	void resolvesPathsFullNamesShortNamesAndOldNames(String text, String code) {
		// when
		RegionMatch match = catalog.resolve(text, null);
		// then
		assertThat(match.resolved()).as(text + ": " + match.problem()).isTrue();
		assertThat(match.region().code()).isEqualTo(code);
	}

	@Test
	void anAmbiguousShortNameResolvesInItsContextOrIsRejectedNamingItsCandidates() {
		// given
		Region fuzhou = catalog.resolve("福州市", null).region();
		// when
		RegionMatch inFuzhou = catalog.resolve("鼓楼区", fuzhou);
		RegionMatch alone = catalog.resolve("鼓楼区", null);
		// then
		assertThat(inFuzhou.region().code()).isEqualTo("350102");
		assertThat(alone.resolved()).isFalse();
		assertThat(alone.problem()).contains("福州市", "南京市", "开封市", "徐州市");
	}

}
