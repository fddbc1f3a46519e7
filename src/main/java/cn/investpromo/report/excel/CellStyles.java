package cn.investpromo.report.excel;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * How {@link Styles} makes its fonts and cell styles: plain or bordered, numbers with
 * their format, and quote-prefixed twins.
 */
final class CellStyles {

	private CellStyles() {
	}

	static Font font(Workbook workbook, String face, short points, boolean bold) {
		Font font = workbook.createFont();
		font.setFontName(face);
		font.setFontHeightInPoints(points);
		font.setBold(bold);
		return font;
	}

	static CellStyle base(Workbook workbook, Font font, boolean bordered) {
		CellStyle style = workbook.createCellStyle();
		style.setFont(font);
		style.setVerticalAlignment(VerticalAlignment.CENTER);
		if (bordered) {
			style.setBorderTop(BorderStyle.THIN);
			style.setBorderBottom(BorderStyle.THIN);
			style.setBorderLeft(BorderStyle.THIN);
			style.setBorderRight(BorderStyle.THIN);
		}
		return style;
	}

	static CellStyle number(Workbook workbook, Font font, String format) {
		CellStyle style = base(workbook, font, true);
		style.setDataFormat(workbook.createDataFormat().getFormat(format));
		style.setAlignment(HorizontalAlignment.RIGHT);
		return style;
	}

	static CellStyle quoted(Workbook workbook, CellStyle source) {
		CellStyle style = workbook.createCellStyle();
		style.cloneStyleFrom(source);
		style.setQuotePrefixed(true);
		return style;
	}

}
