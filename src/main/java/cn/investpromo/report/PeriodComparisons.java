package cn.investpromo.report;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * The five comparisons of SPEC §5 of one figure, for the headline figures and for every
 * section that compares (到位资金): the period, the previous period, the same period last
 * year, and the year to date at the period's end with last year's.
 */
final class PeriodComparisons {

	private PeriodComparisons() {
	}

	/**
	 * A figure of the five periods, with the items of each that left it blank; a compared
	 * period (previous, same last year, last year's year to date) the ledgers do not
	 * cover is unknown (null, nothing blank), so that no change is computed from it. The
	 * period itself and its year to date are what the report is of: always computed, and
	 * a note says where the ledgers do not reach back to them ({@link CoverageNotes}).
	 * @param sums the sums of a range of months
	 * @param changesOfReported whether changes are computed over the reported values when
	 * some are blank
	 */
	static <S> Comparison compare(Period period, Coverage coverage, Function<List<YearMonth>, S> sums,
			Function<S, @Nullable BigDecimal> figure, Function<S, Long> blank, boolean changesOfReported) {
		Period lastYear = period.sameLastYear();
		List<List<YearMonth>> ranges = List.of(period.months(), period.previous().months(), lastYear.months(),
				period.yearToDate(), lastYear.yearToDate());
		List<@Nullable BigDecimal> figures = new ArrayList<>();
		long[] blanks = new long[ranges.size()];
		for (int i = 0; i < ranges.size(); i++) {
			// 0 is the period itself, 3 its year to date
			if (i == 0 || i == 3 || coverage.covers(ranges.get(i))) {
				S of = sums.apply(ranges.get(i));
				figures.add(figure.apply(of));
				blanks[i] = blank.apply(of);
			}
			else {
				figures.add(null);
			}
		}
		return new Comparison(figures.get(0), figures.get(1), figures.get(2), figures.get(3), figures.get(4),
				new Comparison.Unreported(blanks[0], blanks[1], blanks[2], blanks[3], blanks[4], changesOfReported));
	}

}
