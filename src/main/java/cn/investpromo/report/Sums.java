package cn.investpromo.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The sums, shares and rates the sections of a report are made of, each rounded as SPEC
 * §5 shows it.
 */
final class Sums {

	/** 1 亿元 in 万元. */
	static final BigDecimal ONE_YI = BigDecimal.valueOf(10_000);

	static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private Sums() {
	}

	static BigDecimal count(long n) {
		return BigDecimal.valueOf(n);
	}

	/**
	 * The sum of the values {@code reported} of {@code items} gave: null when there were
	 * items and none gave one (unknown, never zero); zero when there were none.
	 */
	static @Nullable BigDecimal reported(BigDecimal sum, long reported, long items) {
		return (items > 0 && reported == 0) ? null : sum;
	}

	/** part ÷ whole in percent to one decimal; empty against zero (shown as "—"). */
	static Optional<BigDecimal> rate(long part, long whole) {
		if (whole == 0) {
			return Optional.empty();
		}
		return Optional
			.of(BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP));
	}

	/** {@link #share} of a part that may be unknown: null for an unknown part. */
	static @Nullable BigDecimal knownShare(@Nullable BigDecimal part, BigDecimal total) {
		return (part != null) ? share(part, total) : null;
	}

	/** part ÷ total in percent to one decimal; zero against a zero total. */
	static BigDecimal share(BigDecimal part, BigDecimal total) {
		if (total.signum() == 0) {
			return BigDecimal.ZERO;
		}
		return part.multiply(HUNDRED).divide(total, 1, RoundingMode.HALF_UP);
	}

}
