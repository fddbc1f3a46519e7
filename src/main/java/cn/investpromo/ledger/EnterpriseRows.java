package cn.investpromo.ledger;

import java.util.List;
import java.util.Objects;

import cn.investpromo.enterprise.EnterpriseRow;
import cn.investpromo.enterprise.InvestorTag;
import cn.investpromo.quality.Source;
import cn.investpromo.value.Reason;
import cn.investpromo.value.TextNormalizer;

import static cn.investpromo.ledger.ReferenceRows.invalid;
import static cn.investpromo.ledger.ReferenceRows.required;
import static cn.investpromo.ledger.ReferenceRows.text;

/**
 * Reads a row of the enterprise sheet (SPEC §3.3): 企业名称, 别名 (several, separated by 、), 标签
 * (a list) and 年份; the reference step stores what reads, the import step lists the rest.
 */
final class EnterpriseRows {

	private EnterpriseRows() {
	}

	static EnterpriseRow enterprise(RawRow row, SheetLayout layout, Source source) {
		required(row, layout, LedgerField.ENTERPRISE_NAME);
		// required above; stored as written, matched in normal form
		String name = TextNormalizer
			.display(row.cell(Objects.requireNonNull(layout.column(LedgerField.ENTERPRISE_NAME)).index()));
		List<String> aliases = ReferenceRows.list(text(row, layout, LedgerField.ENTERPRISE_ALIASES));
		List<String> tags = InvestorTag.list(required(row, layout, LedgerField.ENTERPRISE_TAGS));
		if (tags.isEmpty()) {
			throw invalid(row, layout, LedgerField.ENTERPRISE_TAGS, Reason.of("cell.required"));
		}
		return new EnterpriseRow(name, aliases, tags, year(row, layout), source);
	}

	/** The list's year, 2019 from 2019, 2019年 or 2019.0; 0 for a blank cell. */
	private static int year(RawRow row, SheetLayout layout) {
		String text = text(row, layout, LedgerField.ENTERPRISE_YEAR).replaceAll("年度?$", "").trim();
		if (text.isEmpty()) {
			return 0;
		}
		int year;
		try {
			year = Integer.parseInt(text.replaceAll("\\.0+$", ""));
		}
		catch (NumberFormatException ex) {
			throw invalid(row, layout, LedgerField.ENTERPRISE_YEAR, Reason.of("enterprise.yearFormat"));
		}
		if (year < 1990 || year > 2100) {
			throw invalid(row, layout, LedgerField.ENTERPRISE_YEAR, Reason.of("reference.yearRange"));
		}
		return year;
	}

}
