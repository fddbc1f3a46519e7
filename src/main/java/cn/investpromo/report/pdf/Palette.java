package cn.investpromo.report.pdf;

import java.awt.Color;
import java.util.List;

import cn.investpromo.report.ChartPalette;
import cn.investpromo.report.TargetProgress;

/**
 * The one set of colours tables and charts share, chosen to stay distinct when printed in
 * grey.
 */
final class Palette {

	static final Color INK = new Color(0x26, 0x26, 0x26);

	static final Color MUTED = new Color(0x59, 0x59, 0x59);

	static final Color ACCENT = new Color(0x1F, 0x3A, 0x68);

	static final Color HEADER_FILL = new Color(0xDC, 0xE4, 0xF0);

	static final Color STRIPE_FILL = new Color(0xF5, 0xF7, 0xFA);

	static final Color TOTAL_FILL = new Color(0xEC, 0xEF, 0xF4);

	static final Color RULE = new Color(0xB4, 0xBC, 0xC8);

	static final Color GRID = new Color(0xDD, 0xDD, 0xDD);

	/**
	 * Series colours, in order: {@link ChartPalette}'s, which the workbook's charts
	 * share.
	 */
	static final List<Color> SERIES = ChartPalette.SERIES.stream().map(Palette::color).toList();

	/** Ahead of 序时进度: a dark green that prints as a mid grey. */
	static final Color AHEAD = new Color(0x38, 0x76, 0x1D);

	/** Behind 序时进度: a dark red, darker than {@link #AHEAD} in grey. */
	static final Color BEHIND = new Color(0xB0, 0x2A, 0x1E);

	private Palette() {
	}

	/** Within 5 points behind 序时进度: a dark amber, between the two in grey. */
	static final Color WARNING = new Color(0xBF, 0x8F, 0x00);

	/** The colour of a target's light in tables and the targets chart. */
	static Color light(TargetProgress.Light light) {
		return switch (light) {
			case GREEN -> AHEAD;
			case YELLOW -> WARNING;
			case RED -> BEHIND;
		};
	}

	/** A colour of {@link ChartPalette}, given as RGB. */
	static Color color(int rgb) {
		return new Color(rgb);
	}

	/** The index-th series colour, as {@link ChartPalette#series} assigns it. */
	static Color series(int index) {
		return color(ChartPalette.series(index));
	}

}
