package cn.investpromo.report;

import java.math.BigDecimal;
import java.util.stream.Stream;

/**
 * What a kind of chart is called and how and where it is drawn — the label keys of its
 * title and items, its shape (of the type its kind gives), whether the PDF prints it in
 * its charts section and whether the workbook's overview draws it too — and whether a
 * chart's values give it anything to draw.
 */
record ChartPlacement<S>(String titleKey, String itemsKey, S shape, boolean overview, boolean inWorkbook) {

	/** Whether any of a chart's values is not zero, so that it has something to draw. */
	static boolean anyFigure(Stream<BigDecimal> values) {
		return values.anyMatch((value) -> value.signum() != 0);
	}

}
