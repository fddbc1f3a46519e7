package cn.investpromo.value;

/** A cell value that breaks the rules of SPEC §2.4, with a short Chinese reason a clerk understands. */
public class InvalidValueException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String reason;

	/**
	 * Creates the exception without a stack trace: rejects are data (SPEC §2.6), they are listed, never printed
	 * as traces, and a bad ledger may produce many of them.
	 */
	public InvalidValueException(String reason) {
		super(reason, null, false, false);
		this.reason = reason;
	}

	/** The reason shown to the clerk, e.g. {@code 日期无法识别：2019年6月下旬}. */
	public String reason() {
		return this.reason;
	}

}
