package cn.investpromo.report.pdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import cn.investpromo.report.Money;

/**
 * How the PDF writes figures: counts with thousands separators, amounts in 亿元 with two
 * decimals, signed changes.
 */
final class Formats {

	static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

	static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

	static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM", Locale.ROOT);

	private Formats() {
	}

	static String count(long value) {
		return String.format(Locale.ROOT, "%,d", value);
	}

	/**
	 * A count the model keeps as a decimal (a KPI), as a whole number with separators.
	 */
	static String count(BigDecimal value) {
		return String.format(Locale.ROOT, "%,d", value.setScale(0, RoundingMode.HALF_UP).toBigInteger());
	}

	/** A count that may be unknown: {@code none} ("—", 未填) where it is, never 0. */
	static String count(@Nullable Long value, String none) {
		return (value != null) ? count(value.longValue()) : none;
	}

	/**
	 * A count the model keeps as a decimal that may be unknown: {@code none} where it is.
	 */
	static String count(@Nullable BigDecimal value, String none) {
		return (value != null) ? count(value) : none;
	}

	/**
	 * An amount kept in 万元 that may be unknown, shown in 亿元, or {@code none} where it is
	 * unknown.
	 */
	static String yi(@Nullable BigDecimal wan, String none) {
		return (wan != null) ? yi(wan) : none;
	}

	/** A share that may be unknown (of an unknown amount), or {@code none}. */
	static String share(@Nullable BigDecimal percent, String none) {
		return (percent != null) ? share(percent) : none;
	}

	/** An amount kept in 万元, shown in 亿元. */
	/** An amount in 万美元 as it stands (SPEC §2.9), two decimals with separators. */
	static String usdWan(BigDecimal usdWan) {
		return String.format(Locale.ROOT, "%,.2f", usdWan.setScale(2, RoundingMode.HALF_UP));
	}

	static String yi(BigDecimal wan) {
		return String.format(Locale.ROOT, "%,.2f", Money.toYi(wan).setScale(2, RoundingMode.HALF_UP));
	}

	/**
	 * A change in percent as "+12.5%" or "-3.0%"; {@code none} ("—") when it is against
	 * zero.
	 */
	static String change(Optional<BigDecimal> percent, String none) {
		return percent
			.map((p) -> ((p.signum() > 0) ? "+" : "") + p.setScale(1, RoundingMode.HALF_UP).toPlainString() + "%")
			.orElse(none);
	}

	/** A share the model already rounded, as "81.1%". */
	static String share(BigDecimal percent) {
		return percent.setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
	}

	/**
	 * A share or rate that may be missing (nothing to divide by), as "41.7%" or
	 * {@code none}.
	 */
	static String share(Optional<BigDecimal> percent, String none) {
		return percent.map(Formats::share).orElse(none);
	}

	/** A difference in percentage points as "+1.7" or "-3.6". */
	static String points(BigDecimal points) {
		return ((points.signum() > 0) ? "+" : "") + points.setScale(1, RoundingMode.HALF_UP).toPlainString();
	}

	/** A threshold as written in the settings: "1", "2.5". */
	static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

}
