package cn.investpromo.job;

import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.support.CronExpression;

/**
 * Fires the monthly run on a cron expression in a time zone, each time for the month
 * before the firing (SPEC §1): the default {@code 0 0 6 2 * *} in Asia/Shanghai reports
 * on July at 06:00 on 2 August. A failed run is logged and the schedule carries on;
 * {@link #stop()} ends the wait at once.
 */
public class MonthlyScheduler {

	private static final Logger log = LoggerFactory.getLogger(MonthlyScheduler.class);

	private final CronExpression cron;

	private final ZoneId zone;

	private final Clock clock;

	private final CountDownLatch stopped = new CountDownLatch(1);

	public MonthlyScheduler(CronExpression cron, ZoneId zone, Clock clock) {
		this.cron = cron;
		this.zone = zone;
		this.clock = clock;
	}

	/** The next firing after {@code time}. */
	public ZonedDateTime next(ZonedDateTime time) {
		ZonedDateTime next = this.cron.next(time.withZoneSameInstant(this.zone));
		if (next == null) {
			throw new IllegalStateException("the cron expression never fires again: " + this.cron);
		}
		return next;
	}

	/**
	 * Waits for each firing and runs {@code monthlyRun} for the previous month, until
	 * stopped.
	 */
	public void run(Consumer<YearMonth> monthlyRun) {
		while (true) {
			ZonedDateTime now = ZonedDateTime.now(this.clock.withZone(this.zone));
			ZonedDateTime next = next(now);
			log.info("Next scheduled run at {} (reports {})", next, YearMonth.from(next).minusMonths(1));
			if (waitUntil(next)) {
				log.info("Schedule stopped");
				return;
			}
			YearMonth month = YearMonth.from(next).minusMonths(1);
			log.info("Scheduled run for {} started", month);
			try {
				monthlyRun.accept(month);
				log.info("Scheduled run for {} finished", month);
			}
			catch (RuntimeException ex) {
				// SPEC §1: unattended runs carry on; the failure is in the log and in
				// history
				log.error("Scheduled run for {} failed: {}", month, ex.getMessage());
			}
			if (this.stopped.getCount() == 0) {
				log.info("Schedule stopped");
				return;
			}
		}
	}

	/**
	 * Ends the schedule: a wait returns at once; a run in progress is the caller's to
	 * stop.
	 */
	public void stop() {
		this.stopped.countDown();
	}

	/** True when stopped before the time came. */
	private boolean waitUntil(ZonedDateTime time) {
		try {
			while (true) {
				Duration left = Duration.between(ZonedDateTime.now(this.clock), time);
				if (left.isNegative() || left.isZero()) {
					return this.stopped.getCount() == 0;
				}
				// waking at least every minute keeps the schedule right across clock
				// changes and suspends
				long millis = Math.min(left.toMillis() + 1, 60_000);
				if (this.stopped.await(millis, TimeUnit.MILLISECONDS)) {
					return true;
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return true;
		}
	}

}
