package cn.investpromo.delivery;

import java.sql.Timestamp;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The stored deliveries (table {@code report_delivery}). */
@Repository
public class DeliveryStore {

	private final JdbcTemplate jdbc;

	public DeliveryStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void save(Delivery delivery) {
		this.jdbc.update("""
				INSERT INTO report_delivery (delivered_at, scope_name, report_month, lang, report_execution_id, channel,
				  recipients, delivered, attempts, error)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", Timestamp.valueOf(delivery.at()), delivery.scopeName(),
				delivery.month(), delivery.language(), delivery.reportExecutionId(), delivery.channel(),
				truncate(delivery.recipients()), delivery.delivered(), delivery.attempts(),
				(delivery.error() != null) ? truncate(delivery.error()) : null);
	}

	/**
	 * Whether this region's report written by this execution (a report --each run writes
	 * several) already reached these recipients of the channel.
	 */
	boolean delivered(long reportExecutionId, String scopeName, String channel, String recipients) {
		Integer count = this.jdbc.queryForObject("""
				SELECT COUNT(*) FROM report_delivery
				WHERE report_execution_id = ? AND scope_name = ? AND channel = ? AND recipients = ? AND delivered""",
				Integer.class, reportExecutionId, scopeName, channel, truncate(recipients));
		return count != null && count > 0;
	}

	/** The newest {@code limit} deliveries, newest first. */
	public List<Delivery> latest(int limit) {
		return this.jdbc.query(
				"""
						SELECT delivered_at, scope_name, report_month, lang, report_execution_id, channel, recipients, delivered,
						  attempts, error
						FROM report_delivery ORDER BY id DESC FETCH FIRST ? ROWS ONLY""",
				(rs, i) -> new Delivery(rs.getTimestamp(1).toLocalDateTime(), rs.getString(2), rs.getString(3),
						rs.getString(4), nullableLong(rs.getLong(5), rs.wasNull()), rs.getString(6), rs.getString(7),
						rs.getBoolean(8), rs.getInt(9), rs.getString(10)),
				limit);
	}

	private static @Nullable Long nullableLong(long value, boolean wasNull) {
		return wasNull ? null : value;
	}

	private static String truncate(String text) {
		return (text.length() <= 2000) ? text : text.substring(0, 2000);
	}

}
