package cn.investpromo.ledger;

/** A ledger file that cannot be read at all (corrupt, encrypted, not a spreadsheet …); the message says why. */
public class UnreadableFileException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public UnreadableFileException(String message, Throwable cause) {
		super(message, cause);
	}

	public UnreadableFileException(String message) {
		super(message);
	}

}
