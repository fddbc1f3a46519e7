package cn.investpromo.system.embedded;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * An operating-system lock on {@code investpromo.lock} in the data directory, taken
 * before the embedded HSQLDB database is opened, so that a second process is refused at
 * once rather than after HSQLDB's own 10–25 s check of its lock file's heartbeat. The OS
 * drops the lock when its holder dies, even on SIGKILL, so a lock file left behind never
 * blocks; the file names the holder's pid and command for the refusal line.
 */
public final class DataDirectoryLock implements AutoCloseable {

	public static final String FILE_NAME = "investpromo.lock";

	private final Path file;

	private final FileChannel channel;

	private final FileLock lock;

	private DataDirectoryLock(Path file, FileChannel channel, FileLock lock) {
		this.file = file;
		this.channel = channel;
		this.lock = lock;
	}

	/**
	 * Takes the lock for {@code command} or throws {@link DatabaseInUseException} at
	 * once, naming the folder and, as far as the lock file tells, the process that holds
	 * it.
	 */
	public static DataDirectoryLock acquire(Path folder, String command) {
		// a holder deletes the file on a clean exit: a process that opened it just before
		// then locks a file no
		// longer in the folder, sees so, and tries again on the folder's current file
		for (int attempt = 0; attempt < 10; attempt++) {
			DataDirectoryLock lock = tryAcquire(folder, command);
			if (lock != null) {
				return lock;
			}
		}
		throw new IllegalStateException("investpromo.data-dir: 锁文件无法使用 / cannot lock " + folder.resolve(FILE_NAME));
	}

	private static @Nullable DataDirectoryLock tryAcquire(Path folder, String command) {
		Path file = folder.resolve(FILE_NAME);
		FileChannel channel;
		try {
			Files.createDirectories(folder);
		}
		catch (IOException ex) {
			throw new IllegalStateException("investpromo.data-dir: 目录无法创建 / cannot create folder " + folder);
		}
		// the file's identity before opening and once locked tells whether the locked
		// file is still the folder's;
		// only stat calls: opening and closing the file again would drop this process's
		// POSIX lock on it
		Object before = LockFiles.fileKey(file);
		try {
			channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
					StandardOpenOption.WRITE);
			if (before == null) {
				// just created (here or by another process): look again at a file that
				// now has an identity
				channel.close();
				return null;
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("investpromo.data-dir: 锁文件无法创建 / cannot create lock file " + file);
		}
		return lock(folder, file, channel, before, command);
	}

	/**
	 * Locks the opened file, if it is still the folder's, and writes this process into
	 * it; refuses when another process holds it.
	 */
	private static @Nullable DataDirectoryLock lock(Path folder, Path file, FileChannel channel, Object before,
			String command) {
		try {
			FileLock lock;
			try {
				lock = channel.tryLock();
			}
			catch (OverlappingFileLockException ex) {
				// another command of this same JVM holds it (tests run commands side by
				// side)
				lock = null;
			}
			if (lock == null) {
				String holder = LockFiles.read(channel);
				channel.close();
				throw new DatabaseInUseException(folder + refusal(holder, command));
			}
			if (!before.equals(LockFiles.fileKey(file))) {
				// the file locked was deleted by the holder that just exited: not the
				// folder's lock any more
				lock.release();
				channel.close();
				return null;
			}
			// only the holder writes, so a reader sees this process or an empty file,
			// never a mix
			channel.truncate(0);
			channel.write(
					ByteBuffer
						.wrap((ProcessHandle.current().pid() + " " + command + "\n").getBytes(StandardCharsets.UTF_8)),
					0);
			return new DataDirectoryLock(file, channel, lock);
		}
		catch (IOException ex) {
			LockFiles.closeQuietly(channel);
			throw new IllegalStateException(
					"investpromo.data-dir: 锁文件无法使用 / cannot lock " + file + ": " + ex.getMessage());
		}
	}

	/** The folder this lock is in. */
	public Path folder() {
		return Objects.requireNonNull(this.file.getParent());
	}

	/**
	 * What follows the folder in the refusal line: who holds it, and what to do about it.
	 */
	static String refusal(String holder, String command) {
		String[] pidAndCommand = holder.strip().split("\\s+", 2);
		boolean known = pidAndCommand.length == 2 && pidAndCommand[0].chars().allMatch(Character::isDigit);
		String who = known ? "（pid " + pidAndCommand[0] + "，investpromo " + pidAndCommand[1] + "）" : "";
		if (known && pidAndCommand[1].equals("schedule")) {
			// the schedule never lets go of the embedded database: waiting does not help,
			// unlike after a run
			return who + ("history".equals(command)
					? "；schedule 运行期间独占嵌入式数据库，要查看运行历史请先停止它，或改用 PostgreSQL"
							+ " / the running schedule holds the embedded database: stop it to see the history,"
							+ " or use PostgreSQL"
					: "；schedule 运行期间独占嵌入式数据库，请先停止它，或改用 PostgreSQL"
							+ " / the running schedule holds the embedded database: stop it first, or use PostgreSQL");
		}
		return who + "；请等它结束后再试 / try again when it has finished";
	}

	/**
	 * Deletes the lock file while still holding it, then lets go, so a clean exit leaves
	 * nothing behind; a process that opened the file meanwhile notices it locked a
	 * deleted file ({@link #acquire}). After a crash the file stays and blocks nothing.
	 */
	@Override
	public void close() {
		try {
			if (this.lock.isValid()) {
				Files.deleteIfExists(this.file);
				this.lock.release();
			}
		}
		catch (IOException ex) {
			// closing the channel releases it as well
		}
		LockFiles.closeQuietly(this.channel);
	}

}
