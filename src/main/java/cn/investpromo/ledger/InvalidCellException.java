package cn.investpromo.ledger;

/**
 * A ledger or reference row that cannot be read: the column (as its header reads), the value and why. It becomes a
 * {@link LedgerItem.RejectedRow} and never escapes the import step.
 */
final class InvalidCellException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String column;

	private final String value;

	InvalidCellException(String column, String value, String reason) {
		super(reason, null, false, false); // control flow: no stack trace needed
		this.column = column;
		this.value = value;
	}

	String column() {
		return this.column;
	}

	String value() {
		return this.value;
	}

}
