package cn.investpromo.remote;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;

/**
 * Managers and workers share the job repository and the data in one database server: an
 * embedded database in a file or in memory is one process's alone.
 */
public final class SharedDatabase {

	private SharedDatabase() {
	}

	/** Why this configuration cannot run remote partitions, or null if it can. */
	public static @Nullable String problem(Environment environment) {
		String url = environment.getProperty("spring.datasource.url", "");
		String lower = url.toLowerCase(Locale.ROOT);
		if (lower.startsWith("jdbc:hsqldb:file:") || lower.startsWith("jdbc:hsqldb:mem:")
				|| lower.startsWith("jdbc:hsqldb:res:")) {
			return "分布式运行需要共享的 PostgreSQL 数据库（spring.datasource.url=jdbc:postgresql://…）/ a remote run needs the "
					+ "database shared by manager and workers (spring.datasource.url=jdbc:postgresql://…), not the "
					+ "embedded one in " + url;
		}
		return null;
	}

}
