package cn.investpromo.ledger.internal;

import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * The number format of each cell style of an .xlsx: what tells a date from a number.
 *
 * @param custom the workbook's own formats by id
 * @param formatOfStyle the format id of each cell style, by style index
 */
record XlsxNumberFormats(Map<Integer, String> custom, List<Integer> formatOfStyle) {

	static final XlsxNumberFormats NONE = new XlsxNumberFormats(Map.of(), List.of());

	boolean isDate(int style) {
		if (style < 0 || style >= this.formatOfStyle.size()) {
			return false;
		}
		int id = this.formatOfStyle.get(style);
		String custom = this.custom.get(id);
		if (custom != null) {
			return DateUtil.isADateFormat(id, custom);
		}
		return DateUtil.isADateFormat(id, BuiltinFormats.getBuiltinFormat(id)) || ChineseDateFormats.isDate(id);
	}

}
