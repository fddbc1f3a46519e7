package cn.investpromo.job;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.scheduling.support.CronExpression;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schedule's clock: when it fires, for which month, and that a failed run does not
 * end it.
 */
class MonthlySchedulerTests {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@Test
	void theDefaultScheduleFiresAtSixOnTheSecondInShanghai() {
		// given
		MonthlyScheduler scheduler = new MonthlyScheduler(CronExpression.parse("0 0 6 2 * *"), SHANGHAI,
				Clock.systemUTC());
		// when: 1 August 2019, noon UTC = 20:00 in Shanghai; and 2 August 05:59 Shanghai
		ZonedDateTime fromUtc = scheduler.next(ZonedDateTime.of(2019, 8, 1, 12, 0, 0, 0, ZoneId.of("UTC")));
		ZonedDateTime justBefore = scheduler.next(ZonedDateTime.of(2019, 8, 2, 5, 59, 0, 0, SHANGHAI));
		ZonedDateTime justAfter = scheduler.next(ZonedDateTime.of(2019, 8, 2, 6, 0, 0, 0, SHANGHAI));
		// then
		assertThat(fromUtc).isEqualTo(ZonedDateTime.of(2019, 8, 2, 6, 0, 0, 0, SHANGHAI));
		assertThat(justBefore).isEqualTo(fromUtc);
		assertThat(justAfter).isEqualTo(ZonedDateTime.of(2019, 9, 2, 6, 0, 0, 0, SHANGHAI));
	}

	@Test
	void aShortCronLaunchesRunsForThePreviousMonthAndSurvivesAFailedOne() throws InterruptedException {
		// given: every second
		MonthlyScheduler scheduler = new MonthlyScheduler(CronExpression.parse("* * * * * *"), SHANGHAI,
				Clock.systemUTC());
		List<YearMonth> runs = new CopyOnWriteArrayList<>();
		Thread thread = new Thread(() -> scheduler.run((month) -> {
			runs.add(month);
			if (runs.size() == 1) {
				throw new IllegalStateException("the first run fails");
			}
		}));
		// when
		thread.start();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (runs.size() < 2 && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
		scheduler.stop();
		thread.join(5_000);
		// then
		assertThat(thread.isAlive()).isFalse();
		assertThat(runs).hasSizeGreaterThanOrEqualTo(2)
			.allSatisfy((month) -> assertThat(month).isIn(YearMonth.now(SHANGHAI).minusMonths(1),
					YearMonth.now(SHANGHAI).minusMonths(2)));
	}

}
