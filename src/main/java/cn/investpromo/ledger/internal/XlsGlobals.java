package cn.investpromo.ledger.internal;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.hssf.eventusermodel.FormatTrackingHSSFListener;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.SSTRecord;

/**
 * The globals substream of a .xls workbook: its sheet names, and the shared strings,
 * number formats and date system its cells' values are read with.
 */
record XlsGlobals(List<String> sheetNames, XlsCellValues values) {

	/**
	 * Reads the globals substream up to its EOF: sheet names, shared strings, formats,
	 * the date system.
	 */
	static XlsGlobals read(BiffRecords records) {
		// number formats by XF index, fed every globals record; the no-op child keeps it
		// a
		// pure tracker
		FormatTrackingHSSFListener formats = new FormatTrackingHSSFListener((record) -> {
		});
		List<BoundSheetRecord> bound = new ArrayList<>();
		SSTRecord strings = null;
		boolean date1904 = false;
		Object record;
		while ((record = records.next()) != null) {
			if (record instanceof Record parsed) {
				formats.processRecord(parsed);
			}
			if (record instanceof BoundSheetRecord sheet) {
				bound.add(sheet);
			}
			else if (record instanceof SSTRecord sst) {
				strings = sst;
			}
			else if (record instanceof DateWindow1904Record window) {
				date1904 = window.getWindowing() == 1;
			}
			else if (record instanceof EOFRecord) {
				break;
			}
		}
		// substreams follow in the order of their BOF positions, which is what this sort
		// gives
		List<String> sheetNames = new ArrayList<>();
		for (BoundSheetRecord sheet : BoundSheetRecord.orderByBofPosition(bound)) {
			sheetNames.add(sheet.getSheetname());
		}
		return new XlsGlobals(sheetNames, new XlsCellValues(strings, formats, date1904));
	}

}
