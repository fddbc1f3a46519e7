package cn.investpromo.system.embedded;

import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Another investpromo process is using the database; the message is the one line the user
 * sees.
 */
public class DatabaseInUseException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/**
	 * HSQLDB names its lock file in the message: "... [file =/srv/data/investpromo.lck,
	 * exists=true ...".
	 */
	private static final Pattern LOCK_FILE = Pattern.compile("file =(.+?)[/\\\\][^/\\\\]+\\.lck");

	public DatabaseInUseException(String where) {
		super("数据库正被另一个 investpromo 进程使用：" + where);
	}

	/**
	 * The embedded database locked by another process, as a failure to start says it,
	 * naming its folder; null when the failure is another.
	 */
	public static @Nullable DatabaseInUseException in(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof DatabaseInUseException inUse) {
				return inUse;
			}
			String message = cause.getMessage();
			// a live holder keeps the lock file's heartbeat fresh; other lock failures
			// (no folder) are not "in use"
			if (message != null && message.contains("lock acquisition failure")
					&& message.toLowerCase(Locale.ROOT).contains("heartbeat")) {
				Matcher file = LOCK_FILE.matcher(message);
				return new DatabaseInUseException(file.find() ? Path.of(file.group(1)).toString() : message);
			}
		}
		return null;
	}

}
