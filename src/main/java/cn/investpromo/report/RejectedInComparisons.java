package cn.investpromo.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import cn.investpromo.ledger.LedgerField;
import cn.investpromo.quality.LedgerKind;
import cn.investpromo.report.DataQuality.ComparedReject;
import cn.investpromo.store.ReportQueries.RejectedCell;

/**
 * The rejected rows that fall in a period the headline figures compare (issue 22): a
 * rejected June 推介会 makes July's 环比 −40 % instead of −50 %, so the report says so beside
 * the comparison. A row's month is known when its date was the cell rejected and still
 * names a year and a month ("2019年6月下旬"), or when another cell was at fault and the row's
 * own date read (the import keeps its month).
 */
final class RejectedInComparisons {

	/** A year and a month at the start of a date the ledger could not read. */
	private static final Pattern YEAR_MONTH = Pattern.compile("^\\D*(\\d{4})\\s*[\\u5e74./\\-]\\s*(\\d{1,2})(?!\\d)");

	private static final List<String> DATE_HEADERS = dateHeaders();

	private final ReportData data;

	RejectedInComparisons(ReportData data) {
		this.data = data;
	}

	List<ComparedReject> rejects() {
		Period period = this.data.period();
		Period lastYear = period.sameLastYear();
		Map<String, List<YearMonth>> compared = new LinkedHashMap<>();
		compared.put("month", period.months());
		compared.put("previousMonth", period.previous().months());
		compared.put("sameMonthLastYear", lastYear.months());
		compared.put("ytd", period.yearToDate());
		compared.put("ytdLastYear", lastYear.yearToDate());
		Map<List<String>, long[]> counts = new LinkedHashMap<>();
		List<RejectedCell> cells = this.data.queries()
			.rejectedCells(this.data.qualityScope(), List.of(LedgerKind.EVENTS.code(), LedgerKind.PROJECTS.code()));
		for (RejectedCell cell : cells) {
			Optional<YearMonth> month = month(cell);
			if (month.isEmpty()) {
				continue;
			}
			// the first comparison that holds the month: the year to date counts only its
			// other months
			compared.entrySet()
				.stream()
				.filter((e) -> e.getValue().contains(month.get()))
				.findFirst()
				.ifPresent((e) -> counts.computeIfAbsent(List.of(e.getKey(), cell.kind()), (k) -> new long[1])[0]++);
		}
		List<ComparedReject> rejects = new ArrayList<>();
		for (String comparison : compared.keySet()) {
			for (String kind : List.of(LedgerKind.EVENTS.code(), LedgerKind.PROJECTS.code())) {
				long[] n = counts.get(List.of(comparison, kind));
				if (n != null) {
					rejects.add(new ComparedReject(comparison, kind, n[0]));
				}
			}
		}
		return List.copyOf(rejects);
	}

	/**
	 * The month of a rejected row: its date's, kept by the import, or the month its
	 * rejected date cell still names.
	 */
	static Optional<YearMonth> month(RejectedCell cell) {
		if (cell.month() != null) {
			return Optional.of(YearMonth.parse(cell.month()));
		}
		@Nullable String value = cell.value();
		if (value == null || !DATE_HEADERS.contains(cell.column())) {
			return Optional.empty();
		}
		Matcher m = YEAR_MONTH.matcher(value.trim());
		if (!m.find()) {
			return Optional.empty();
		}
		int month = Integer.parseInt(m.group(2));
		return (month >= 1 && month <= 12) ? Optional.of(YearMonth.of(Integer.parseInt(m.group(1)), month))
				: Optional.empty();
	}

	private static List<String> dateHeaders() {
		List<String> headers = new ArrayList<>(LedgerField.EVENT_START.headers());
		headers.addAll(LedgerField.SIGNED_DATE.headers());
		return List.copyOf(headers);
	}

}
