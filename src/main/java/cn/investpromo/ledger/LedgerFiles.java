package cn.investpromo.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * The ledger files under an input folder, in the order every step reads them, and their
 * content hashes.
 */
public final class LedgerFiles {

	private LedgerFiles() {
	}

	/**
	 * Every ledger file below the folder, by relative path, so restarts and steps see the
	 * same order; an {@code --input} naming one ledger file is that file alone.
	 */
	public static List<Path> list(Path inputDir) {
		if (Files.isRegularFile(inputDir)) {
			return LedgerWorkbooks.isLedgerFile(inputDir) ? List.of(inputDir) : List.of();
		}
		try (Stream<Path> walk = Files.walk(inputDir)) {
			return walk.filter(Files::isRegularFile)
				.filter(LedgerWorkbooks::isLedgerFile)
				.sorted((a, b) -> relative(inputDir, a).compareTo(relative(inputDir, b)))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The name a file is known by in the database and in messages: its path below the
	 * input folder.
	 */
	public static String relative(Path inputDir, Path file) {
		if (inputDir.equals(file)) {
			// a single file given as the input: known by its name, as when its folder is
			// imported
			return file.getFileName().toString();
		}
		return inputDir.relativize(file).toString().replace('\\', '/');
	}

	/**
	 * The SHA-256 of the file's bytes, in hex; null when the file cannot be read (its
	 * import will say why).
	 */
	public static @Nullable String sha256(Path file) {
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
			in.transferTo(OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
		}
		catch (IOException ex) {
			return null;
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex); // every JVM has SHA-256
		}
	}

	/**
	 * The bytes of the ledger files under the input; 0 when the input cannot be listed
	 * (the import says why).
	 */
	public static long totalBytes(Path input) {
		long bytes = 0;
		try {
			for (Path file : list(input)) {
				bytes += Files.size(file);
			}
		}
		catch (IOException | UncheckedIOException ex) {
			return 0;
		}
		return bytes;
	}

}
