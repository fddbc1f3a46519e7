package cn.investpromo.remote;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.Lifecycle;

/**
 * {@code investpromo worker} once started: waits for the broker, then takes partitions
 * until {@link #stop()}. A partition in progress is not interrupted; if the process ends
 * before it does, its request goes back to the broker for another worker.
 */
public final class Worker {

	private static final Logger log = LoggerFactory.getLogger(Worker.class);

	private static final Duration RETRY = Duration.ofSeconds(2);

	private final ActiveMQConnectionFactory connectionFactory;

	private final RemoteSettings settings;

	private final Supplier<Lifecycle> requestsIn;

	private final CountDownLatch stopped = new CountDownLatch(1);

	private volatile @Nullable Thread waiting;

	Worker(ActiveMQConnectionFactory connectionFactory, RemoteSettings settings, Supplier<Lifecycle> requestsIn) {
		this.connectionFactory = connectionFactory;
		this.settings = settings;
		this.requestsIn = requestsIn;
	}

	/** Runs until {@link #stop()}: the command's thread stays here. */
	public void run() throws InterruptedException {
		this.waiting = Thread.currentThread();
		boolean up = this.stopped.getCount() > 0
				&& BrokerConnections.await(this.connectionFactory, this.settings.brokerUrl(), RETRY);
		this.waiting = null;
		if (!up || Thread.interrupted() || this.stopped.getCount() == 0) {
			return;
		}
		Lifecycle requests = this.requestsIn.get();
		requests.start();
		log.info("工作进程已启动 / worker started: {} taking partitions from {} (queue {}, {} at a time)", processName(),
				this.settings.brokerUrl(), this.settings.queue(), this.settings.workerThreads());
		try {
			this.stopped.await();
		}
		finally {
			// the listener container takes no new request; the one in progress is not
			// interrupted
			requests.stop();
			log.info("工作进程已停止 / worker stopped: {}", processName());
		}
	}

	/** Ends {@link #run()}: no new partition is taken. */
	public void stop() {
		this.stopped.countDown();
		Thread broker = this.waiting;
		if (broker != null) {
			// the wait for the broker sleeps between attempts
			broker.interrupt();
		}
	}

	private static String processName() {
		return ManagementFactory.getRuntimeMXBean().getName();
	}

}
