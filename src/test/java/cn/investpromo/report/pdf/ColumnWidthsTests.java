package cn.investpromo.report.pdf;

import com.lowagie.text.pdf.BaseFont;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ColumnWidthsTests {

	private static final BaseFont FONT = new CjkFont().baseFont();

	private static final float SIZE = 7.5f;

	private static final float PADDING = 3f;

	@Test
	void shortColumnsFitTheirLongestCellAndLongOnesShareTheRest() {
		// given: the project list's columns, designed at 70, 48, 60 and 50 points
		ColumnWidths widths = new ColumnWidths(FONT, PADDING);
		widths.column("项目名称", SIZE, 70, false);
		widths.column("签约日期", SIZE, 48, false);
		widths.column("投资方", SIZE, 60, false);
		widths.column("协议类型", SIZE, 50, false);
		cells(widths, 0, "鲁东检测设备制造及环境和矿物样品检测建设项目", "金银珠宝加工项目");
		cells(widths, 1, "2019-07-28", "2019-07-28");
		cells(widths, 2, "鲁东检测设备制造及环境和矿物样品检测建设项目投资方（报道未载明）", "康佳集团");
		cells(widths, 3, "战略合作协议", "投资协议");

		// when
		float[] points = widths.widths();

		// then: the date and 战略合作协议 (six characters) each have their one line, padding
		// included
		assertThat(points[0] + points[1] + points[2] + points[3]).isCloseTo(ColumnWidths.TEXT_WIDTH, within(0.01f));
		assertThat(points[1]).isGreaterThanOrEqualTo(FONT.getWidthPoint("2019-07-28", SIZE) + 2 * PADDING);
		assertThat(points[3]).isGreaterThanOrEqualTo(6 * SIZE + 2 * PADDING).isLessThan(8 * SIZE + 2 * PADDING);
		// 22 and 32 characters: the name still fits one line, the investor, with more to
		// say, is wider and wraps
		float name = FONT.getWidthPoint("鲁东检测设备制造及环境和矿物样品检测建设项目", SIZE) + 2 * PADDING;
		assertThat(points[0]).isGreaterThanOrEqualTo(name);
		assertThat(points[2]).isGreaterThan(points[0])
			.isLessThan(FONT.getWidthPoint("鲁东检测设备制造及环境和矿物样品检测建设项目投资方（报道未载明）", SIZE));
	}

	@Test
	void everythingOnOneLineLeavesTheSpareRoomByDesignedWidthAndHeadersUnwrapped() {
		// given
		ColumnWidths widths = new ColumnWidths(FONT, PADDING);
		widths.column("地区", SIZE, 200, false);
		widths.column("上年同期累计", SIZE, 100, false);
		cells(widths, 0, "夏甸镇");
		cells(widths, 1, "19");

		// when
		float[] points = widths.widths();

		// then: the header's six characters on one line, and the region column twice the
		// spare room of the other
		float header = FONT.getWidthPoint("上年同期累计", SIZE) + 2 * PADDING;
		assertThat(points[0] + points[1]).isCloseTo(ColumnWidths.TEXT_WIDTH, within(0.01f));
		assertThat(points[1]).isGreaterThan(header);
		assertThat(points[0] - FONT.getWidthPoint("地区", SIZE)).isGreaterThan(points[1] - header);
	}

	@Test
	void moreThanThePageHoldsNarrowsEveryColumnAlikeAndStillFillsTheTextWidth() {
		// given: twelve columns of ten-figure numbers under English headers
		ColumnWidths widths = new ColumnWidths(FONT, PADDING);
		for (int i = 0; i < 12; i++) {
			widths.column("Under construction", SIZE, 40, false);
			cells(widths, i, "1,234,567,890.00");
		}

		// when
		float[] points = widths.widths();

		// then
		float sum = 0;
		for (float point : points) {
			sum += point;
			assertThat(point).isCloseTo(ColumnWidths.TEXT_WIDTH / 12, within(0.01f));
		}
		assertThat(sum).isCloseTo(ColumnWidths.TEXT_WIDTH, within(0.01f));
	}

	private static void cells(ColumnWidths widths, int column, String... values) {
		for (String value : values) {
			widths.cell(column, value, SIZE);
		}
	}

}
