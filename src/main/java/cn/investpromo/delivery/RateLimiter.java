package cn.investpromo.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * At most {@code max} messages in any window of a minute: a send that would exceed it
 * waits until the oldest of the last {@code max} is a minute old (企业微信 and 钉钉 robots each
 * allow 20 a minute and refuse more).
 */
final class RateLimiter {

	private static final Duration WINDOW = Duration.ofMinutes(1);

	private final int max;

	private final Clock clock;

	private final Sleeper sleeper;

	private final Deque<Instant> sent = new ArrayDeque<>();

	RateLimiter(int max, Clock clock, Sleeper sleeper) {
		this.max = max;
		this.clock = clock;
		this.sleeper = sleeper;
	}

	/** Waits, if need be, until one more message fits in the window, and counts it. */
	synchronized void acquire() throws InterruptedException {
		while (true) {
			Instant now = this.clock.instant();
			while (!this.sent.isEmpty() && !this.sent.peekFirst().plus(WINDOW).isAfter(now)) {
				this.sent.removeFirst();
			}
			if (this.sent.size() < this.max) {
				this.sent.addLast(now);
				return;
			}
			this.sleeper.sleep(Duration.between(now, this.sent.peekFirst().plus(WINDOW)));
		}
	}

	/** How the limiter and retries wait; tests pass one that moves a clock instead. */
	@FunctionalInterface
	interface Sleeper {

		void sleep(Duration duration) throws InterruptedException;

		Sleeper REAL = (duration) -> Thread.sleep(Math.max(0, duration.toMillis()));

	}

}
