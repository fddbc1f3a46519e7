package cn.investpromo.store;

import java.sql.Date;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.lang.Contract;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import cn.investpromo.event.PromotionEvent;
import cn.investpromo.project.SignedProject;
import cn.investpromo.quality.RejectedRow;
import cn.investpromo.quality.LedgerKind;
import cn.investpromo.value.TextNormalizer;

/**
 * Writes imported ledger rows and their data-quality records. Rows are upserted by key
 * (SPEC §2.5) with an UPDATE-then-INSERT that both HSQLDB and PostgreSQL run unchanged;
 * the UPDATE touches only rows whose columns differ, so re-importing an unchanged ledger
 * changes nothing, not even {@code updated_at}.
 */
@Repository
public class LedgerStore {

	// column and SQL type: the "changed?" test casts its parameters, as HSQLDB cannot
	// type a bare one there
	private static final List<String> EVENT_COLUMNS = List.of("event_id T", "name T", "event_type T", "start_date D",
			"end_date D", "host_region_code T", "venue T", "target_region T", "organizer T", "attendees I",
			"enterprises I", "industries T", "notes T", "source_file T", "source_sheet T", "source_row I",
			"name_key T");

	private static final List<String> PROJECT_COLUMNS = List.of("project_id T", "name T", "signed_date D",
			"region_code T", "investor T", "investor_origin_code T", "investor_origin_text T", "industry_code T",
			"industry_text T", "industry_sub_code T", "agreement_type T", "amount_wan N", "amount_text T", "currency T",
			"status T", "event_ref T", "construction_date D", "production_date D", "funds_arrived_wan N", "notes T",
			"source_file T", "source_sheet T", "source_row I", "investor_key T", "event_ref_key T");

	private static final Upsert EVENTS = new Upsert("promo_event", "event_key", EVENT_COLUMNS);

	private static final Upsert PROJECTS = new Upsert("signed_project", "project_key", PROJECT_COLUMNS);

	private final JdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate named;

	private final RegionPaths regionPaths;

	/**
	 * File → region codes of its rows that committed transactions registered; see
	 * {@link #rememberRegions}.
	 */
	private final Map<String, Set<String>> registered = new ConcurrentHashMap<>();

	public LedgerStore(JdbcTemplate jdbc, RegionPaths regionPaths) {
		this.jdbc = jdbc;
		this.named = new NamedParameterJdbcTemplate(jdbc);
		this.regionPaths = regionPaths;
	}

	/**
	 * Forgets what earlier imports recorded about a file's sheets, rejects and
	 * fingerprint (its rows stay).
	 */
	public void startFile(String file) {
		this.registered.remove(file);
		forgetFingerprint(file);
		this.jdbc.update("DELETE FROM ledger_reject WHERE file_name = ?", file);
		this.jdbc.update("DELETE FROM ledger_sheet WHERE file_name = ?", file);
		this.jdbc.update("DELETE FROM ledger_file_region WHERE file_name = ?", file);
	}

	/** Records a sheet with zero counts; the counts grow chunk by chunk. */
	public void startSheet(String file, String sheet, LedgerKind kind, @Nullable Integer headerRow) {
		this.jdbc.update("DELETE FROM ledger_reject WHERE file_name = ? AND sheet_name = ?", file, sheet);
		this.jdbc.update("DELETE FROM ledger_sheet WHERE file_name = ? AND sheet_name = ?", file, sheet);
		this.jdbc.update("""
				INSERT INTO ledger_sheet (file_name, sheet_name, kind, header_row, rows_read, rows_accepted,
				  rows_rejected, message, imported_at)
				VALUES (?, ?, ?, ?, 0, 0, 0, NULL, ?)""", file, sheet, kind.code(), headerRow, now());
	}

	/**
	 * Records a file that could not be read, under an empty sheet name; it will be read
	 * again next time.
	 */
	public void fileFailed(String file, String reason) {
		forgetFingerprint(file);
		this.jdbc.update("DELETE FROM ledger_sheet WHERE file_name = ? AND sheet_name = ''", file);
		this.jdbc.update("""
				INSERT INTO ledger_sheet (file_name, sheet_name, kind, header_row, rows_read, rows_accepted,
				  rows_rejected, message, imported_at)
				VALUES (?, '', ?, NULL, 0, 0, 0, ?, ?)""", file, LedgerKind.UNREADABLE.code(), truncate(reason, 1000),
				now());
	}

	/** Adds to a sheet's counts. */
	public void count(String file, String sheet, int accepted, int rejected) {
		this.jdbc.update("""
				UPDATE ledger_sheet SET rows_read = rows_read + ?, rows_accepted = rows_accepted + ?,
				  rows_rejected = rows_rejected + ?
				WHERE file_name = ? AND sheet_name = ?""", accepted + rejected, accepted, rejected, file, sheet);
	}

