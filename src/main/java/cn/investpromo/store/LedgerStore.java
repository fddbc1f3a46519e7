package cn.investpromo.store;

import java.sql.Date;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import cn.investpromo.ledger.LedgerItem.EventRecord;
import cn.investpromo.ledger.LedgerItem.ProjectRecord;
import cn.investpromo.ledger.LedgerItem.RejectedRow;
import cn.investpromo.ledger.LedgerKind;

/**
 * Writes imported ledger rows and their data-quality records. Rows are upserted by key (SPEC §2.5) with an
 * UPDATE-then-INSERT that both HSQLDB and PostgreSQL run unchanged.
 */
@Repository
public class LedgerStore {

	private static final String UPDATE_EVENT = """
			UPDATE promo_event SET event_id = ?, name = ?, event_type = ?, start_date = ?, end_date = ?,
			  host_region_code = ?, venue = ?, target_region = ?, organizer = ?, attendees = ?, enterprises = ?,
			  industries = ?, notes = ?, source_file = ?, source_sheet = ?, source_row = ?, updated_at = ?
			WHERE event_key = ?""";

	private static final String INSERT_EVENT = """
			INSERT INTO promo_event (event_id, name, event_type, start_date, end_date, host_region_code, venue,
			  target_region, organizer, attendees, enterprises, industries, notes, source_file, source_sheet,
			  source_row, updated_at, event_key)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	private static final String UPDATE_PROJECT = """
			UPDATE signed_project SET project_id = ?, name = ?, signed_date = ?, region_code = ?, investor = ?,
			  investor_origin_code = ?, investor_origin_text = ?, industry_code = ?, industry_text = ?,
			  agreement_type = ?, amount_wan = ?, amount_text = ?, currency = ?, status = ?, event_ref = ?,
			  construction_date = ?, production_date = ?, funds_arrived_wan = ?, notes = ?, source_file = ?,
			  source_sheet = ?, source_row = ?, updated_at = ?
			WHERE project_key = ?""";

	private static final String INSERT_PROJECT = """
			INSERT INTO signed_project (project_id, name, signed_date, region_code, investor, investor_origin_code,
			  investor_origin_text, industry_code, industry_text, agreement_type, amount_wan, amount_text, currency,
			  status, event_ref, construction_date, production_date, funds_arrived_wan, notes, source_file,
			  source_sheet, source_row, updated_at, project_key)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	private final JdbcTemplate jdbc;

	public LedgerStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Forgets what earlier imports recorded about a file's sheets and rejects (its rows stay). */
	public void startFile(String file) {
		this.jdbc.update("DELETE FROM ledger_reject WHERE file_name = ?", file);
		this.jdbc.update("DELETE FROM ledger_sheet WHERE file_name = ?", file);
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

	/** Records a file that could not be read, under an empty sheet name. */
	public void fileFailed(String file, String reason) {
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

	/** Adds to a sheet's count of summary rows (合计, 小计 …), which are skipped, not read as records. */
	public void countSummaryRows(String file, String sheet, int summaryRows) {
		this.jdbc.update("UPDATE ledger_sheet SET summary_rows = summary_rows + ? WHERE file_name = ? AND sheet_name = ?",
				summaryRows, file, sheet);
	}

	public void saveRejects(List<RejectedRow> rejects) {
		this.jdbc.batchUpdate("""
				INSERT INTO ledger_reject (file_name, sheet_name, row_number, column_name, cell_value, reason)
				VALUES (?, ?, ?, ?, ?, ?)""", rejects, rejects.size(), (ps, reject) -> {
			ps.setString(1, reject.source().file());
			ps.setString(2, reject.source().sheet());
			ps.setInt(3, reject.source().row());
			ps.setString(4, truncate(reject.column(), 200));
			ps.setString(5, truncate(reject.value(), 1000));
			ps.setString(6, truncate(reject.reason(), 1000));
		});
	}

	public void saveEvents(List<EventRecord> events) {
		Timestamp now = now();
		List<EventRecord> inserts = missing(events, this.jdbc.batchUpdate(UPDATE_EVENT, events, events.size(),
				(ps, e) -> bind(ps, eventValues(e, now))));
		this.jdbc.batchUpdate(INSERT_EVENT, inserts, inserts.size(), (ps, e) -> bind(ps, eventValues(e, now)));
	}

	public void saveProjects(List<ProjectRecord> projects) {
		Timestamp now = now();
		List<ProjectRecord> inserts = missing(projects, this.jdbc.batchUpdate(UPDATE_PROJECT, projects,
				projects.size(), (ps, p) -> bind(ps, projectValues(p, now))));
		this.jdbc.batchUpdate(INSERT_PROJECT, inserts, inserts.size(), (ps, p) -> bind(ps, projectValues(p, now)));
	}

	private static <T> List<T> missing(List<T> items, int[][] updateCounts) {
		List<T> missing = new ArrayList<>();
		int i = 0;
		for (int[] batch : updateCounts) {
			for (int count : batch) {
				if (count == 0) {
					missing.add(items.get(i));
				}
				i++;
			}
		}
		return missing;
	}

	private static Object[] eventValues(EventRecord e, Timestamp now) {
		return new Object[] { e.id(), e.name(), e.type().name(), date(e.startDate()), date(e.endDate()),
				e.hostRegionCode(), e.venue(), e.targetRegion(), e.organizer(), e.attendees(), e.enterprises(),
				e.industries(), e.notes(), e.source().file(), e.source().sheet(), e.source().row(), now, e.key() };
	}

	private static Object[] projectValues(ProjectRecord p, Timestamp now) {
		return new Object[] { p.id(), p.name(), date(p.signedDate()), p.regionCode(), p.investor(),
				p.investorOriginCode(), p.investorOriginText(), p.industryCode(), p.industryText(),
				p.agreementType().name(), p.amountWan(), truncate(p.amountText(), 100), p.currency(), p.status().name(),
				p.eventRef(), date(p.constructionDate()), date(p.productionDate()), p.fundsArrivedWan(), p.notes(),
				p.source().file(), p.source().sheet(), p.source().row(), now, p.key() };
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

	private static @Nullable String truncate(@Nullable String text, int max) {
		return (text == null || text.length() <= max) ? text : text.substring(0, max);
	}

	/** What the latest import of a file recorded: counts over its sheets, or why it could not be read. */
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

}
