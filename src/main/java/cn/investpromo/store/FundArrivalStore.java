package cn.investpromo.store;

import java.sql.Date;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;

import cn.investpromo.funds.FundArrival;
import cn.investpromo.funds.FundSource;

/**
 * Writes the funds ledger's arrivals ({@code fund_arrival}, V16). A file's arrivals are
 * replaced when the file is read again, and an arrival is stored once by its identity
 * whichever file names it last; linking and the effective source are {@link FundLinks}'s,
 * after the import.
 */
@Repository
public class FundArrivalStore {

	private final NamedParameterJdbcTemplate jdbc;

	public FundArrivalStore(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Forgets the arrivals an earlier import of the file stored: the file as read now
	 * says what arrived (a row the clerk deleted is gone).
	 */
	public void startFile(String file) {
		this.jdbc.update("DELETE FROM fund_arrival WHERE source_file = :file", Map.of("file", file));
	}

	/**
	 * Stores arrivals by their identity, the later of two with one identity winning;
	 * their link and effective source wait for {@link FundLinks#relink}.
	 */
	public void save(List<FundArrival> arrivals) {
		if (arrivals.isEmpty()) {
			return;
		}
		Map<String, FundArrival> byKey = new LinkedHashMap<>();
		arrivals.forEach((arrival) -> byKey.put(arrival.key(), arrival));
		this.jdbc.update("DELETE FROM fund_arrival WHERE arrival_key IN (:keys)", Map.of("keys", byKey.keySet()));
		Timestamp now = Timestamp.valueOf(LocalDateTime.now());
		SqlParameterSource[] rows = byKey.values().stream().map((a) -> row(a, now)).toArray(SqlParameterSource[]::new);
		this.jdbc.batchUpdate("""
				INSERT INTO fund_arrival (arrival_key, project_id, project_ref_key, project_name, name_key,
				  row_region_code, default_region_code, region_code, arrival_date, month_only, amount_wan, currency,
				  usd_equivalent_wan, written_source, source, notes, source_file, source_sheet, source_row, updated_at)
				VALUES (:key, :id, :ref, :name, :nameKey, :rowRegion, :defaultRegion, :region, :date, :monthOnly,
				  :amount, :currency, :usd, :written, :source, :notes, :file, :sheet, :row, :now)""", rows);
	}

	private static MapSqlParameterSource row(FundArrival a, Timestamp now) {
		String written = (a.writtenSource() != null) ? a.writtenSource().name() : null;
		String region = (a.rowRegionCode() != null) ? a.rowRegionCode() : a.defaultRegionCode();
		return new MapSqlParameterSource("key", a.key()).addValue("id", a.projectId(), Types.VARCHAR)
			.addValue("ref", a.projectRefKey())
			.addValue("name", a.projectName())
			.addValue("nameKey", a.nameKey())
			.addValue("rowRegion", a.rowRegionCode(), Types.VARCHAR)
			.addValue("defaultRegion", a.defaultRegionCode(), Types.VARCHAR)
			.addValue("region", region, Types.VARCHAR)
			.addValue("date", Date.valueOf(a.arrivalDate()))
			.addValue("monthOnly", a.monthOnly())
			.addValue("amount", a.amountWan())
			.addValue("currency", a.currency())
			.addValue("usd", a.usdEquivalentWan())
			.addValue("written", written, Types.VARCHAR)
			.addValue("source", (written != null) ? written : FundSource.UNKNOWN.name())
			.addValue("notes", a.notes(), Types.VARCHAR)
			.addValue("file", a.source().file())
			.addValue("sheet", a.source().sheet())
			.addValue("row", a.source().row())
			.addValue("now", now);
	}

}