	/**
	 * Adds to a sheet's count of summary rows (合计, 小计 …), which are skipped, not read as
	 * records.
	 */
	public void countSummaryRows(String file, String sheet, int summaryRows) {
		this.jdbc.update(
				"UPDATE ledger_sheet SET summary_rows = summary_rows + ? WHERE file_name = ? AND sheet_name = ?",
				summaryRows, file, sheet);
	}

	/**
	 * Stores rejects with their reason in Chinese and in English, so that a report in
	 * either language lists it.
	 */
	public void saveRejects(List<RejectedRow> rejects) {
		this.jdbc.batchUpdate("""
				INSERT INTO ledger_reject (file_name, sheet_name, row_number, column_name, cell_value, reason,
				  reason_en)
				VALUES (?, ?, ?, ?, ?, ?, ?)""", rejects, rejects.size(), (ps, reject) -> {
			ps.setString(1, reject.source().file());
			ps.setString(2, reject.source().sheet());
			ps.setInt(3, reject.source().row());
			ps.setString(4, truncate(reject.column(), 200));
			ps.setString(5, truncate(reject.value(), 1000));
			ps.setString(6, truncate(reject.reason().zh(), 1000));
			ps.setString(7, truncate(reject.reason().en(), 1000));
		});
	}

	/**
	 * Upserts events by key; a stored event equal in every column is left untouched,
	 * updated_at included.
	 */
	public void saveEvents(List<PromotionEvent> events) {
		save(EVENTS, events.stream().map(LedgerStore::eventValues).toList());
		regions(events.stream().map((e) -> List.of(e.source().file(), e.hostRegionCode())).toList());
	}

	/**
	 * Upserts projects by key; a stored project equal in every column is left untouched,
	 * updated_at included.
	 */
	public void saveProjects(List<SignedProject> projects) {
		save(PROJECTS, projects.stream().map(LedgerStore::projectValues).toList());
		regions(projects.stream().map((p) -> List.of(p.source().file(), p.regionCode())).toList());
	}

