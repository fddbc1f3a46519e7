package cn.investpromo.correction;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

/**
 * The workbook's default style, the red fill of a bad cell and the bold header of the
 * reason column.
 */
final class CorrectionStyles {

	final CellStyle plain;

	final CellStyle bad;

	final CellStyle reasonHeader;

	CorrectionStyles(SXSSFWorkbook workbook) {
		this.plain = workbook.getCellStyleAt(0);
		XSSFCellStyle red = (XSSFCellStyle) workbook.createCellStyle();
		red.setFillForegroundColor(new XSSFColor(new byte[] { (byte) 0xFF, (byte) 0x80, (byte) 0x80 }, null));
		red.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		this.bad = red;
		Font bold = workbook.createFont();
		bold.setBold(true);
		bold.setColor(IndexedColors.DARK_RED.getIndex());
		this.reasonHeader = workbook.createCellStyle();
		this.reasonHeader.setFont(bold);
	}

}
