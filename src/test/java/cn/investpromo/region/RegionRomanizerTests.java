package cn.investpromo.region;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RegionRomanizerTests {

	private final RegionCatalog catalog = RegionCatalog.loadDefault();

	private String english(String code) {
		return this.catalog.englishName(this.catalog.byCode(code).orElseThrow());
	}

	@Test
	void countiesAndCitiesInPinyinWithTheChinese() {
		assertThat(english("370685")).isEqualTo("Zhaoyuan (招远市)");
		assertThat(english("430100")).isEqualTo("Changsha (长沙市)");
		assertThat(english("350200")).isEqualTo("Xiamen (厦门市)");
		assertThat(english("341500")).isEqualTo("Lu'an (六安市)");
	}

	@Test
	void provincesByTheirOfficialNames() {
		assertThat(english("610000")).isEqualTo("Shaanxi (陕西省)");
		assertThat(english("140000")).isEqualTo("Shanxi (山西省)");
		assertThat(english("150000")).isEqualTo("Inner Mongolia (内蒙古自治区)");
		assertThat(english("500000")).isEqualTo("Chongqing (重庆市)");
	}

}
