package cn.investpromo.region;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RegionCatalogTests {

	private static RegionCatalog catalog;

	@BeforeAll
	static void loadCatalog() {
		catalog = RegionCatalog.loadDefault();
	}

	private static Region region(String code) {
		return catalog.byCode(code).orElseThrow();
	}

	private static String resolvedCode(String text) {
		RegionMatch match = catalog.resolve(text, null);
		assertThat(match.resolved()).as("%s → %s", text, match.problem()).isTrue();
		return match.region().code();
	}

	@Test
	void resolvesFullNamesShortNamesAndAliases() {
		// given the shipped table and extensions
		// when / then
		assertThat(resolvedCode("招远市")).isEqualTo("370685");
		assertThat(resolvedCode("招远")).isEqualTo("370685");
		assertThat(resolvedCode("山东省")).isEqualTo("370000");
		assertThat(resolvedCode("内蒙古")).isEqualTo("150000");
		assertThat(resolvedCode("广西")).isEqualTo("450000");
		assertThat(resolvedCode("招远开发区")).isEqualTo("370685Z01");
		assertThat(resolvedCode("内江高新技术产业园区")).isEqualTo("511000Z01");
		assertThat(resolvedCode("烟台开发区")).isEqualTo("370676");
		assertThat(resolvedCode("香港")).isEqualTo("810000");
		assertThat(resolvedCode("中国香港")).isEqualTo("810000");
		assertThat(resolvedCode("韩国")).isEqualTo("F-KR");
		assertThat(resolvedCode("South Korea")).isEqualTo("F-KR");
		assertThat(resolvedCode("大湾区")).isEqualTo("G01");
	}

	@Test
	void normalisesWidthAndSpaces() {
		// given text as typed into spreadsheets: padded, inner spaces, full-width letters
		// when / then
		assertThat(resolvedCode("  招 远 市 ")).isEqualTo("370685");
		assertThat(resolvedCode("ＨＫ")).isEqualTo("810000");
	}

	@Test
	void historicalNamesResolveToTodaysRegion() {
		// given 新津县, a county until 2020, now 新津区
		// when / then
		assertThat(resolvedCode("新津县")).isEqualTo("510118");
		assertThat(resolvedCode("双流县")).isEqualTo("510116");
		assertThat(resolvedCode("四川省成都市新津县")).isEqualTo("510118");
		assertThat(region("510118").name()).isEqualTo("新津区");
	}

	@Test
	void resolvesPaths() {
		// given names written as a path, with or without suffixes
		// when / then
		assertThat(resolvedCode("山东省烟台市招远市夏甸镇")).isEqualTo("370685108");
		assertThat(resolvedCode("招远市夏甸镇")).isEqualTo("370685108");
		assertThat(resolvedCode("招远夏甸镇")).isEqualTo("370685108");
		assertThat(resolvedCode("广东省深圳市")).isEqualTo("440300");
		assertThat(resolvedCode("成都市双流区")).isEqualTo("510116");
		assertThat(resolvedCode("山东/烟台/招远")).isEqualTo("370685");
		assertThat(resolvedCode("北京市东城区")).isEqualTo("110101");
		assertThat(resolvedCode("内江市中区")).isEqualTo("511002");
	}

	@Test
	void aTownResolvesByShortNameInsideItsContext() {
		// given 夏甸镇 of 招远市
		Region zhaoyuan = region("370685");

		// when
		RegionMatch match = catalog.resolve("夏甸", zhaoyuan);

		// then
		assertThat(match.region()).isEqualTo(region("370685108"));
		assertThat(catalog.pathName(match.region())).isEqualTo("山东省烟台市招远市夏甸镇");
	}

	@Test
	void ambiguousNameIsRejectedWithItsCandidates() {
		// given 鼓楼区, a district of 南京, 徐州, 福州 and 开封
		// when
		RegionMatch match = catalog.resolve("鼓楼区", null);

		// then
		assertThat(match.resolved()).isFalse();
		assertThat(match.candidates()).extracting(Region::code).containsExactly("320106", "320302", "350102", "410204");
		assertThat(match.problem()).isEqualTo("鼓楼区 有多个：江苏省南京市鼓楼区、江苏省徐州市鼓楼区、福建省福州市鼓楼区、河南省开封市鼓楼区");
		assertThat(match.reason().en())
			.isEqualTo("鼓楼区 names several regions: 江苏省南京市鼓楼区, 江苏省徐州市鼓楼区, 福建省福州市鼓楼区, 河南省开封市鼓楼区");
	}

	@Test
	void aVeryAmbiguousNameListsEightCandidatesAndCountsThemAll() {
		// given 城关镇, the seat of many counties
		// when
		RegionMatch match = catalog.resolve("城关镇", null);

		// then
		int all = match.candidates().size();
		assertThat(all).isGreaterThan(8);
		assertThat(match.problem()).startsWith("城关镇 有多个：").endsWith("等 " + all + " 处");
		assertThat(match.problem().split("、")).hasSize(8);
		assertThat(match.reason().en()).startsWith("城关镇 names " + all + " regions: ").endsWith(" …");
		assertThat(match.reason().en().split(", ")).hasSize(8);
	}

	@Test
	void ambiguousNameResolvesInsideContext() {
		// given the ledger's region 福州市, or a town of 福州's 鼓楼区 as the row's host region
		Region fuzhou = catalog.resolve("福州市", null).region();

		// when
		RegionMatch inCity = catalog.resolve("鼓楼区", fuzhou);
		RegionMatch nearTown = catalog.resolve("鼓楼", catalog.resolve("福州市鼓楼区", null).region());

		// then
		assertThat(inCity.region().code()).isEqualTo("350102");
		assertThat(inCity.problem()).isNull();
		assertThat(nearTown.region().code()).isEqualTo("350102");
	}

	@Test
	void prefersTheHigherLevelWithoutContext() {
		// given 双流, the short name of 双流区 (and 吉林, of both 吉林省 and 吉林市)
		// when / then
		assertThat(resolvedCode("双流")).isEqualTo("510116");
		assertThat(resolvedCode("吉林")).isEqualTo("220000");
		assertThat(resolvedCode("吉林市")).isEqualTo("220200");
	}

	@Test
	void unknownTextIsAProblem() {
		// given text that names no region
		// when
		RegionMatch match = catalog.resolve("火星基地", null);

		// then
		assertThat(match.resolved()).isFalse();
		assertThat(match.candidates()).isEmpty();
		assertThat(match.problem()).isEqualTo("未知地区：火星基地");
		assertThat(match.reason().en()).isEqualTo("unknown region: 火星基地");
	}

	@Test
	void placeholderRowsAreNoResolutionTarget() {
		// given 110100 市辖区 under 北京市 and 500200 县 under 重庆市
		// when
		RegionMatch match = catalog.resolve("市辖区", null);

		// then
		assertThat(match.resolved()).isFalse();
		assertThat(region("110100").name()).isEqualTo("市辖区");
		assertThat(catalog.parent(region("110101"))).contains(region("110000"));
		assertThat(catalog.children("110000")).extracting(Region::name).contains("东城区", "延庆区").doesNotContain("市辖区");
		assertThat(catalog.parent(region("500233"))).contains(region("500000"));
	}

	@Test
	void hierarchyNavigation() {
		// given 夏甸镇 under 招远市, 烟台市, 山东省
		Region xiadian = region("370685108");

		// when / then
		assertThat(catalog.ancestors(xiadian)).extracting(Region::code).containsExactly("370685", "370600", "370000");
		assertThat(catalog.ancestorAt(xiadian, RegionLevel.CITY)).contains(region("370600"));
		assertThat(catalog.ancestorAt(xiadian, RegionLevel.PROVINCE)).contains(region("370000"));
		assertThat(catalog.parent(region("370000"))).contains(catalog.china());
		assertThat(catalog.children(RegionCatalog.CHINA_CODE)).hasSize(34)
			.extracting(Region::code)
			.startsWith("110000", "120000")
			.endsWith("710000", "810000", "820000");
		assertThat(catalog.children("370685")).extracting(Region::code)
			.contains("370685108")
			.last()
			.isEqualTo("370685Z01");
	}

	@Test
	void groupsContainTheirMembersSubtrees() {
		// given 粤港澳大湾区 and 成渝地区
		Region greaterBay = region("G01");
		Region chengyu = region("G04");

		// when / then
		assertThat(catalog.members(greaterBay)).hasSize(11).extracting(Region::name).contains("香港特别行政区", "东莞市");
		assertThat(catalog.contains(greaterBay, catalog.resolve("深圳市南山区", null).region())).isTrue();
		assertThat(catalog.contains(greaterBay, region("810000"))).isTrue();
		assertThat(catalog.contains(greaterBay, region("440200"))).as("韶关市").isFalse();
		assertThat(catalog.contains(region("G02"), catalog.resolve("杭州", null).region())).isTrue();
		assertThat(catalog.contains(region("G06"), region("370685108"))).isTrue();
		assertThat(catalog.contains(chengyu, region("510118"))).isTrue();
		assertThat(catalog.contains(chengyu, region("510727"))).as("平武县 is outside").isFalse();
		assertThat(catalog.contains(catalog.china(), region("820000"))).isTrue();
		assertThat(catalog.contains(catalog.china(), region("F-US"))).isFalse();
		assertThat(catalog.contains(region("370685"), region("370685"))).isTrue();
	}

	@Test
	void childOfScopeContaining() {
		// given scopes 招远市, 全国 and 粤港澳大湾区
		Region zhaoyuan = region("370685");
		Region xiadian = region("370685108");
		Region zone = region("370685Z01");

		// when / then
		assertThat(catalog.childOfScopeContaining(zhaoyuan, xiadian)).contains(xiadian);
		assertThat(catalog.childOfScopeContaining(zhaoyuan, zone)).contains(zone);
		assertThat(catalog.childOfScopeContaining(zhaoyuan, zhaoyuan)).isEmpty();
		assertThat(catalog.childOfScopeContaining(zhaoyuan, region("370683"))).as("莱州市").isEmpty();
		assertThat(catalog.childOfScopeContaining(catalog.china(), xiadian)).contains(region("370000"));
		assertThat(catalog.childOfScopeContaining(region("370600"), xiadian)).contains(zhaoyuan);
		assertThat(catalog.childOfScopeContaining(region("110000"), region("110101001"))).contains(region("110101"));
		assertThat(catalog.childOfScopeContaining(region("G01"), region("440305"))).contains(region("440300"));
	}

	@Test
	void findsTheLedgerRegionInTitlesAndFileNames() {
		// given file names and sheet titles
		// when / then
		assertThat(catalog.findContextIn("招远市招商台账2019.xlsx")).contains(region("370685"));
		assertThat(catalog.findContextIn("招远市2019年签约项目台账")).contains(region("370685"));
		assertThat(catalog.findContextIn("sichuan-new-materials-2018.xlsx")).isEmpty();
		assertThat(catalog.findContextIn("四川新材料产业招商推介会")).contains(region("510000"));
		assertThat(catalog.findContextIn("山东省烟台市招远市夏甸镇项目")).contains(region("370685"));
		assertThat(catalog.findContextIn("内江高新区2020年招商台账")).contains(region("511000Z01"));
		assertThat(catalog.findContextIn("2019年招商工作台账")).isEmpty();
	}

	@Test
	void userRegionsExtendTheCatalog() {
		// given a park under 夏甸镇 and a group of two counties, as a regions sheet defines
		// them
		Region park = new Region("370685108U01", "夏甸黄金产业园", RegionLevel.ZONE, "370685108", List.of("黄金产业园"));
		Region group = new Region("U-G01", "招莱黄金带", RegionLevel.GROUP, null, List.of());

		// when
		RegionCatalog extended = catalog.withExtensions(List.of(park, group), Map.of("U-G01", List.of("招远市", "莱州市")));

		// then
		assertThat(extended.resolve("黄金产业园", region("370685")).region()).isEqualTo(park);
		assertThat(extended.contains(extended.byCode("U-G01").orElseThrow(), park)).isTrue();
		assertThat(extended.childOfScopeContaining(region("370685"), park)).contains(region("370685108"));
		assertThat(catalog.byCode("370685108U01")).as("the original is unchanged").isEmpty();
	}

	@Test
	void inconsistentUserRegionsAreRejected() {
		// given a zone under an unknown parent, and a known code redefined
		Region orphan = new Region("999999Z01", "无名园区", RegionLevel.ZONE, "999999", List.of());
		Region clash = new Region("370685", "别的市", RegionLevel.COUNTY, "370600", List.of());

		// when / then
		assertThatIllegalArgumentException().isThrownBy(() -> catalog.withExtensions(List.of(orphan)))
			.withMessageContaining("999999");
		assertThatIllegalArgumentException().isThrownBy(() -> catalog.withExtensions(List.of(clash)))
			.withMessageContaining("招远市");
	}

	@Test
	void shortNames() {
		// given names with administrative and nationality suffixes
		// when / then
		assertThat(region("150000").shortName()).isEqualTo("内蒙古");
		assertThat(region("370685").shortName()).isEqualTo("招远");
		assertThat(region("650000").shortName()).isEqualTo("新疆");
		assertThat(catalog.resolve("恩施", null).region().name()).isEqualTo("恩施土家族苗族自治州");
		assertThat(catalog.resolve("伊犁", null).region().name()).isEqualTo("伊犁哈萨克自治州");
		assertThat(region("370685Z01").shortName()).isEqualTo("招远经济技术开发区");
	}

}