	/**
	 * Registers the region codes of rows just written, and which file holds rows of which
	 * region. Only codes not {@linkplain #rememberRegions remembered} for the file are
	 * looked up, and only the chunk's, not all the file's: a ledger names a few thousand
	 * regions at most, so after its first chunks most chunks look up none.
	 */
	private void regions(List<List<String>> fileAndRegion) {
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
			Set<String> stored = new HashSet<>(this.named.queryForList(
					"SELECT region_code FROM ledger_file_region WHERE file_name = :file AND region_code IN (:codes)",
					Map.of("file", file, "codes", fileCodes), String.class));
			List<Object[]> missing = fileCodes.stream()
				.filter((code) -> !stored.contains(code))
				.map((code) -> new Object[] { file, code })
				.toList();
			this.jdbc.batchUpdate("INSERT INTO ledger_file_region (file_name, region_code) VALUES (?, ?)", missing);
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
	public void rememberRegions(List<List<String>> fileAndRegion) {
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

	/**
	 * Each row is its column values followed by its key. The keys already stored are
	 * looked up first, in one query: only those rows can need an UPDATE (which changes
	 * them only where a column differs), and the others are inserted. A first import thus
	 * costs one index lookup per row and the INSERT, not an UPDATE that finds nothing.
	 */
	private void save(Upsert upsert, List<Object[]> rows) {
		if (rows.isEmpty()) {
			return; // "IN ()" is no SQL
		}
		Timestamp now = now();
		Set<String> stored = new HashSet<>(this.jdbc.queryForList(upsert.existing(rows.size()), String.class,
				rows.stream().map(Upsert::key).toArray()));
		List<Object[]> updates = new ArrayList<>(stored.size());
		List<Object[]> inserts = new ArrayList<>(rows.size() - stored.size());
		for (Object[] row : rows) {
			(stored.contains(Upsert.key(row)) ? updates : inserts).add(row);
		}
		if (!updates.isEmpty()) {
			this.jdbc.batchUpdate(upsert.update(), updates, updates.size(),
					(ps, row) -> bind(ps, upsert.updateValues(row, now)));
		}
		if (!inserts.isEmpty()) {
			this.jdbc.batchUpdate(upsert.insert(), inserts, inserts.size(),
					(ps, row) -> bind(ps, upsert.insertValues(row, now)));
		}
	}

	/**
	 * The SQL of an upsert that leaves unchanged rows alone, in SQL both HSQLDB and
	 * PostgreSQL run.
	 */
	private record Upsert(String table, String keyColumn, List<String> columns, List<String> types) {

		Upsert(String table, String keyColumn, List<String> typedColumns) {
			this(table, keyColumn, typedColumns.stream().map((column) -> column.split(" ")[0]).toList(),
					typedColumns.stream().map((column) -> switch (column.split(" ")[1]) {
						case "D" -> "DATE";
						case "I" -> "INTEGER";
						case "N" -> "DECIMAL(24,6)";
						default -> "VARCHAR(32767)"; // as wide as the widest text column
														// (V11)
					}).toList());
		}

		String update() {
			String set = this.columns.stream().map((column) -> column + " = ?").collect(Collectors.joining(", "));
			List<String> tests = new ArrayList<>();
			for (int i = 0; i < this.columns.size(); i++) {
				tests.add(this.columns.get(i) + " IS DISTINCT FROM CAST(? AS " + this.types.get(i) + ")");
			}
			String changed = String.join(" OR ", tests);
			return "UPDATE " + this.table + " SET " + set + ", updated_at = ? WHERE " + this.keyColumn + " = ? AND ("
					+ changed + ")";
		}

		Object[] updateValues(Object[] row, Timestamp now) {
			int n = this.columns.size();
			Object[] values = new Object[2 * n + 2];
			System.arraycopy(row, 0, values, 0, n);
			values[n] = now;
			values[n + 1] = key(row);
			System.arraycopy(row, 0, values, n + 2, n);
			return values;
		}

		String existing(int count) {
			return "SELECT " + this.keyColumn + " FROM " + this.table + " WHERE " + this.keyColumn + " IN ("
					+ String.join(", ", Collections.nCopies(count, "?")) + ")";
		}

		String insert() {
			return "INSERT INTO " + this.table + " (" + String.join(", ", this.columns) + ", updated_at, "
					+ this.keyColumn + ") VALUES ("
					+ String.join(", ", Collections.nCopies(this.columns.size() + 2, "?")) + ")";
		}

		Object[] insertValues(Object[] row, Timestamp now) {
			int n = this.columns.size();
			Object[] values = new Object[n + 2];
			System.arraycopy(row, 0, values, 0, n);
			values[n] = now;
			values[n + 1] = key(row);
			return values;
		}

		static String key(Object[] row) {
			return (String) row[row.length - 1];
		}

	}

	private static Object[] eventValues(PromotionEvent e) {
		return new Object[] { e.id(), e.name(), e.type().name(), date(e.startDate()), date(e.endDate()),
				e.hostRegionCode(), e.venue(), e.targetRegion(), e.organizer(), e.attendees(), e.enterprises(),
				e.industries(), e.notes(), e.source().file(), e.source().sheet(), e.source().row(),
				referenceKey(e.name()), e.key() };
	}

	private static Object[] projectValues(SignedProject p) {
		return new Object[] { p.id(), p.name(), date(p.signedDate()), p.regionCode(), p.investor(),
				p.investorOriginCode(), p.investorOriginText(), p.industryCode(), p.industryText(), p.industrySubCode(),
				p.agreementType().name(), p.amountWan(), truncate(p.amountText(), 100), p.currency(), p.status().name(),
				p.eventRef(), date(p.constructionDate()), date(p.productionDate()), p.fundsArrivedWan(), p.notes(),
				p.source().file(), p.source().sheet(), p.source().row(), investorKey(p.investor()),
				referenceKey(p.eventRef()), p.key() };
	}

	/**
	 * SPEC §2.5: investors are compared in normal form, without spaces and case; stored
	 * as written.
	 */
	static String investorKey(String investor) {
		return truncate(TextNormalizer.comparisonKey(investor), 500);
	}

	/**
	 * An event's name, or a project's 关联活动, in the form they are matched in (issue 9): as
	 * names are compared (SPEC §2.5), its first 500 characters; null for none.
	 */
	static @Nullable String referenceKey(@Nullable String text) {
		return (text != null) ? truncate(TextNormalizer.comparisonKey(text), 500) : null;
	}

	private static void bind(java.sql.PreparedStatement ps, Object[] values) throws java.sql.SQLException {
		for (int i = 0; i < values.length; i++) {
			if (values[i] == null) {
				ps.setNull(i + 1, Types.NULL);
			}
			else {
				ps.setObject(i + 1, values[i]);
			}
		}
	}

	private static @Nullable Date date(@Nullable LocalDate date) {
		return (date != null) ? Date.valueOf(date) : null;
	}

	private static Timestamp now() {
		return Timestamp.valueOf(LocalDateTime.now());
	}

	@Contract("!null, _ -> !null")
	private static @Nullable String truncate(@Nullable String text, int max) {
		return (text == null || text.length() <= max) ? text : text.substring(0, max);
	}

	/** The content fingerprint of a file's last complete import, if any. */
	public @Nullable Fingerprint fingerprint(String file) {
		List<Fingerprint> found = this.jdbc.query(
				"SELECT sha256, size_bytes, reference_hash FROM ledger_file WHERE file_name = ?",
				(rs, i) -> new Fingerprint(rs.getString(1), rs.getLong(2), rs.getString(3)), file);
		return found.isEmpty() ? null : found.get(0);
	}

	/**
	 * Records that a file was read to its end, with the fingerprint that lets an
	 * unchanged file be skipped, and the widest row of each of its recognised sheets
	 * (V12), where its corrections workbook puts the reason column.
	 */
	public void fileCompleted(String file, Fingerprint fingerprint, Map<String, Integer> sheetWidths) {
		List<Object[]> widths = sheetWidths.entrySet()
			.stream()
			.map((entry) -> new Object[] { entry.getValue(), file, entry.getKey() })
			.toList();
		this.jdbc.batchUpdate("UPDATE ledger_sheet SET widest_row = ? WHERE file_name = ? AND sheet_name = ?", widths);
		forgetFingerprint(file);
		this.jdbc.update("""
				INSERT INTO ledger_file (file_name, sha256, size_bytes, reference_hash, imported_at)
				VALUES (?, ?, ?, ?, ?)""", file, fingerprint.sha256(), fingerprint.size(), fingerprint.referenceHash(),
				now());
	}

	private void forgetFingerprint(String file) {
		this.jdbc.update("DELETE FROM ledger_file WHERE file_name = ?", file);
	}

	/**
	 * A file's content (SHA-256 and size) and the reference data it was read with (user
	 * regions, keywords, rates).
	 */
	public record Fingerprint(String sha256, long size, String referenceHash) {
	}

	/**
	 * What the latest import of a file recorded: counts over its sheets, or why it could
	 * not be read.
	 */
	public FileSummary fileSummary(String file) {
		return this.jdbc.query("""
				SELECT COALESCE(SUM(rows_read), 0), COALESCE(SUM(rows_rejected), 0),
				  MAX(CASE WHEN kind = ? THEN message END)
				FROM ledger_sheet WHERE file_name = ?""", (rs) -> {
			rs.next();
			return new FileSummary(rs.getLong(1), rs.getLong(2), rs.getString(3));
		}, LedgerKind.UNREADABLE.code(), file);
	}

	/** Counts of one file's latest import. */
	public record FileSummary(long read, long rejected, @Nullable String unreadableReason) {
	}

	/**
	 * Whether any event or project is stored: a report of an empty database would be all
	 * zeros.
	 */
	public boolean hasLedgerRows() {
		for (String table : List.of("promo_event", "signed_project")) {
			Long rows = this.jdbc.queryForObject(
					"SELECT COUNT(*) FROM (SELECT 1 FROM " + table + " FETCH FIRST 1 ROWS ONLY) t", Long.class);
			if (rows != null && rows > 0) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The rejected rows of a file's latest import, by sheet and row, with both reasons
	 * (SPEC §2.6).
	 */
	public List<StoredReject> rejects(String file) {
		return this.jdbc.query("""
				SELECT sheet_name, row_number, column_name, cell_value, reason, reason_en
				FROM ledger_reject WHERE file_name = ? ORDER BY sheet_name, row_number""",
				(rs, i) -> new StoredReject(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
						rs.getString(5), rs.getString(6)),
				file);
	}

	/**
	 * A stored reject; {@code reasonEn} is null for rows rejected before reasons were
	 * kept in English.
	 */
	public record StoredReject(String sheet, int row, String column, @Nullable String value, String reason,
			@Nullable String reasonEn) {
	}

	/**
	 * The widest row (filled columns) of each recognised sheet of a file's latest
	 * complete import, by sheet name; a sheet of an import before V12, or of a file that
	 * was not read to its end, is missing.
	 */
	public Map<String, Integer> sheetWidths(String file) {
		Map<String, Integer> widths = new HashMap<>();
		this.jdbc.query(
				"SELECT sheet_name, widest_row FROM ledger_sheet WHERE file_name = ? AND widest_row IS NOT NULL",
				(rs) -> {
					widths.put(rs.getString(1), rs.getInt(2));
				}, file);
		return widths;
	}

	/**
	 * The header row of each recognised sheet of a file's latest import, by sheet name.
	 */
	public Map<String, Integer> headerRows(String file) {
		Map<String, Integer> rows = new HashMap<>();
		this.jdbc.query(
				"SELECT sheet_name, header_row FROM ledger_sheet WHERE file_name = ? AND header_row IS NOT NULL",
				(rs) -> {
					rows.put(rs.getString(1), rs.getInt(2));
				}, file);
		return rows;
	}

}
