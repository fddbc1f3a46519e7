package cn.investpromo.ledger;

import java.util.List;

import cn.investpromo.quality.LedgerKind;
import cn.investpromo.quality.Source;

/**
 * A reference sheet's rows, gathered before any is resolved: reference sheets are small.
 */
record ReferenceSheetRows(String file, String sheet, SheetLayout layout, List<RawRow> rows) {

	static List<ReferenceSheetRows> of(List<ReferenceSheetRows> sheets, LedgerKind kind) {
		return sheets.stream().filter((sheet) -> sheet.layout().kind() == kind).toList();
	}

	Source source(RawRow row) {
		return new Source(this.file, this.sheet, row.number());
	}

}
