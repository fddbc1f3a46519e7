package cn.investpromo.ledger.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;

import org.apache.poi.hssf.eventusermodel.FormatTrackingHSSFListener;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.jspecify.annotations.Nullable;

import cn.investpromo.ledger.internal.XlsOwnCell.DamagedCell;
import cn.investpromo.ledger.internal.XlsOwnCell.TextCell;
import cn.investpromo.value.Reason;

/**
 * A cell record's value as text, through the workbook's shared strings and number formats
 * (dates as ISO, numbers plain), or why it cannot be read.
 */
final class XlsCellValues {

	private static final MathContext EXCEL_PRECISION = new MathContext(15);

	private final @Nullable SSTRecord strings;

	private final FormatTrackingHSSFListener formats;

	private final boolean date1904;

	XlsCellValues(@Nullable SSTRecord strings, FormatTrackingHSSFListener formats, boolean date1904) {
		this.strings = strings;
		this.formats = formats;
		this.date1904 = date1904;
	}

	/** The cell's text; {@link #damage} found nothing wrong with it. */
	String text(CellValueRecordInterface cell) {
		if (cell instanceof TextCell textCell) {
			return textCell.text();
		}
		if (cell instanceof LabelSSTRecord label) {
			// damage(cell) checked the table and the index
			return Objects.requireNonNull(this.strings).getString(label.getSSTIndex()).getString();
		}
		if (cell instanceof LabelRecord label) {
			return label.getValue();
		}
		if (cell instanceof BoolErrRecord boolErr) {
			return boolErr.isBoolean() ? (boolErr.getBooleanValue() ? "TRUE" : "FALSE") : "";
		}
		if (cell instanceof FormulaRecord formula) {
			int type = formula.getCachedResultType();
			if (type == CellType.BOOLEAN.getCode()) {
				return formula.getCachedBooleanValue() ? "TRUE" : "FALSE";
			}
			if (type == CellType.ERROR.getCode()) {
				return "";
			}
			return numeric(cell, formula.getValue());
		}
		if (cell instanceof NumberRecord number) {
			return numeric(cell, number.getValue());
		}
		return "";
	}

	private String numeric(CellValueRecordInterface cell, double value) {
		int index = this.formats.getFormatIndex(cell);
		String format = this.formats.getFormatString(cell);
		boolean date = (format != null && !format.isEmpty()) ? DateUtil.isADateFormat(index, format)
				: DateUtil.isADateFormat(index, null) || ChineseDateFormats.isDate(index);
		if (date && DateUtil.isValidExcelDate(value)) {
			return DateUtil.getLocalDateTime(value, this.date1904).toLocalDate().toString();
		}
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			return "";
		}
		return new BigDecimal(Double.toString(value)).round(EXCEL_PRECISION).stripTrailingZeros().toPlainString();
	}

	/**
	 * Why a cell cannot be read (a damaged record, a text past the shared strings), or
	 * null.
	 */
	@Nullable Reason damage(CellValueRecordInterface cell, int columnIndex) {
		String column = CellReference.convertNumToColString(columnIndex);
		if (cell instanceof DamagedCell) {
			return Reason.of("row.damagedRecord", column);
		}
		if (cell instanceof LabelSSTRecord label) {
			int index = label.getSSTIndex();
			if (this.strings == null || index < 0 || index >= this.strings.getNumUniqueStrings()) {
				return Reason.of("row.missingSharedString", column);
			}
		}
		return null;
	}

}
