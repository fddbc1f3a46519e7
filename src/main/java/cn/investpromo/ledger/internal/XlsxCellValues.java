package cn.investpromo.ledger.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

import org.apache.poi.ss.usermodel.DateUtil;
import org.jspecify.annotations.Nullable;

import static cn.investpromo.ledger.internal.OoxmlXml.integer;

/**
 * A cell's value as text, from its type, style and {@code <v>}: shared strings looked up,
 * dates as ISO, numbers plain.
 */
final class XlsxCellValues {

	// Excel shows 15 significant digits; binary noise past them (0.30000000000000004) is
	// not data.
	private static final MathContext EXCEL_PRECISION = new MathContext(15);

	private final List<String> strings;

	private final XlsxNumberFormats formats;

	private final boolean date1904;

	XlsxCellValues(List<String> strings, XlsxNumberFormats formats, boolean date1904) {
		this.strings = strings;
		this.formats = formats;
		this.date1904 = date1904;
	}

	/** The text of a cell whose {@code <v>} is {@code value} (not empty). */
	String text(@Nullable String type, @Nullable Integer style, String value) {
		if (type == null || "n".equals(type)) {
			return numeric(value, style);
		}
		return switch (type) {
			case "s" -> sharedString(value);
			case "b" -> "1".equals(value) ? "TRUE" : "FALSE";
			case "e" -> ""; // #N/A, #DIV/0!: no value
			case "d" -> value.length() >= 10 ? value.substring(0, 10) : value; // ISO 8601
			default -> value; // "str" (formula text result) and "inlineStr" without runs
		};
	}

	private String sharedString(String index) {
		Integer i = integer(index);
		// an index past the table (a damaged or hand-made file) is a cell without text,
		// not a refused file
		return (i != null && i >= 0 && i < this.strings.size()) ? this.strings.get(i) : "";
	}

	private String numeric(String value, @Nullable Integer style) {
		double number;
		try {
			number = Double.parseDouble(value);
		}
		catch (NumberFormatException ex) {
			return value;
		}
		if (Double.isNaN(number) || Double.isInfinite(number)) {
			return "";
		}
		if (style != null && this.formats.isDate(style) && DateUtil.isValidExcelDate(number)) {
			return DateUtil.getLocalDateTime(number, this.date1904).toLocalDate().toString();
		}
		BigDecimal decimal;
		try {
			decimal = new BigDecimal(value.trim());
		}
		catch (NumberFormatException ex) { // Java syntax a decimal does not take ("1d",
											// hex): the double's value
			decimal = BigDecimal.valueOf(number);
		}
		return decimal.round(EXCEL_PRECISION).stripTrailingZeros().toPlainString();
	}

}
