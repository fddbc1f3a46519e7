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
	@CsvSource({ "黄金深加工, JEW", "金银珠宝加工, JEW", "珠宝设计, JEW", "金尾矿资源综合利用, ECO", "柔性集成电路, NGIT", "电子信息, NGIT", "保健, BIO",
			"大健康, BIO", "医疗器械, BIO", "瑶柱酱深加工, FOOD", "海产品深加工, FOOD", "检测设备制造, HEM", "检测服务, SVC", "矿山机械, HEM",
			"生态旅游, TOUR", "新能源汽车零部件, NEV", "商贸, SVC", "现代物流, SVC", "光伏, NEN", "储能, NEN", "新材料, NMAT", "先进材料, NMAT",
			"new materials, NMAT", "biomedicine, BIO", "logistics, SVC", "Agriculture, FOOD",
			"'ＮＥＷ  Materials', NMAT" })
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
		// given a sheet that files 粉丝 under food, moves 检测 to equipment and adds a new
		// industry 数字文创
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

	@ParameterizedTest(name = "{0} → {1} / {2}")
	@CsvSource({ "柔性集成电路项目, NGIT, NGIT.IC", "功率半导体器件, NGIT, NGIT.IC", "智能终端电子元器件, NGIT, NGIT.COMP",
			"大数据中心, NGIT, NGIT.DATA", "物联网模组, NGIT, NGIT.IOT", "工业机器人集成应用, HEM, HEM.IM", "矿山机械, HEM, HEM.MIN",
			"复合材料, NMAT, NMAT.FIBER", "生物医药, BIO, BIO.PHAR", "中药饮片加工, BIO, BIO.TCM", "新能源汽车零部件, NEV, NEV.PART",
			"光伏组件, NEN, NEN.SOLAR", "尾矿资源综合利用, ECO, ECO.REC", "黄金深加工, JEW, JEW.PROC", "金银珠宝加工, JEW, JEW.JWL",
			"瑶柱酱深加工, FOOD, FOOD.SEA", "葡萄酒庄园, FOOD, FOOD.BEV", "乡村旅游, TOUR, TOUR.RUR", "冷链物流园, SVC, SVC.LOG",
			"integrated circuit design, NGIT, NGIT.IC", "Solar farm, NEN, NEN.SOLAR",
			"Cold-chain logistics, SVC, SVC.LOG", "Gold mining, JEW, JEW.MIN", "'Seafood  processing', FOOD, FOOD.SEA",
			"Medical devices, BIO, BIO.MED" })
	void classifiesTheSecondLevel(String text, String code, String subCode) {
		// given the default taxonomy
		// when
		IndustryMatch match = this.taxonomy.classify(text);

		// then
		assertThat(match.industry().code()).as("%s matched by %s", text, match.keyword()).isEqualTo(code);
		assertThat(match.subIndustry()).as(text).isNotNull();
		assertThat(match.subIndustry().code()).as("%s matched by %s", text, match.keyword()).isEqualTo(subCode);
	}

	@ParameterizedTest(name = "{0} → {1}, no second level")
	@CsvSource({ "新材料, NMAT", "环保科技, ECO", "文化旅游, TOUR", "new materials, NMAT", "综合, OTH", "NGIT, NGIT" })
	void textWithoutASubSectorHasNoSecondLevel(String text, String code) {
		// given text that names an industry but none of its sub-sectors
		// when
		IndustryMatch match = this.taxonomy.classify(text);

		// then
		assertThat(match.industry().code()).isEqualTo(code);
		assertThat(match.subIndustry()).isNull();
	}

	@Test
	void everySubIndustryImpliesItsParent() {
		// given the shipped second level
		List<SubIndustry> subs = this.taxonomy.subIndustries();

		// when / then: its name, English name and code classify it under its parent
		assertThat(subs).hasSizeGreaterThan(60);
		for (SubIndustry sub : subs) {
			for (String text : List.of(sub.zh(), sub.en(), sub.code().toLowerCase())) {
				IndustryMatch match = this.taxonomy.classify(text);
				assertThat(match.industry().code()).as(text).isEqualTo(sub.parentCode());
				assertThat(match.subIndustry()).as(text).isEqualTo(sub);
			}
			assertThat(sub.code()).startsWith(sub.parentCode() + ".").hasSizeLessThanOrEqualTo(20);
			assertThat(sub.keywords()).as(sub.code()).isNotEmpty();
		}
		for (Industry industry : this.taxonomy.all()) {
			int expected = industry.code().equals("OTH") ? 0 : 4;
			assertThat(this.taxonomy.subIndustries(industry.code())).as(industry.code())
				.hasSizeBetween(expected, industry.code().equals("OTH") ? 0 : 8);
		}
		assertThat(this.taxonomy.subIndustry("NGIT.IC")).map((sub) -> sub.name(true)).hasValue("Integrated circuits");
		assertThat(this.taxonomy.subIndustry("FOOD.SEA")).map((sub) -> sub.name(false)).hasValue("海洋食品");
	}

	@Test
	void anIndustriesSheetWithAParentAddsSubIndustries() {
		// given rows that add 粉丝加工 under food, a sub-industry under an industry of the
		// sheet's own and keywords
		// for a shipped sub-industry named by itself
		List<IndustryExtension> rows = List.of(new IndustryExtension("食品加工与现代农业", "粉丝", List.of("龙口粉丝", "粉丝")),
				new IndustryExtension("数字文创", "数字藏品", List.of("数字藏品", "NFT")),
				new IndustryExtension(null, "集成电路", List.of("光刻")),
				new IndustryExtension("NGIT", "Quantum computing", List.of("量子计算")));

		// when
		IndustryTaxonomy extended = this.taxonomy.withExtensions(rows);

		// then
		IndustryMatch noodles = extended.classify("龙口粉丝生产项目");
		assertThat(noodles.industry().code()).isEqualTo("FOOD");
		assertThat(noodles.subIndustry().code()).isEqualTo("FOOD.粉丝");
		IndustryMatch nft = extended.classify("NFT 平台");
		assertThat(nft.industry().zh()).isEqualTo("数字文创");
		assertThat(nft.subIndustry().zh()).isEqualTo("数字藏品");
		assertThat(extended.all()).last().isEqualTo(extended.other());
		assertThat(extended.classify("光刻胶").subIndustry().code()).isEqualTo("NGIT.IC");
		IndustryMatch quantum = extended.classify("量子计算");
		assertThat(quantum.industry().code()).isEqualTo("NGIT");
		assertThat(quantum.subIndustry().code()).as("a long name gets a hashed code that fits the column")
			.startsWith("NGIT.U")
			.hasSize(14);
		assertThat(this.taxonomy.classify("龙口粉丝").matched()).as("the original is unchanged").isFalse();
	}

	@Test
	void aKeywordMovedByASheetLeavesItsSubIndustry() {
		// given a sheet that files 检测 (科技服务 under modern services) under equipment, as a
		// first-level keyword
		IndustryTaxonomy extended = this.taxonomy.withKeywords(Map.of("HEM", List.of("检测")));

		// when
		IndustryMatch match = extended.classify("质量检测");

		// then
		assertThat(match.industry().code()).isEqualTo("HEM");
		assertThat(match.subIndustry()).isNull();
		assertThat(this.taxonomy.classify("质量检测").subIndustry().code()).isEqualTo("SVC.TECH");
	}

}
