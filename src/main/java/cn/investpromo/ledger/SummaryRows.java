package cn.investpromo.ledger;

import java.util.Objects;
import java.util.Set;

import cn.investpromo.ledger.LedgerItem.LedgerRow;
import cn.investpromo.ledger.SheetLayout.Column;
import cn.investpromo.quality.LedgerKind;
import cn.investpromo.value.InvalidValueException;
import cn.investpromo.value.LedgerDates;
import cn.investpromo.value.TextNormalizer;

/** Tells a ledger's summary rows (合计, 小计 …) from its records (SPEC §2.6). */
final class SummaryRows {

	/**
	 * What clerks write in a summary row's first text cell, compared without spaces or a
	 * trailing colon.
	 */
	private static final Set<String> SUMMARY_WORDS = Set.of("合计", "小计", "总计", "总合计", "累计");

	private SummaryRows() {
	}

	/**
	 * A summary row (SPEC §2.6): its name cell or its first text cell says 合计, 小计, 总计,
	 * 总合计 or 累计, and it has no date, so it cannot be a record that happens to be called
	 * so.
	 */
	static boolean isSummary(LedgerRow row) {
		// rows come from recognised sheets
		SheetLayout layout = Objects.requireNonNull(row.sheet().layout());
		boolean events = row.sheet().kind() == LedgerKind.EVENTS;
		Column name = layout.column(events ? LedgerField.EVENT_NAME : LedgerField.PROJECT_NAME);
		Column date = layout.column(events ? LedgerField.EVENT_START : LedgerField.SIGNED_DATE);
		boolean summaryWord = (name != null && isSummaryWord(row.row().cell(name.index()))) || row.row()
			.cells()
			.stream()
			.map(TextNormalizer::normalize)
			.filter((cell) -> !cell.isEmpty() && !cell.matches("[0-9.,%\\-]+"))
			.findFirst()
			.map(SummaryRows::isSummaryWord)
			.orElse(false);
		if (!summaryWord) {
			return false;
		}
		String dateText = (date != null) ? TextNormalizer.normalize(row.row().cell(date.index())) : "";
		if (dateText.isEmpty()) {
			return true;
		}
		try {
			LedgerDates.parse(dateText);
			return false;
		}
		catch (InvalidValueException ex) {
			return true;
		}
	}

	private static boolean isSummaryWord(String cell) {
		String word = TextNormalizer.normalize(cell).replace(" ", "").replaceAll("[:：]$", "");
		return SUMMARY_WORDS.contains(word);
	}

}
