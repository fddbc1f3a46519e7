package cn.investpromo.delivery;

/**
 * A delivery that did not get through after every attempt: why, in one line, and how many
 * attempts were made.
 */
public class DeliveryException extends Exception {

	private final int attempts;

	public DeliveryException(String message, int attempts) {
		super(message);
		this.attempts = attempts;
	}

	public int attempts() {
		return this.attempts;
	}

}
