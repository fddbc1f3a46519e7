package cn.investpromo.system.embedded;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

import org.jspecify.annotations.Nullable;

/**
 * The file operations behind {@link DataDirectoryLock} that never fail it: a lock file's
 * identity, its holder's line, and closing its channel quietly.
 */
final class LockFiles {

	private LockFiles() {
	}

	/**
	 * The file's identity (device and inode), null when there is no file; "same" where
	 * the system has none.
	 */
	static @Nullable Object fileKey(Path file) {
		try {
			Object key = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
			return (key != null) ? key : "no file keys on this system";
		}
		catch (IOException ex) {
			return null;
		}
	}

	static String read(FileChannel channel) {
		try {
			ByteBuffer buffer = ByteBuffer.allocate(256);
			channel.read(buffer, 0);
			return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			// a system with mandatory locks may not let us read it: the refusal then
			// names only the folder
			return "";
		}
	}

	static void closeQuietly(FileChannel channel) {
		try {
			channel.close();
		}
		catch (IOException ex) {
			// nothing held to give back
		}
	}

}
