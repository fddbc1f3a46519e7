package cn.investpromo.report;

import java.util.List;

/**
 * The one set of chart colours the PDF and the workbook share (as RGB), chosen to stay
 * distinct when printed in grey; {@link ChartData} assigns them, the renderers only paint
 * them.
 */
public final class ChartPalette {

	/** Series and slice colours, in order. */
	public static final List<Integer> SERIES = List.of(0x2F5597, 0xED7D31, 0x70AD47, 0xA5A5A5, 0xFFC000, 0x5B9BD5,
			0x264478, 0x9E480E, 0x636363, 0x997300);

	/**
	 * The red of a rise (or, with {@link RiseColour#GREEN}, of a fall): dark enough to
	 * read as text.
	 */
	public static final int RED = 0xC00000;

	/** The green of a fall (or of a rise): darker than {@link #RED} in grey. */
	public static final int GREEN = 0x2E7D32;

	/** Neither rise nor fall: flat, or no change to show. */
	public static final int NEUTRAL = 0x595959;

	private ChartPalette() {
	}

	/**
	 * The colour of a target's light: a dark green, amber or red that stay apart in grey
	 * (the PDF's marks too).
	 */
	public static int light(TargetProgress.Light light) {
		return switch (light) {
			case GREEN -> 0x38761D;
			case YELLOW -> 0xBF8F00;
			case RED -> 0xB02A1E;
		};
	}

	/** The colour of a change in this direction under the rise-colour setting. */
	public static int change(FrontPage.Direction direction, RiseColour rise) {
		return switch (direction) {
			case UP -> (rise == RiseColour.RED) ? RED : GREEN;
			case DOWN -> (rise == RiseColour.RED) ? GREEN : RED;
			case FLAT, NONE -> NEUTRAL;
		};
	}

	/**
	 * The colour of the index-th series or slice, the palette repeating after its last.
	 */
	public static int series(int index) {
		return SERIES.get(index % SERIES.size());
	}

}
