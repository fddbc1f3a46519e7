package cn.investpromo.ledger;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import cn.investpromo.store.LedgerStore;
import cn.investpromo.store.LedgerStore.Fingerprint;

/**
 * What one import reads: its ledger files in order, each with its size, modification time
 * and SHA-256 when the import started, and whether that content is the one its last
 * complete import stored. Taken once, before the first step, and kept in the job's
 * execution context, so that both steps, the check and a restart see the same files and
 * the same "unchanged" answers. This class holds every rule on whether a file is
 * unchanged.
 *
 * @param files the files in the order every step reads them
 * @param referenceHash the reference data the ledger rows are read with
 * ({@code ReferenceData#fingerprint}), fixed when the ledger step first starts (after the
 * reference sheets are stored), so that a restart skips the same files; null before
 */
public record ImportInput(List<InputFile> files, @Nullable String referenceHash) implements Serializable {

	/** The job execution-context key under which the import keeps its input. */
	public static final String KEY = "importInput";

	/**
	 * One ledger file: its name below the input folder, its path, size, modification time
	 * and SHA-256 (null when it could not be read: its import says why), and the
	 * fingerprint its last complete import stored, if any.
	 */
	public record InputFile(String name, String path, long size, long modified, @Nullable String sha256,
			@Nullable String lastSha256, long lastSize, @Nullable String lastReferenceHash) implements Serializable {

		public Path file() {
			return Path.of(this.path);
		}

		/** Whether the content is byte for byte what the last complete import read. */
		public boolean contentUnchanged() {
			return this.sha256 != null && this.sha256.equals(this.lastSha256) && this.size == this.lastSize;
		}

		/**
		 * Whether the content, and the reference data its rows were read with, are as at
		 * its last complete import: its rows would read the same, so it is not read
		 * again.
		 */
		boolean unchanged(String referenceHash) {
			return contentUnchanged() && referenceHash.equals(this.lastReferenceHash);
		}

	}

	/**
	 * Takes the snapshot of the ledger files under {@code input} (a folder or one file),
	 * with their last fingerprints from the store.
	 */
	public static ImportInput of(Path input, LedgerStore store) {
		if (!Files.exists(input)) {
			return new ImportInput(List.of(), null);
		}
		List<InputFile> files = new ArrayList<>();
		for (Path path : LedgerFiles.list(input)) {
			String name = LedgerFiles.relative(input, path);
			Fingerprint last = store.fingerprint(name);
			files.add(new InputFile(name, path.toString(), size(path), modified(path), LedgerFiles.sha256(path),
					(last != null) ? last.sha256() : null, (last != null) ? last.size() : -1,
					(last != null) ? last.referenceHash() : null));
		}
		return new ImportInput(List.copyOf(files), null);
	}

	/** This input, its ledger rows read with the reference data of that hash. */
	public ImportInput readWith(String referenceHash) {
		return new ImportInput(this.files, referenceHash);
	}

	/**
	 * Whether the file's rows are not read again: it and the reference data are as at its
	 * last complete import.
	 */
	public boolean unchanged(InputFile file) {
		return this.referenceHash != null && file.unchanged(this.referenceHash);
	}

	/** The names of the files whose rows the import does not read again. */
	public List<String> unchanged() {
		return this.files.stream().filter(this::unchanged).map(InputFile::name).toList();
	}

	/** The file names, in order. */
	public List<String> names() {
		return this.files.stream().map(InputFile::name).toList();
	}

	/**
	 * Names, sizes and modification times of the files as they are now: an unfinished
	 * import is restarted only over the same files, as counting rows from its old
	 * position would misalign otherwise. Cheap, as it runs before every import.
	 */
	public static String state(Path input, List<Path> paths) {
		StringBuilder state = new StringBuilder();
		for (Path path : paths) {
			state.append(LedgerFiles.relative(input, path))
				.append(':')
				.append(size(path))
				.append(':')
				.append(modified(path))
				.append(';');
		}
		return Integer.toHexString(state.toString().hashCode()) + "-" + paths.size();
	}

	private static long size(Path path) {
		try {
			return Files.size(path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static long modified(Path path) {
		try {
			return Files.getLastModifiedTime(path).toMillis();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
