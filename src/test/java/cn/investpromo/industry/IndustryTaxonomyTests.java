package cn.investpromo.industry;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class IndustryTaxonomyTests {

	private final IndustryTaxonomy taxonomy = IndustryTaxonomy.loadDefault();

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({ "黄金深加工, JEW", "金银珠宝加工, JEW", "珠宝设计, JEW", "金尾矿资源综合利用, ECO", "柔性集成电路, NGIT",
			"电子信息, NGIT", "保健, BIO", "大健康, BIO", "医疗器械, BIO", "瑶柱酱深加工, FOOD", "海产品深加工, FOOD",
			"检测设备制造, HEM", "检测服务, SVC", "矿山机械, HEM", "生态旅游, TOUR", "新能源汽车零部件, NEV", "商贸, SVC",
			"现代物流, SVC", "光伏, NEN", "储能, NEN", "新材料, NMAT", "先进材料, NMAT", "new materials, NMAT",
			"biomedicine, BIO", "logistics, SVC", "Agriculture, FOOD", "'ＮＥＷ  Materials', NMAT" })
	void classifiesLedgerIndustryText(String text, String code) {
		// given the default taxonomy
		// when
		IndustryMatch match = this.taxonomy.classify(text);

		// then
		assertThat(match.industry().code()).as("%s matched by %s", text, match.keyword()).isEqualTo(code);
		assertThat(match.matched()).isTrue();
	}

	@Test
	void theLongestKeywordWins() {
		// given text holding keywords of two industries
		// when
		IndustryMatch vehicle = this.taxonomy.classify("新能源汽车零部件");
		IndustryMatch tailings = this.taxonomy.classify("金尾矿资源综合利用");

		// then
		assertThat(vehicle.industry().zh()).isEqualTo("新能源汽车");
		assertThat(vehicle.keyword()).hasSize(5);
		assertThat(tailings.keyword()).isEqualTo("资源综合利用");
	}

	@Test
	void codesAndNamesMatchToo() {
		// given the code, the Chinese and the English name of industries
		// when / then
		assertThat(this.taxonomy.classify("nmat").industry().code()).isEqualTo("NMAT");
		assertThat(this.taxonomy.classify("高端装备制造").industry().code()).isEqualTo("HEM");
		assertThat(this.taxonomy.classify("Culture & tourism").industry().code()).isEqualTo("TOUR");
	}

	@Test
	void unmatchedTextIsOther() {
		// given text no keyword covers, and blank text
		// when
		IndustryMatch unknown = this.taxonomy.classify("综合");
		IndustryMatch blank = this.taxonomy.classify("  ");

		// then
		assertThat(unknown.industry()).isEqualTo(this.taxonomy.other());
		assertThat(unknown.matched()).isFalse();
		assertThat(unknown.keyword()).isNull();
		assertThat(blank.industry().code()).isEqualTo("OTH");
		assertThat(blank.matched()).isFalse();
	}

	@Test
	void listsTheFirstLevelInOrderWithOtherLast() {
		// given the default taxonomy
		// when
		List<Industry> all = this.taxonomy.all();

		// then
		assertThat(all).extracting(Industry::code)
			.containsExactly("NGIT", "HEM", "NMAT", "BIO", "NEV", "NEN", "ECO", "JEW", "FOOD", "TOUR", "SVC", "OTH");
		assertThat(this.taxonomy.byCode("BIO").name(false)).isEqualTo("生物医药与大健康");
		assertThat(this.taxonomy.byCode("BIO").name(true)).isEqualTo("Biomedicine & health");
		assertThatIllegalArgumentException().isThrownBy(() -> this.taxonomy.byCode("XYZ"));
	}

	@Test
	void anIndustriesSheetExtendsAndOverrides() {
		// given a sheet that files 粉丝 under food, moves 检测 to equipment and adds a new industry 数字文创
		Map<String, List<String>> sheet = Map.of("食品加工与现代农业", List.of("粉丝"), "HEM", List.of("检测"), "数字文创",
				List.of("元宇宙", "数字藏品"));

		// when
		IndustryTaxonomy extended = this.taxonomy.withKeywords(sheet);

		// then
		assertThat(extended.classify("龙口粉丝").industry().code()).isEqualTo("FOOD");
		assertThat(extended.classify("质量检测").industry().code()).isEqualTo("HEM");
		assertThat(extended.classify("元宇宙体验馆").industry().zh()).isEqualTo("数字文创");
		assertThat(extended.all()).last().isEqualTo(extended.other());
		assertThat(this.taxonomy.classify("质量检测").industry().code()).as("the original is unchanged").isEqualTo("SVC");
		assertThat(this.taxonomy.classify("龙口粉丝").matched()).isFalse();
	}

}
