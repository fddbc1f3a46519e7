package cn.investpromo.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;

import cn.investpromo.job.RunLock.DatabaseInUseException;

/**
 * An operating-system lock on {@code investpromo.lock} in the data directory, taken before the embedded HSQLDB
 * database is opened, so that a second process is refused at once rather than after HSQLDB's own 10–25 s check of
 * its lock file's heartbeat. The OS drops the lock when its holder dies, even on SIGKILL, so a lock file left
 * behind never blocks; the file names the holder's pid and command for the refusal line.
 */
final class DataDirectoryLock implements AutoCloseable {

	static final String FILE_NAME = "investpromo.lock";

	private static final String HSQLDB_FILE = "jdbc:hsqldb:file:";

	private final FileChannel channel;

	private final FileLock lock;

	private DataDirectoryLock(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	/**
	 * The data directory when the datasource is the embedded HSQLDB file database inside it (the default);
	 * {@code null} for any other database, e.g. PostgreSQL, where {@link cn.investpromo.job.RunLock} does the job.
	 */
	static @Nullable Path embeddedDatabaseFolder(Environment environment) {
		String url = environment.getProperty("spring.datasource.url", "");
		if (!url.regionMatches(true, 0, HSQLDB_FILE, 0, HSQLDB_FILE.length())) {
			return null;
		}
		try {
			Path folder = Path.of(environment.getProperty("investpromo.data-dir", "data")).toAbsolutePath().normalize();
			Path database = Path.of(url.substring(HSQLDB_FILE.length()).split(";", 2)[0]).toAbsolutePath().normalize();
			return database.startsWith(folder) ? folder : null;
		}
		catch (InvalidPathException ex) {
			// not a path we can lock: HSQLDB and the start-up checks will say what is wrong with it
			return null;
		}
	}

	/**
	 * Takes the lock for {@code command} or throws {@link DatabaseInUseException} at once, naming the folder and,
	 * as far as the lock file tells, the process that holds it.
	 */
	static DataDirectoryLock acquire(Path folder, String command) {
		Path file = folder.resolve(FILE_NAME);
		FileChannel channel;
		try {
			Files.createDirectories(folder);
		}
		catch (IOException ex) {
			throw new IllegalStateException("investpromo.data-dir: 目录无法创建 / cannot create folder " + folder);
		}
		try {
			channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
					StandardOpenOption.WRITE);
		}
		catch (IOException ex) {
			throw new IllegalStateException("investpromo.data-dir: 锁文件无法创建 / cannot create lock file " + file);
		}
		try {
			FileLock lock;
			try {
				lock = channel.tryLock();
			}
			catch (OverlappingFileLockException ex) {
				// another command of this same JVM holds it (tests run commands side by side)
				lock = null;
			}
			if (lock == null) {
				String holder = read(channel);
				channel.close();
				throw new DatabaseInUseException(folder + refusal(holder, command));
			}
			// only the holder writes, so a reader sees this process or an empty file, never a mix
			channel.truncate(0);
			channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + " " + command + "\n")
				.getBytes(StandardCharsets.UTF_8)), 0);
			return new DataDirectoryLock(channel, lock);
		}
		catch (IOException ex) {
			closeQuietly(channel);
			throw new IllegalStateException(
					"investpromo.data-dir: 锁文件无法使用 / cannot lock " + file + ": " + ex.getMessage());
		}
	}

	/** What follows the folder in the refusal line: who holds it, and what to do about it. */
	static String refusal(String holder, String command) {
		String[] pidAndCommand = holder.strip().split("\\s+", 2);
		boolean known = pidAndCommand.length == 2 && pidAndCommand[0].chars().allMatch(Character::isDigit);
		String who = known ? "（pid " + pidAndCommand[0] + "，investpromo " + pidAndCommand[1] + "）" : "";
		if (known && pidAndCommand[1].equals("schedule")) {
			// the schedule never lets go of the embedded database: waiting does not help, unlike after a run
			return who + ("history".equals(command)
					? "；schedule 运行期间独占嵌入式数据库，要查看运行历史请先停止它，或改用 PostgreSQL"
							+ " / the running schedule holds the embedded database: stop it to see the history,"
							+ " or use PostgreSQL"
					: "；schedule 运行期间独占嵌入式数据库，请先停止它，或改用 PostgreSQL"
							+ " / the running schedule holds the embedded database: stop it first, or use PostgreSQL");
		}
		return who + "；请等它结束后再试 / try again when it has finished";
	}

	private static String read(FileChannel channel) {
		try {
			ByteBuffer buffer = ByteBuffer.allocate(256);
			channel.read(buffer, 0);
			return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			// a system with mandatory locks may not let us read it: the refusal then names only the folder
			return "";
		}
	}

	private static void closeQuietly(FileChannel channel) {
		try {
			channel.close();
		}
		catch (IOException ex) {
			// nothing held to give back
		}
	}

	/** Lets go; the file stays, as deleting it could race with a process that has just opened it. */
	@Override
	public void close() {
		try {
			if (this.lock.isValid()) {
				this.lock.release();
			}
		}
		catch (IOException ex) {
			// closing the channel releases it as well
		}
		closeQuietly(this.channel);
	}

}
