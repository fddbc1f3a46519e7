package cn.investpromo.report.excel;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

import cn.investpromo.report.ReportLanguage;

/**
 * The cell styles of one workbook, built once up front (POI allows only ~64,000 styles
 * per workbook, so styles are never created per cell).
 */
final class Styles {

	static final String AMOUNT_FORMAT = "#,##0.00";

	static final String INTEGER_FORMAT = "#,##0";

	static final String CHANGE_FORMAT = "+0.0%;-0.0%;0.0%";

	static final String SHARE_FORMAT = "0.0%";

	/** Percentage points, signed like a change (1.7 points ahead, 3.6 behind). */
	static final String POINTS_FORMAT = "+0.0;-0.0;0.0";

	static final String DATE_FORMAT = "yyyy-mm-dd";

	/** Default font size in points; row heights are estimated from it. */
	static final short FONT_POINTS = 11;

	final CellStyle title;

	final CellStyle subtitle;

	final CellStyle metaLabel;

	final CellStyle meta;

	final CellStyle header;

	final CellStyle text;

	final CellStyle wrap;

	final CellStyle centered;

	final CellStyle integer;

	final CellStyle amount;

	final CellStyle change;

	final CellStyle share;

	final CellStyle points;

	final CellStyle date;

	final CellStyle totalLabel;

	final CellStyle totalInteger;

	final CellStyle totalAmount;

	final CellStyle totalShare;

	/** A total that has no figure ("—"), centred like {@link #centered}. */
	final CellStyle totalCentered;

	/** A note under a table: a wrapped sentence across the table's width. */
	final CellStyle note;

	final CellStyle narrative;

	/**
	 * Twins of the text styles with quotePrefix set, for ledger text that begins like a
	 * formula.
	 */
	private final Map<CellStyle, CellStyle> quoted = new IdentityHashMap<>();

	Styles(Workbook workbook, ReportLanguage language) {
		// 等线 is the default face of Chinese Excel; Calibri of the English one
		String face = language.english() ? "Calibri" : "等线";
		Font plain = CellStyles.font(workbook, face, FONT_POINTS, false);
		Font bold = CellStyles.font(workbook, face, FONT_POINTS, true);
		Font big = CellStyles.font(workbook, face, (short) 16, true);
		Font medium = CellStyles.font(workbook, face, (short) 13, true);
		this.title = CellStyles.base(workbook, big, false);
		this.title.setAlignment(HorizontalAlignment.CENTER);
		this.subtitle = CellStyles.base(workbook, medium, false);
		this.metaLabel = CellStyles.base(workbook, bold, false);
		this.meta = CellStyles.base(workbook, plain, false);
		this.header = CellStyles.base(workbook, bold, true);
		this.header.setWrapText(true);
		this.header.setAlignment(HorizontalAlignment.CENTER);
		this.header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
		this.header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		this.text = CellStyles.base(workbook, plain, true);
		this.wrap = CellStyles.base(workbook, plain, true);
		this.wrap.setWrapText(true);
		this.centered = CellStyles.base(workbook, plain, true);
		this.centered.setAlignment(HorizontalAlignment.CENTER);
		this.integer = CellStyles.number(workbook, plain, INTEGER_FORMAT);
		this.amount = CellStyles.number(workbook, plain, AMOUNT_FORMAT);
		this.change = CellStyles.number(workbook, plain, CHANGE_FORMAT);
		this.share = CellStyles.number(workbook, plain, SHARE_FORMAT);
		this.points = CellStyles.number(workbook, plain, POINTS_FORMAT);
		this.date = CellStyles.number(workbook, plain, DATE_FORMAT);
		this.date.setAlignment(HorizontalAlignment.CENTER);
		this.totalLabel = CellStyles.base(workbook, bold, true);
		this.totalLabel.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		this.totalLabel.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		this.totalInteger = CellStyles.number(workbook, bold, INTEGER_FORMAT);
		this.totalInteger.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		this.totalInteger.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		this.totalAmount = CellStyles.number(workbook, bold, AMOUNT_FORMAT);
		this.totalAmount.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		this.totalAmount.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		this.totalShare = CellStyles.number(workbook, bold, SHARE_FORMAT);
		this.totalShare.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		this.totalShare.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		this.totalCentered = CellStyles.base(workbook, bold, true);
		this.totalCentered.setAlignment(HorizontalAlignment.CENTER);
		this.totalCentered.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		this.totalCentered.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		this.note = CellStyles.base(workbook, plain, false);
		this.note.setWrapText(true);
		this.note.setVerticalAlignment(VerticalAlignment.TOP);
		this.narrative = CellStyles.base(workbook, plain, true);
		this.narrative.setWrapText(true);
		this.narrative.setVerticalAlignment(VerticalAlignment.TOP);
		for (CellStyle style : List.of(this.title, this.subtitle, this.metaLabel, this.meta, this.header, this.text,
				this.wrap, this.centered, this.totalLabel, this.totalCentered, this.note, this.narrative)) {
			this.quoted.put(style, CellStyles.quoted(workbook, style));
		}
	}

	/**
	 * The style to write {@code value} with: the quote-prefixed twin when the text would
	 * look like a formula (= + - @) to a spreadsheet program, so an edit of the cell
	 * never turns it into one.
	 */
	CellStyle textStyle(CellStyle style, String value) {
		if (!looksLikeFormula(value)) {
			return style;
		}
		return this.quoted.getOrDefault(style, style);
	}

	static boolean looksLikeFormula(String value) {
		if (value.isEmpty()) {
			return false;
		}
		char first = value.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@';
	}

}
