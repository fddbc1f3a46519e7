package cn.investpromo.ledger;

import cn.investpromo.value.Reason;
import cn.investpromo.quality.RejectedRow;

/**
 * A ledger or reference row that cannot be read: the column (as its header reads), the
 * value and why. It becomes a {@link RejectedRow} and never escapes the import step.
 */
final class InvalidCellException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String column;

	private final String value;

	private final Reason reason;

	InvalidCellException(String column, String value, Reason reason) {
		super(null, null, false, false); // control flow: no stack trace needed
		this.column = column;
		this.value = value;
		this.reason = reason;
	}

	String column() {
		return this.column;
	}

	String value() {
		return this.value;
	}

	Reason reason() {
		return this.reason;
	}

	/** The Chinese reason, as logs show it. */
	@Override
	public String getMessage() {
		return this.reason.zh();
	}

}
