package cn.investpromo.report.excel;

import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import cn.investpromo.report.ReportLabels;

/**
 * Freezing and print set-up shared by every sheet: landscape A4, one page wide, repeated
 * headers, page numbers.
 */
final class SheetSetup {

	// Excel header/footer codes: sheet name, page number, number of pages
	private static final String SHEET_NAME = "&A";

	private static final String PAGE = "&P";

	private static final String PAGES = "&N";

	/**
	 * Left and right margins in inches: Excel's "narrow", so the columns print larger.
	 */
	static final double SIDE_MARGIN_INCHES = 0.3;

	/** The smallest scale a sheet may print at. */
	static final double LEAST_SCALE = 0.75;

	/**
	 * Column-width units that print one page wide at {@link #LEAST_SCALE} on A4 landscape
	 * (842 pt) between the side margins. A unit is the width of '0' in the default
	 * 11-point font: 7 pt as LibreOffice prints it where Calibri is missing (DejaVu
	 * Sans), 5.25 pt in Excel; counting 7 keeps both at 75 % or more.
	 */
	static final int PRINTABLE_UNITS = (int) ((842 - 72 * 2 * SIDE_MARGIN_INCHES) / LEAST_SCALE / 7.0);

	private SheetSetup() {
	}

	/**
	 * Freezes the panes below the header rows, repeats rows {@code 0..lastHeaderRow} on
	 * every printed page and sets up printing.
	 * @param freezeRows rows kept on screen (the header rows)
	 * @param freezeColumns columns kept on screen (e.g. the region column of a cross
	 * table)
	 * @param lastRepeatedRow the last row printed atop every page
	 * @param title the report title, for the page header
	 */
	static void apply(Sheet sheet, ReportLabels labels, int freezeRows, int freezeColumns, int lastRepeatedRow,
			String title) {
		sheet.createFreezePane(freezeColumns, freezeRows);
		sheet.setRepeatingRows(new CellRangeAddress(0, lastRepeatedRow, -1, -1));
		PrintSetup print = sheet.getPrintSetup();
		print.setLandscape(true);
		print.setPaperSize(PrintSetup.A4_PAPERSIZE);
		sheet.setFitToPage(true);
		sheet.setAutobreaks(true);
		print.setFitWidth((short) 1);
		// 0 = as many pages high as the rows need
		print.setFitHeight((short) 0);
		sheet.setHorizontallyCenter(true);
		sheet.setMargin(PageMargin.LEFT, SIDE_MARGIN_INCHES);
		sheet.setMargin(PageMargin.RIGHT, SIDE_MARGIN_INCHES);
		// & starts a control code in headers and footers, so a title's own & is doubled
		sheet.getHeader().setLeft(title.replace("&", "&&"));
		sheet.getHeader().setRight(SHEET_NAME);
		sheet.getFooter().setCenter(labels.format("page.number", PAGE, PAGES));
	}

}
