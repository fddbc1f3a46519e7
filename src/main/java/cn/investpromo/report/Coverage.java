package cn.investpromo.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * From which month a scope's ledgers cover it (issue 22): the month of its earliest
 * ledger row, events and signed projects alike. Before it the ledgers say nothing, so a
 * figure of an earlier period is unknown, never zero.
 * <p>
 * The first row, not the earliest period a file is named after: a ledger file carries no
 * period of its own ("招远市招商台账2018.xlsx" is a name a clerk chose), while the first row is
 * what the bureau started recording. A period counts as covered only when it starts on or
 * after that month: a quarter whose first month is missing would be a part of a quarter.
 *
 * @param from the first covered month; null for a scope without any ledger row, whose
 * periods all count as covered (its figures are the zeros of a region nobody recorded
 * anything for, as before)
 */
public record Coverage(@Nullable YearMonth from) {

	/** Coverage of a scope whose ledgers reach back before any report. */
	public static final Coverage ALL = new Coverage(null);

	/** The coverage of a scope whose earliest ledger row is dated {@code first}. */
	static Coverage since(@Nullable LocalDate first) {
		return (first != null) ? new Coverage(YearMonth.from(first)) : ALL;
	}

	/** Whether the ledgers cover every month of the period. */
	public boolean covers(Period period) {
		return covers(period.first());
	}

	/** Whether the ledgers cover the months, given first to last. */
	public boolean covers(List<YearMonth> months) {
		return months.isEmpty() || covers(months.get(0));
	}

	private boolean covers(YearMonth first) {
		return this.from == null || !first.isBefore(this.from);
	}

}
