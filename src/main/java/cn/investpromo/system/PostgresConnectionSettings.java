package cn.investpromo.system;

import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Driver settings for a PostgreSQL datasource that the import needs to keep its speed,
 * added to the connection pool's data source properties when the JDBC URL is PostgreSQL's
 * and neither the URL nor {@code spring.datasource.hikari.data-source-properties} sets
 * them already.
 * <ul>
 * <li>{@code plan_cache_mode=force_custom_plan}, through the {@code options} startup
 * parameter: the import looks its chunk's keys up with {@code key IN (?, …, ?)} of 500
 * parameters. After five executions the server may switch to a generic plan chosen while
 * the table was nearly empty, a sequential scan that compares every row with all 500
 * parameters, and keeps it until the table is next analysed; measured on a 100,000-row
 * import, that cost up to 60 s of the server's CPU instead of about 10. Planned for its
 * parameters, the lookup is an index scan.</li>
 * <li>{@code reWriteBatchedInserts=true}: the driver sends a batch of single-row INSERTs
 * as multi-row INSERTs, which saves the server a parse and an execution per row.</li>
 * </ul>
 * Neither changes what is stored or when it commits.
 */
@Component
final class PostgresConnectionSettings implements BeanPostProcessor, Ordered {

	static final Map<String, String> SETTINGS = Map.of("options", "-c plan_cache_mode=force_custom_plan",
			"reWriteBatchedInserts", "true");

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof HikariDataSource pool) {
			apply(pool);
		}
		return bean;
	}

	/**
	 * Adds what is missing to a pool whose URL is PostgreSQL's; any other pool is left as
	 * it is.
	 */
	static void apply(HikariDataSource pool) {
		String url = pool.getJdbcUrl();
		if (url == null || !url.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:")) {
			return;
		}
		Properties properties = pool.getDataSourceProperties();
		String query = url.contains("?") ? url.substring(url.indexOf('?') + 1).toLowerCase(Locale.ROOT) : "";
		SETTINGS.forEach((name, value) -> {
			boolean inUrl = ("&" + query).contains("&" + name.toLowerCase(Locale.ROOT) + "=");
			boolean inProperties = properties.stringPropertyNames()
				.stream()
				.anyMatch((set) -> set.equalsIgnoreCase(name));
			if (!inUrl && !inProperties) {
				pool.addDataSourceProperty(name, value);
			}
		});
	}

	/**
	 * After Boot has bound {@code spring.datasource.hikari.*}, so that what the user set
	 * there is seen.
	 */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
