package cn.investpromo.store;

import java.sql.Date;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import cn.investpromo.pipeline.PipelineProject;

/**
 * Writes {@code pipeline_project} (V19): a pipeline ledger is a snapshot, so a file's
 * rows are forgotten when it is read again, and a project (by its key: 项目编号, else
 * normalised name and region) is stored once, as the file read last says it.
 */
final class PipelineTable {

	private static final String INSERT = """
			INSERT INTO pipeline_project (project_key, project_id, name, name_key, investor, investor_origin,
			  region_code, industry_code, industry_text, expected_amount_wan, currency, stage, first_contact,
			  expected_signing, last_follow_up, responsible_unit, responsible, notes, source_file, source_sheet,
			  source_row, updated_at)
			VALUES (:key, :id, :name, :nameKey, :investor, :origin, :region, :industry, :industryText, :amount,
			  :currency, :stage, :firstContact, :expected, :lastFollowUp, :unit, :responsible, :notes, :file, :sheet,
			  :row, :now)""";

	private final NamedParameterJdbcTemplate jdbc;

	PipelineTable(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Forgets what the file's earlier imports said: its new snapshot replaces it. */
	void forget(String file) {
		this.jdbc.update("DELETE FROM pipeline_project WHERE source_file = :file", Map.of("file", file));
	}

	/**
	 * Stores the projects, each replacing the stored project of its key, whichever file
	 * said it.
	 */
	void save(List<PipelineProject> projects) {
		if (projects.isEmpty()) {
			return;
		}
		this.jdbc.update("DELETE FROM pipeline_project WHERE project_key IN (:keys)",
				Map.of("keys", projects.stream().map(PipelineProject::key).toList()));
		Timestamp now = Timestamp.valueOf(LocalDateTime.now());
		this.jdbc.batchUpdate(INSERT,
				projects.stream().map((p) -> parameters(p, now)).toArray(MapSqlParameterSource[]::new));
	}

	private static MapSqlParameterSource parameters(PipelineProject p, Timestamp now) {
		return new MapSqlParameterSource("key", p.key()).addValue("id", p.id(), Types.VARCHAR)
			.addValue("name", p.name())
			.addValue("nameKey", Keys.referenceKey(p.name()), Types.VARCHAR)
			.addValue("investor", p.investor(), Types.VARCHAR)
			.addValue("origin", Keys.truncate(p.investorOrigin(), 200), Types.VARCHAR)
			.addValue("region", p.regionCode())
			.addValue("industry", p.industryCode())
			.addValue("industryText", p.industryText(), Types.VARCHAR)
			.addValue("amount", p.expectedAmountWan(), Types.DECIMAL)
			.addValue("currency", p.currency())
			.addValue("stage", p.stage().name())
			.addValue("firstContact", date(p.firstContact()), Types.DATE)
			.addValue("expected", date(p.expectedSigning()), Types.DATE)
			.addValue("lastFollowUp", date(p.lastFollowUp()), Types.DATE)
			.addValue("unit", p.responsibleUnit(), Types.VARCHAR)
			.addValue("responsible", p.responsible(), Types.VARCHAR)
			.addValue("notes", p.notes(), Types.VARCHAR)
			.addValue("file", p.source().file())
			.addValue("sheet", p.source().sheet())
			.addValue("row", p.source().row())
			.addValue("now", now);
	}

	private static @Nullable Date date(@Nullable LocalDate date) {
		return (date != null) ? Date.valueOf(date) : null;
	}

}
