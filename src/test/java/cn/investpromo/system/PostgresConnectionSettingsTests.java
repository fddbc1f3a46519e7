package cn.investpromo.system;

import com.zaxxer.hikari.HikariDataSource;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PostgreSQL driver settings are added to a PostgreSQL pool only, and never over what
 * the user set.
 */
class PostgresConnectionSettingsTests {

	@Test
	void aPostgresPoolGetsCustomPlansAndRewrittenBatchInserts() {
		// given
		HikariDataSource pool = pool("jdbc:postgresql://db.example:5432/investpromo");
		// when
		PostgresConnectionSettings.apply(pool);
		// then
		assertThat(pool.getDataSourceProperties()).containsEntry("options", "-c plan_cache_mode=force_custom_plan")
			.containsEntry("reWriteBatchedInserts", "true");
	}

	@Test
	void theEmbeddedDatabaseIsLeftAsItIs() {
		// given
		HikariDataSource pool = pool("jdbc:hsqldb:file:data/investpromo;hsqldb.tx=mvcc");
		// when
		PostgresConnectionSettings.apply(pool);
		// then
		assertThat(pool.getDataSourceProperties()).isEmpty();
	}

	@Test
	void whatTheUrlOrThePoolPropertiesSetIsKept() {
		// given
		HikariDataSource inUrl = pool(
				"jdbc:postgresql://db.example/investpromo?reWriteBatchedInserts=false&options=-c%20work_mem%3D64MB");
		HikariDataSource inProperties = pool("jdbc:postgresql://db.example/investpromo");
		inProperties.addDataSourceProperty("OPTIONS", "-c search_path=ip");
		// when
		PostgresConnectionSettings.apply(inUrl);
		PostgresConnectionSettings.apply(inProperties);
		// then
		assertThat(inUrl.getDataSourceProperties()).isEmpty();
		assertThat(inProperties.getDataSourceProperties()).containsOnlyKeys("OPTIONS", "reWriteBatchedInserts")
			.containsEntry("OPTIONS", "-c search_path=ip");
	}

	private static HikariDataSource pool(String url) {
		HikariDataSource pool = new HikariDataSource();
		pool.setJdbcUrl(url);
		return pool;
	}

}
