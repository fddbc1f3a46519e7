package cn.investpromo.report.pdf;

import java.awt.Color;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;

/**
 * The document's text styles, all in the one embedded font (bold is simulated by stroking
 * the glyphs).
 */
record Typography(Font title, Font subtitle, Font meta, Font heading, Font subheading, Font body, Font cell,
		Font cellBold, Font header, Font cellSmall, Font headerSmall, Font note) {

	static Typography of(BaseFont base) {
		return new Typography(font(base, 20f, Font.BOLD, Palette.ACCENT), font(base, 13f, Font.NORMAL, Palette.ACCENT),
				font(base, 9f, Font.NORMAL, Palette.MUTED), font(base, 13f, Font.BOLD, Palette.ACCENT),
				font(base, 10.5f, Font.BOLD, Palette.INK), font(base, 10.5f, Font.NORMAL, Palette.INK),
				font(base, 8.5f, Font.NORMAL, Palette.INK), font(base, 8.5f, Font.BOLD, Palette.INK),
				font(base, 8.5f, Font.BOLD, Palette.ACCENT), font(base, 7.5f, Font.NORMAL, Palette.INK),
				font(base, 7.5f, Font.BOLD, Palette.ACCENT), font(base, 8f, Font.NORMAL, Palette.MUTED));
	}

	private static Font font(BaseFont base, float size, int style, Color color) {
		return new Font(base, size, style, color);
	}

}
