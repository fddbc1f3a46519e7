package cn.investpromo.store;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import cn.investpromo.project.SignedProject;
import cn.investpromo.project.SignedProjects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The upsert inside a chunk's transaction, as the import runs it: a chunk of new keys is
 * inserted whole, a chunk that meets a stored key is rolled back to its savepoint and
 * stored by looking its keys up, and no key is ever stored twice (SPEC §2.5, issue 24).
 */
class UpsertTests {

	private JdbcTemplate jdbc;

	private LedgerStore store;

	private TransactionTemplate chunk;

	@BeforeEach
	void database() {
		DataSource dataSource = new SimpleDriverDataSource(new org.hsqldb.jdbc.JDBCDriver(),
				"jdbc:hsqldb:mem:upsert-" + UUID.randomUUID(), "SA", "");
		Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration/common", "classpath:db/migration/hsqldb")
			.load()
			.migrate();
		this.jdbc = new JdbcTemplate(dataSource);
		this.store = new LedgerStore(this.jdbc, new RegionPaths(new NamedParameterJdbcTemplate(dataSource)));
		this.chunk = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
	}

	@Test
	void aChunkMeetingStoredKeysUpdatesThemAndInsertsTheOthersOnce() {
		// given: a first chunk of new keys, then one that repeats one of them, changed
		saveInChunk(project("A", "100"), project("B", "200"));
		String storedA = updatedAt("A");
		// when
		saveInChunk(project("C", "300"), project("B", "250"), project("D", "400"));
		saveInChunk(project("E", "500"));
		// then: every key once, B changed, A untouched
		assertThat(amounts()).containsExactlyInAnyOrderEntriesOf(Map.of("A", new BigDecimal("100.000000"), "B",
				new BigDecimal("250.000000"), "C", new BigDecimal("300.000000"), "D", new BigDecimal("400.000000"), "E",
				new BigDecimal("500.000000")));
		assertThat(updatedAt("A")).isEqualTo(storedA);
	}

	@Test
	void aChunkRolledBackLeavesNothingOfItsInsert() {
		// given
		saveInChunk(project("A", "100"));
		// when: the chunk's transaction fails after its rows were written
		this.chunk.executeWithoutResult((status) -> {
			this.store.saveProjects(List.of(project("B", "200"), project("C", "300")));
			status.setRollbackOnly();
		});
		// then: none of it stored, and the chunk read again stores it once
		assertThat(amounts()).containsOnlyKeys("A");
		saveInChunk(project("B", "200"), project("A", "150"));
		assertThat(amounts()).containsOnlyKeys("A", "B").containsEntry("A", new BigDecimal("150.000000"));
	}

	private void saveInChunk(SignedProject... projects) {
		this.chunk.executeWithoutResult((status) -> this.store.saveProjects(List.of(projects)));
	}

	private static SignedProject project(String key, String amountWan) {
		return SignedProjects.builder(key, "2019-07-15", "370685", amountWan).build();
	}

	private Map<String, BigDecimal> amounts() {
		Map<String, BigDecimal> amounts = new HashMap<>();
		this.jdbc.query("SELECT project_key, amount_wan FROM signed_project",
				(RowCallbackHandler) (rs) -> amounts.put(rs.getString(1), rs.getBigDecimal(2)));
		return amounts;
	}

	private String updatedAt(String key) {
		return this.jdbc.queryForObject(
				"SELECT CAST(updated_at AS VARCHAR(40)) FROM signed_project WHERE project_key = ?", String.class, key);
	}

}
