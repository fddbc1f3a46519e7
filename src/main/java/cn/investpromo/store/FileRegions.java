package cn.investpromo.store;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Which file holds rows of which region ({@code ledger_file_region}), and the region
 * codes rows name registered in {@link RegionPaths}, remembering what this process
 * committed so that later chunks look up none of it again.
 */
final class FileRegions {

	private final NamedParameterJdbcTemplate jdbc;

	private final RegionPaths regionPaths;

	/**
	 * File → region codes of its rows that committed transactions registered; see
	 * {@link #remember}.
	 */
	private final Map<String, Set<String>> registered = new ConcurrentHashMap<>();

	FileRegions(NamedParameterJdbcTemplate jdbc, RegionPaths regionPaths) {
		this.jdbc = jdbc;
		this.regionPaths = regionPaths;
	}

	/** Forgets a file started again, as its rows of ledger_file_region are deleted. */
	void forget(String file) {
		this.registered.remove(file);
	}

	/**
	 * Registers the region codes of rows just written, and which file holds rows of which
	 * region. Only codes not {@linkplain #remember remembered} for the file are looked
	 * up, and only the chunk's, not all the file's: a ledger names a few thousand regions
	 * at most, so after its first chunks most chunks look up none.
	 */
	void register(List<List<String>> fileAndRegion) {
		Set<String> codes = new TreeSet<>();
		Map<String, Set<String>> byFile = new LinkedHashMap<>();
		for (List<String> pair : fileAndRegion) {
			Set<String> known = this.registered.get(pair.get(0));
			if (known == null || !known.contains(pair.get(1))) {
				codes.add(pair.get(1));
				byFile.computeIfAbsent(pair.get(0), (file) -> new TreeSet<>()).add(pair.get(1));
			}
		}
		if (codes.isEmpty()) {
			return;
		}
		this.regionPaths.register(codes);
		byFile.forEach((file, fileCodes) -> {
			Set<String> stored = new HashSet<>(this.jdbc.queryForList(
					"SELECT region_code FROM ledger_file_region WHERE file_name = :file AND region_code IN (:codes)",
					Map.of("file", file, "codes", fileCodes), String.class));
			SqlParameterSource[] missing = fileCodes.stream()
				.filter((code) -> !stored.contains(code))
				.map((code) -> new MapSqlParameterSource("file", file).addValue("code", code))
				.toArray(SqlParameterSource[]::new);
			this.jdbc.batchUpdate("INSERT INTO ledger_file_region (file_name, region_code) VALUES (:file, :code)",
					missing);
		});
	}

	/**
	 * Remembers that rows of these files and region codes ({@code [file, code]} pairs)
	 * are stored, once the current transaction commits (at once outside one), so that
	 * later chunks do not register them again. The writer calls this for what it stored
	 * successfully, after any savepoint of its own was released, so a rolled-back write
	 * is never remembered; starting a file again forgets the file, as its rows of
	 * ledger_file_region are deleted. The memory only saves lookups: it never claims more
	 * than this process committed, and no other process imports into a database this one
	 * holds.
	 */
	void remember(List<List<String>> fileAndRegion) {
		if (fileAndRegion.isEmpty()) {
			return;
		}
		List<List<String>> pairs = List.copyOf(fileAndRegion);
		Runnable remember = () -> pairs
			.forEach((pair) -> this.registered.computeIfAbsent(pair.get(0), (file) -> ConcurrentHashMap.newKeySet())
				.add(pair.get(1)));
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			remember.run();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				remember.run();
			}
		});
	}

}
