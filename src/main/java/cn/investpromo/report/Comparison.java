package cn.investpromo.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * One figure of scope S with the comparisons of SPEC §5: this month, previous month, same
 * month last year, year to date and year to date of last year. A figure is the sum of the
 * values the ledgers give; it is null where there were items and none gave the value
 * (unknown, never zero), and {@link #unreported()} says how many items left it blank in
 * each period.
 */
public record Comparison(@Nullable BigDecimal month, @Nullable BigDecimal previousMonth,
		@Nullable BigDecimal sameMonthLastYear, @Nullable BigDecimal ytd, @Nullable BigDecimal ytdLastYear,
		Unreported unreported) {

	/** A figure every item of every period gives (a count of events or projects). */
	public Comparison(BigDecimal month, BigDecimal previousMonth, BigDecimal sameMonthLastYear, BigDecimal ytd,
			BigDecimal ytdLastYear) {
		this(month, previousMonth, sameMonthLastYear, ytd, ytdLastYear, Unreported.NONE);
	}

	/**
	 * How many items of each period left the figure blank.
	 *
	 * @param changesOfReported whether a change is still computed over the reported
	 * values when some are blank (amounts: a project without an amount is a known kind of
	 * agreement, counted beside the sum); when false, a blank on either side leaves the
	 * change out (a blank 参会企业数 is a gap in the ledger)
	 */
	public record Unreported(long month, long previousMonth, long sameMonthLastYear, long ytd, long ytdLastYear,
			boolean changesOfReported) {

		/** Nothing left blank. */
		public static final Unreported NONE = new Unreported(0, 0, 0, 0, 0, true);

		/** Whether any period has a blank. */
		public boolean any() {
			return this.month + this.previousMonth + this.sameMonthLastYear + this.ytd + this.ytdLastYear > 0;
		}

		private boolean blocks(long now, long before) {
			return !this.changesOfReported && (now > 0 || before > 0);
		}

	}

	/**
	 * Change of this month against the previous month, in percent; empty against zero or
	 * an unknown (shown as "—"), and where blanks on either side would make it
	 * misleading.
	 */
	public Optional<BigDecimal> monthOnMonthPercent() {
		if (this.unreported.blocks(this.unreported.month(), this.unreported.previousMonth())) {
			return Optional.empty();
		}
		return percentChange(this.month, this.previousMonth);
	}

	/**
	 * Change of this month against the same month last year, in percent; empty as for the
	 * month on month.
	 */
	public Optional<BigDecimal> yearOnYearPercent() {
		if (this.unreported.blocks(this.unreported.month(), this.unreported.sameMonthLastYear())) {
			return Optional.empty();
		}
		return percentChange(this.month, this.sameMonthLastYear);
	}

	/**
	 * Change of the year to date against last year's, in percent; empty as for the month
	 * on month.
	 */
	public Optional<BigDecimal> ytdPercent() {
		if (this.unreported.blocks(this.unreported.ytd(), this.unreported.ytdLastYear())) {
			return Optional.empty();
		}
		return percentChange(this.ytd, this.ytdLastYear);
	}

	static Optional<BigDecimal> percentChange(@Nullable BigDecimal now, @Nullable BigDecimal before) {
		if (now == null || before == null || before.signum() == 0) {
			return Optional.empty();
		}
		return Optional
			.of(now.subtract(before).multiply(BigDecimal.valueOf(100)).divide(before.abs(), 1, RoundingMode.HALF_UP));
	}

}
