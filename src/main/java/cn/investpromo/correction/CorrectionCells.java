package cn.investpromo.correction;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.WorkbookUtil;

/** Cell values, widths and sheet names as the corrections workbook writes them. */
final class CorrectionCells {

	/**
	 * A plain decimal, not an identifier with leading zeros, short enough to be exact as
	 * a double.
	 */
	private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9]\\d{0,14})(\\.\\d{1,10})?");

	private CorrectionCells() {
	}

	/**
	 * Numbers stay numbers, so the clerk's sums work; everything else is text, formulas
	 * included. The style is set even where it is the default: a cell without one makes
	 * the streaming writer look up its column's style in the sheet's XML for every cell
	 * it writes.
	 */
	static void set(Cell cell, String text, CellStyle style) {
		char first = text.charAt(0);
		if ((first == '-' || (first >= '0' && first <= '9')) && NUMBER.matcher(text).matches()) {
			cell.setCellValue(Double.parseDouble(text));
		}
		else {
			cell.setCellValue(text);
		}
		cell.setCellStyle(style);
	}

	/** A Chinese character is two columns wide, as Excel shows it. */
	static int displayWidth(String text) {
		int width = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			width += (c >= 0x2E80) ? 2 : 1;
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				i++; // one character beyond the BMP (CJK extension B …), two columns wide
			}
		}
		return width;
	}

	/** A sheet name Excel takes, unique in the workbook whatever the case. */
	static String uniqueName(String name, Set<String> taken) {
		String safe = WorkbookUtil.createSafeSheetName(name);
		String unique = safe;
		for (int i = 2; !taken.add(unique.toLowerCase(Locale.ROOT)); i++) {
			String suffix = " (" + i + ")";
			unique = safe.substring(0, Math.min(safe.length(), 31 - suffix.length())) + suffix;
		}
		return unique;
	}

}
