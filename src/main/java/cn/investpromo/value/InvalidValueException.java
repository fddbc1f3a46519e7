package cn.investpromo.value;

/**
 * A cell value that breaks the rules of SPEC §2.4, with a short reason a clerk
 * understands, in Chinese ({@link #getMessage()}) or in either report language
 * ({@link #reason()}).
 */
public class InvalidValueException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final Reason reason;

	/**
	 * Creates the exception without a stack trace: rejects are data (SPEC §2.6), they are
	 * listed, never printed as traces, and a bad ledger may produce many of them.
	 * @param key the key of the reason in {@code value/messages*.properties}
	 * @param args its arguments, see {@link Reason}
	 */
	public InvalidValueException(String key, Object... args) {
		super(null, null, false, false);
		this.reason = Reason.of(key, args);
	}

	/**
	 * The reason in either language, e.g. {@code 日期无法识别：2019年6月下旬} /
	 * {@code date not recognised: …}.
	 */
	public Reason reason() {
		return this.reason;
	}

	/** The Chinese reason, as logs and the console show it. */
	@Override
	public String getMessage() {
		return this.reason.zh();
	}

}
