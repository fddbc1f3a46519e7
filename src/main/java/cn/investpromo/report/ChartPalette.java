package cn.investpromo.report;

import java.util.List;

/**
 * The one set of chart colours the PDF and the workbook share (as RGB), chosen to stay distinct when printed in
 * grey; {@link ChartData} assigns them, the renderers only paint them.
 */
public final class ChartPalette {

	/** Series and slice colours, in order. */
	public static final List<Integer> SERIES = List.of(0x2F5597, 0xED7D31, 0x70AD47, 0xA5A5A5, 0xFFC000, 0x5B9BD5,
			0x264478, 0x9E480E, 0x636363, 0x997300);

	private ChartPalette() {
	}

	/** The colour of the index-th series or slice, the palette repeating after its last. */
	public static int series(int index) {
		return SERIES.get(index % SERIES.size());
	}

}
