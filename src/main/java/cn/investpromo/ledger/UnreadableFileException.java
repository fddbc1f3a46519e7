package cn.investpromo.ledger;

/**
 * A ledger file that cannot be read at all (corrupt, encrypted, not a spreadsheet …); the
 * message is one plain line that says why, in Chinese and in English
 * ({@code 中文 / English}), never a library's own text.
 */
public class UnreadableFileException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public UnreadableFileException(String zh, String en, Throwable cause) {
		super(line(zh, en), cause);
	}

	public UnreadableFileException(String zh, String en) {
		super(line(zh, en));
	}

	/**
	 * The two languages joined as the CLI's other error lines are: {@code 中文 / English}.
	 */
	public static String line(String zh, String en) {
		return zh + " / " + en;
	}

}
