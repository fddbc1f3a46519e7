package cn.investpromo.store;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

import cn.investpromo.ledger.AgreementType;
import cn.investpromo.ledger.EventType;
import cn.investpromo.ledger.LedgerItem.EventRecord;
import cn.investpromo.ledger.LedgerItem.ProjectRecord;
import cn.investpromo.ledger.LedgerItem.Source;
import cn.investpromo.ledger.ProjectStatus;
import cn.investpromo.report.AnnualTarget;
import cn.investpromo.report.DataQuality.Reject;
import cn.investpromo.report.DataQuality.SheetQuality;
import cn.investpromo.report.ReportLanguage;
import cn.investpromo.report.TargetIndicator;

/** Reads what a report needs from the database: stored events and projects in a date range, and data quality. */
@Repository
public class ReportQueries {

	private final JdbcTemplate jdbc;

	public ReportQueries(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Events starting within [from, to], in date order. */
	public List<EventRecord> events(LocalDate from, LocalDate to) {
		return this.jdbc.query("""
				SELECT * FROM promo_event WHERE start_date BETWEEN ? AND ?
				ORDER BY start_date, event_key""", ReportQueries::event, Date.valueOf(from), Date.valueOf(to));
	}

	/** Projects signed within [from, to], in date order. */
	public List<ProjectRecord> projects(LocalDate from, LocalDate to) {
		return this.jdbc.query("""
				SELECT * FROM signed_project WHERE signed_date BETWEEN ? AND ?
				ORDER BY signed_date, project_key""", ReportQueries::project, Date.valueOf(from), Date.valueOf(to));
	}

	/** Projects whose construction or production started within [from, to], whatever their signing date. */
	public List<ProjectRecord> projectsLandedIn(LocalDate from, LocalDate to) {
		return this.jdbc.query("""
				SELECT * FROM signed_project
				WHERE construction_date BETWEEN ? AND ? OR production_date BETWEEN ? AND ?
				ORDER BY signed_date, project_key""", ReportQueries::project, Date.valueOf(from), Date.valueOf(to),
				Date.valueOf(from), Date.valueOf(to));
	}

	/** The annual targets set for a region and year (SPEC §2.3 targets sheet); unknown indicators are ignored. */
	public List<AnnualTarget> targets(String regionCode, int year) {
		List<AnnualTarget> targets = new ArrayList<>();
		this.jdbc.query("""
				SELECT indicator, target_value FROM annual_target WHERE region_code = ? AND target_year = ?
				ORDER BY indicator""", (RowCallbackHandler) (rs) -> {
			String indicator = rs.getString(1);
			BigDecimal value = rs.getBigDecimal(2);
			for (TargetIndicator known : TargetIndicator.values()) {
				if (known.name().equals(indicator)) {
					targets.add(new AnnualTarget(regionCode, year, known, value));
				}
			}
		}, regionCode, year);
		return List.copyOf(targets);
	}

	/** Every sheet of every file as its latest import left it. */
	public List<SheetQuality> sheets() {
		return this.jdbc.query("""
				SELECT file_name, sheet_name, kind, rows_read, rows_accepted, rows_rejected, summary_rows
				FROM ledger_sheet ORDER BY file_name, sheet_name""", (rs, i) -> new SheetQuality(rs.getString(1),
				rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7)));
	}

	/** Why each unreadable file could not be read, as "file: reason" lines. */
	public List<String> unreadableFiles() {
		return this.jdbc.queryForList(
				"SELECT file_name || ': ' || message FROM ledger_sheet WHERE kind = 'unreadable' ORDER BY file_name",
				String.class);
	}

	/**
	 * Every recorded reject, by file, sheet and row, with its reason in the report's language; a row rejected before
	 * English reasons were stored keeps its Chinese one.
	 */
	public List<Reject> rejects(ReportLanguage language) {
		String reason = language.english() ? "COALESCE(reason_en, reason)" : "reason";
		return this.jdbc.query("SELECT file_name, sheet_name, row_number, column_name, cell_value, " + reason
				+ " FROM ledger_reject ORDER BY file_name, sheet_name, row_number", (rs, i) -> new Reject(
						rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), nonNull(rs.getString(5)),
						rs.getString(6)));
	}

	private static EventRecord event(ResultSet rs, int rowNum) throws SQLException {
		return new EventRecord(rs.getString("event_key"), rs.getString("event_id"), rs.getString("name"),
				EventType.valueOf(rs.getString("event_type")), localDate(rs, "start_date"), localDate(rs, "end_date"),
				rs.getString("host_region_code"), rs.getString("venue"), rs.getString("target_region"),
				rs.getString("organizer"), integer(rs, "attendees"), integer(rs, "enterprises"),
				rs.getString("industries"), rs.getString("notes"), source(rs));
	}

	private static ProjectRecord project(ResultSet rs, int rowNum) throws SQLException {
		return new ProjectRecord(rs.getString("project_key"), rs.getString("project_id"), rs.getString("name"),
				localDate(rs, "signed_date"), rs.getString("region_code"), rs.getString("investor"),
				rs.getString("investor_origin_code"), rs.getString("investor_origin_text"),
				rs.getString("industry_code"), rs.getString("industry_text"), rs.getString("industry_sub_code"),
				AgreementType.valueOf(rs.getString("agreement_type")), rs.getBigDecimal("amount_wan"),
				rs.getString("amount_text"), rs.getString("currency"), ProjectStatus.valueOf(rs.getString("status")),
				rs.getString("event_ref"), localDate(rs, "construction_date"), localDate(rs, "production_date"),
				rs.getBigDecimal("funds_arrived_wan"), rs.getString("notes"), source(rs));
	}

	private static Source source(ResultSet rs) throws SQLException {
		return new Source(rs.getString("source_file"), rs.getString("source_sheet"), rs.getInt("source_row"));
	}

	private static @Nullable LocalDate localDate(ResultSet rs, String column) throws SQLException {
		Date date = rs.getDate(column);
		return (date != null) ? date.toLocalDate() : null;
	}

	private static @Nullable Integer integer(ResultSet rs, String column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

	private static String nonNull(@Nullable String text) {
		return (text != null) ? text : "";
	}

}
