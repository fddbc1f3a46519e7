package cn.investpromo.quality;

import java.time.YearMonth;

import org.jspecify.annotations.Nullable;

import cn.investpromo.value.Reason;

/**
 * A row that could not be read, with the column and value at fault and why, in both
 * languages (SPEC §2.6).
 *
 * @param month the month the row's own date names, where that date reads though another
 * cell did not; null otherwise
 */
public record RejectedRow(Source source, String column, String value, Reason reason, @Nullable YearMonth month) {

	/** A row whose date is unknown (the date was the cell at fault, or it has none). */
	public RejectedRow(Source source, String column, String value, Reason reason) {
		this(source, column, value, reason, null);
	}

}
