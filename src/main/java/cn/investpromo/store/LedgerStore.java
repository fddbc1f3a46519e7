package cn.investpromo.store;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import cn.investpromo.event.PromotionEvent;
import cn.investpromo.pipeline.PipelineProject;
import cn.investpromo.project.SignedProject;
import cn.investpromo.quality.LedgerKind;
import cn.investpromo.quality.RejectedRow;

/**
 * Writes imported ledger rows and their data-quality records. Rows are upserted by key
 * (SPEC §2.5) with an UPDATE-then-INSERT that both HSQLDB and PostgreSQL run unchanged;
 * the UPDATE touches only rows whose columns differ, so re-importing an unchanged ledger
 * changes nothing, not even {@code updated_at}.
 */
@Repository
public class LedgerStore {

	private final JdbcTemplate jdbc;

	private final Upsert upsert;

	private final FileRegions regions;

	private final PipelineTable pipeline;

	public LedgerStore(JdbcTemplate jdbc, RegionPaths regionPaths) {
		this.jdbc = jdbc;
		NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(jdbc);
		this.upsert = new Upsert(named);
		this.regions = new FileRegions(named, regionPaths);
		this.pipeline = new PipelineTable(named);
	}

	/**
	 * Forgets what earlier imports recorded about a file's sheets, rejects and
	 * fingerprint (its events and projects stay), and its pipeline projects: a pipeline
	 * ledger is a snapshot, which the file's new import replaces whole (SPEC §2.8).
	 */
	public void startFile(String file) {
		this.regions.forget(file);
		forgetFingerprint(file);
		this.jdbc.update("DELETE FROM ledger_reject WHERE file_name = ?", file);
		this.jdbc.update("DELETE FROM ledger_sheet WHERE file_name = ?", file);
		this.jdbc.update("DELETE FROM ledger_file_region WHERE file_name = ?", file);
		this.pipeline.forget(file);
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
				VALUES (?, '', ?, NULL, 0, 0, 0, ?, ?)""", file, LedgerKind.UNREADABLE.code(),
				Keys.truncate(reason, 1000), now());
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
				  reason_en, row_month)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", rejects, rejects.size(), (ps, reject) -> {
			ps.setString(1, reject.source().file());
			ps.setString(2, reject.source().sheet());
			ps.setInt(3, reject.source().row());
			ps.setString(4, Keys.truncate(reject.column(), 200));
			ps.setString(5, Keys.truncate(reject.value(), 1000));
			ps.setString(6, Keys.truncate(reject.reason().zh(), 1000));
			ps.setString(7, Keys.truncate(reject.reason().en(), 1000));
			ps.setString(8, (reject.month() != null) ? reject.month().toString() : null);
		});
	}

	/**
	 * Upserts events by key; a stored event equal in every column is left untouched,
	 * updated_at included.
	 */
	public void saveEvents(List<PromotionEvent> events) {
		this.upsert.save(EventColumns.TABLE, events);
		this.regions.register(events.stream().map((e) -> List.of(e.source().file(), e.hostRegionCode())).toList());
	}

	/**
	 * Upserts projects by key; a stored project equal in every column is left untouched,
	 * updated_at included.
	 */
	public void saveProjects(List<SignedProject> projects) {
		this.upsert.save(ProjectColumns.TABLE, projects);
		this.regions.register(projects.stream().map((p) -> List.of(p.source().file(), p.regionCode())).toList());
	}

	/**
	 * Stores pipeline projects (SPEC §2.8), each replacing what any file said of it
	 * before.
	 */
	public void savePipeline(List<PipelineProject> projects) {
		this.pipeline.save(projects);
		this.regions.register(projects.stream().map((p) -> List.of(p.source().file(), p.regionCode())).toList());
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
		this.regions.remember(fileAndRegion);
	}

	private static Timestamp now() {
		return Timestamp.valueOf(LocalDateTime.now());
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
