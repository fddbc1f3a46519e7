package cn.investpromo.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * A fingerprint of everything a report reads: row counts and the latest change of the
 * ledger tables, and the import counts of data quality. An import that changes no row
 * leaves it as it was (re-imports never touch unchanged rows), so it tells "the data
 * changed since that report was written" without reading every row (SPEC §4).
 */
@Repository
public class DataVersion {

	private static final List<String> QUERIES = List.of("SELECT COUNT(*), MAX(updated_at) FROM promo_event",
			"SELECT COUNT(*), MAX(updated_at) FROM signed_project",
			"SELECT COUNT(*), MAX(updated_at) FROM annual_target",
			// a regions sheet that moves a zone moves its rows to another scope
			"SELECT COUNT(*), MAX(updated_at) FROM user_region",
			// an enterprise sheet retags projects (SPEC §3.3)
			"SELECT COUNT(*), MAX(updated_at) FROM enterprise_tag",
			"SELECT COUNT(*), SUM(rows_read), SUM(rows_rejected) FROM ledger_sheet",
			"SELECT COUNT(*) FROM ledger_reject");

	private final JdbcTemplate jdbc;

	public DataVersion(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A short hex fingerprint; equal fingerprints mean the report would come out the
	 * same.
	 */
	public String current() {
		StringBuilder state = new StringBuilder();
		for (String query : QUERIES) {
			this.jdbc.query(query, (rs) -> {
				for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
					// text, not the driver's types: HSQLDB and PostgreSQL agree on how a
					// count or a timestamp reads
					Object value = rs.getObject(i);
					state.append((value != null) ? value.toString() : "-").append('|');
				}
			});
			state.append('\n');
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(state.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
