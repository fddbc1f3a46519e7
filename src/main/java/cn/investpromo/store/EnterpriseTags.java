package cn.investpromo.store;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;

import cn.investpromo.enterprise.EnterpriseRow;

/**
 * Stores the enterprise sheets of SPEC §3.3 file by file: each enterprise's tags by list
 * year ({@code enterprise_tag}) and every name it is known by, in the form investors are
 * compared in ({@code enterprise_name}, as {@code signed_project.investor_key}).
 */
final class EnterpriseTags {

	private final JdbcTemplate jdbc;

	EnterpriseTags(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void replace(String file, List<EnterpriseRow> rows) {
		this.jdbc.update("DELETE FROM enterprise_tag WHERE source_file = ?", file);
		this.jdbc.update("DELETE FROM enterprise_name WHERE source_file = ?", file);
		Timestamp now = Timestamp.valueOf(LocalDateTime.now());
		Set<String> tags = new HashSet<>();
		Set<String> names = new HashSet<>();
		for (EnterpriseRow row : rows) {
			String key = Keys.investorKey(row.name());
			if (key == null || key.isEmpty()) {
				continue;
			}
			for (String tag : row.tags()) {
				String stored = Keys.truncate(tag, 200);
				// a sheet naming an enterprise twice for one list keeps its first row
				if (tags.add(key + '\n' + stored + '\n' + row.year())) {
					this.jdbc.update("""
							INSERT INTO enterprise_tag (enterprise_key, tag, list_year, enterprise_name, source_file,
							  source_sheet, source_row, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", key, stored,
							row.year(), Keys.truncate(row.name(), 500), file, row.source().sheet(), row.source().row(),
							now);
				}
			}
			name(file, key, key, names);
			for (String alias : row.aliases()) {
				String aliasKey = Keys.investorKey(alias);
				if (aliasKey != null) {
					name(file, aliasKey, key, names);
				}
			}
		}
	}

	private void name(String file, String nameKey, String enterpriseKey, Set<String> names) {
		if (!nameKey.isEmpty() && names.add(nameKey + '\n' + enterpriseKey)) {
			this.jdbc.update("INSERT INTO enterprise_name (name_key, enterprise_key, source_file) VALUES (?, ?, ?)",
					nameKey, enterpriseKey, file);
		}
	}

}
