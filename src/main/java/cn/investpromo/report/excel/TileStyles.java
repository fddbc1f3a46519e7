package cn.investpromo.report.excel;

import java.awt.Color;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cell styles of the overview sheet's front page, each made once per kind and colour
 * in the default face of the report's language.
 */
final class TileStyles {

	private static final String FACE_ZH = "等线";

	private static final String FACE_EN = "Calibri";

	private final XSSFWorkbook workbook;

	private final String face;

	private final Map<String, XSSFCellStyle> styles = new HashMap<>();

	TileStyles(XSSFWorkbook workbook, boolean english) {
		this.workbook = workbook;
		this.face = english ? FACE_EN : FACE_ZH;
	}

	/**
	 * A centred (or left-aligned), bordered, wrapped style in the given colour and size,
	 * made once.
	 */
	XSSFCellStyle style(String kind, int rgb, boolean bold, int points, boolean boxed) {
		return this.styles.computeIfAbsent(kind + "/" + rgb, (k) -> {
			XSSFFont font = this.workbook.createFont();
			font.setFontName(this.face);
			font.setFontHeightInPoints((short) points);
			font.setBold(bold);
			font.setColor(new XSSFColor(new Color(rgb), null));
			XSSFCellStyle style = this.workbook.createCellStyle();
			style.setFont(font);
			style.setWrapText(true);
			style.setVerticalAlignment(VerticalAlignment.CENTER);
			if (boxed) {
				style.setAlignment(HorizontalAlignment.CENTER);
				style.setBorderLeft(BorderStyle.THIN);
				style.setBorderRight(BorderStyle.THIN);
				style.setLeftBorderColor(new XSSFColor(new Color(0xB4BCC8), null));
				style.setRightBorderColor(new XSSFColor(new Color(0xB4BCC8), null));
				if (kind.equals("label")) {
					style.setBorderTop(BorderStyle.THIN);
					style.setTopBorderColor(new XSSFColor(new Color(0xB4BCC8), null));
					style.setFillForegroundColor(new XSSFColor(new Color(0xDCE4F0), null));
					style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
				}
				if (kind.equals("detail")) {
					style.setBorderBottom(BorderStyle.THIN);
					style.setBottomBorderColor(new XSSFColor(new Color(0xB4BCC8), null));
				}
			}
			else {
				style.setAlignment(HorizontalAlignment.LEFT);
			}
			return style;
		});
	}

}
