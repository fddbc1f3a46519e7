package cn.investpromo.cli;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets SIGTERM (or Ctrl-C) end a command cleanly: a running job is asked to stop at its
 * next chunk boundary, and the JVM waits until the command has finished and closed its
 * context, so no execution stays marked as running. Close it after the application
 * context (declare it first in try-with-resources).
 */
final class GracefulShutdown implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(GracefulShutdown.class);

	/**
	 * Longest wait for a job to reach a chunk boundary; systemd's default stop timeout is
	 * 90 s.
	 */
	private static final long GRACE_SECONDS = 80;

	private final List<Runnable> onSignal = new CopyOnWriteArrayList<>();

	private final CountDownLatch finished = new CountDownLatch(1);

	private final Thread hook = new Thread(this::shutdown, "investpromo-shutdown");

	private volatile boolean signalled;

	GracefulShutdown() {
		Runtime.getRuntime().addShutdownHook(this.hook);
	}

	/** Something to do when the signal comes, e.g. stop the running job. */
	void onSignal(Runnable action) {
		this.onSignal.add(action);
	}

	boolean signalled() {
		return this.signalled;
	}

	private void shutdown() {
		this.signalled = true;
		for (Runnable action : this.onSignal) {
			try {
				action.run();
			}
			catch (RuntimeException ex) {
				// still wait below: returning early would let the JVM halt in the middle
				// of the command
				log.warn("Stopping on shutdown: {}", ex.getMessage());
			}
		}
		try {
			this.finished.await(GRACE_SECONDS, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() {
		this.finished.countDown();
		try {
			Runtime.getRuntime().removeShutdownHook(this.hook);
		}
		catch (IllegalStateException ex) {
			// the JVM is already shutting down: the hook is running and has just been
			// released
		}
	}

}
