package cn.investpromo.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * One figure of scope S with the comparisons of SPEC §5: this month, previous month, same month last
 * year, year to date and year to date of last year.
 */
public record Comparison(BigDecimal month, BigDecimal previousMonth, BigDecimal sameMonthLastYear, BigDecimal ytd,
		BigDecimal ytdLastYear) {

	/** Change of this month against the previous month, in percent; empty against zero (shown as "—"). */
	public Optional<BigDecimal> monthOnMonthPercent() {
		return percentChange(this.month, this.previousMonth);
	}

	/** Change of this month against the same month last year, in percent; empty against zero. */
	public Optional<BigDecimal> yearOnYearPercent() {
		return percentChange(this.month, this.sameMonthLastYear);
	}

	/** Change of the year to date against last year's, in percent; empty against zero. */
	public Optional<BigDecimal> ytdPercent() {
		return percentChange(this.ytd, this.ytdLastYear);
	}

	static Optional<BigDecimal> percentChange(BigDecimal now, BigDecimal before) {
		if (before.signum() == 0) {
			return Optional.empty();
		}
		return Optional.of(now.subtract(before)
			.multiply(BigDecimal.valueOf(100))
			.divide(before.abs(), 1, RoundingMode.HALF_UP));
	}

}
