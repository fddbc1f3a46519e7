package cn.investpromo.report.excel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextWidthTests {

	@Test
	void chineseCharactersCountTwiceLatinOnce() {
		// given
		String mixed = "招远市（本级）2019";

		// when
		int units = TextWidth.units(mixed);

		// then: 7 CJK and full-width characters, 4 digits
		assertThat(units).isEqualTo(18);
		assertThat(TextWidth.units("Gold & jewellery")).isEqualTo(16);
		assertThat(TextWidth.units("第一行\n较长的第二行")).isEqualTo(12);
	}

	@Test
	void linesCountWrappingAndLineBreaks() {
		// given
		String name = "烟台市第3号国家级经济技术开发区综合保税物流园区管理委员会";

		// when
		int lines = TextWidth.lines(name, 42);

		// then: 57 units in a 42-unit column (40 usable) take two lines
		assertThat(TextWidth.units(name)).isEqualTo(57);
		assertThat(lines).isEqualTo(2);
		assertThat(TextWidth.lines("夏甸镇", 42)).isEqualTo(1);
		assertThat(TextWidth.lines("一\n二\n三", 42)).isEqualTo(3);
	}

	@Test
	void unbreakablePiecesAreWordsUnitsAndShortRunsOfChinese() {
		// a header wraps between these pieces, never inside them
		assertThat(TextWidth.unbreakable("协议投资额（亿元）", 8)).isEqualTo(8);
		assertThat(TextWidth.unbreakable("与序时进度差（百分点）", 8)).isEqualTo(10);
		assertThat(TextWidth.unbreakable("Share under construction", 8)).isEqualTo(12);
		assertThat(TextWidth.unbreakable("Funds arrived (CNY 100m)", 8)).isEqualTo(10);
		assertThat(TextWidth.unbreakable("开工率", 8)).isEqualTo(6);
	}

}
