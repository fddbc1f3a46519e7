package cn.investpromo.cli;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;

import cn.investpromo.region.RegionCatalog;
import cn.investpromo.region.RegionMatch;
import cn.investpromo.report.ReportLanguage;
import cn.investpromo.system.DefaultRegion;
import cn.investpromo.system.ReportScopes;
import cn.investpromo.system.embedded.StoredRegions;

/**
 * What a command can tell is bad usage from its options, the settings and the shipped
 * region catalogue alone, so that it answers in one line before the database, Flyway and
 * Spring Batch start (issue 10). A scope the shipped catalogue does not know is looked up
 * among the user regions an existing embedded database holds ({@link StoredRegions}); on
 * a server database it is left to the full start.
 */
final class EarlyChecks {

	/**
	 * A daemon thread per load, so a command that fails meanwhile does not wait for it to
	 * exit.
	 */
	private static final Executor LOADER = (task) -> {
		Thread thread = new Thread(task, "region-catalog");
		thread.setDaemon(true);
		thread.start();
	};

	private EarlyChecks() {
	}

	/**
	 * What must be checked before a command starts; throws {@link UsageException} for bad
	 * usage.
	 */
	interface Check {

		Check NONE = new Check() {
		};

		/** What the options alone decide, checked before the configuration is read. */
		default void options() {
		}

		/**
		 * What needs the configuration as well (read, not yet bound and checked as the
		 * settings).
		 */
		default void configuration(Environment environment) {
		}

	}

	/**
	 * The checks of {@code report}, {@code run} and {@code deliver}: period, language and
	 * scope. A scope to look up starts the catalogue loading on a thread of its own at
	 * once, beside the reading of the configuration.
	 */
	static Check report(ReportOptions options) {
		return new Check() {

			private @Nullable CompletableFuture<RegionCatalog> catalog;

			@Override
			public void options() {
				try {
					options.reportPeriod();
					if (options.language != null) {
						ReportLanguage.parse(options.language);
					}
				}
				catch (IllegalArgumentException ex) {
					throw new UsageException(ex.getMessage());
				}
				if (options.scope != null && !options.scope.isBlank() && !china(options.scope)) {
					this.catalog = CompletableFuture.supplyAsync(RegionCatalog::loadDefault, LOADER);
				}
			}

			@Override
			public void configuration(Environment environment) {
				if (this.catalog != null && options.scope != null) {
					checkScope(options.scope, this.catalog.join(), environment);
				}
			}

		};
	}

	private static boolean china(String scope) {
		String text = scope.trim();
		return text.equals("全国") || text.equals("中国") || text.toLowerCase(Locale.ROOT).equals("all")
				|| text.equals(RegionCatalog.CHINA_CODE);
	}

	private static void checkScope(String scope, RegionCatalog shipped, Environment environment) {
		DefaultRegion defaultRegion = new DefaultRegion(null);
		String configured = environment.getProperty("investpromo.default-region");
		if (configured != null && !configured.isBlank()) {
			RegionMatch match = shipped.resolve(configured, null);
			if (!match.resolved()) {
				// a user region, or a bad setting: the full start knows which and says so
				return;
			}
			defaultRegion = new DefaultRegion(match.region());
		}
		try {
			ReportScopes.resolve(scope, shipped, defaultRegion);
		}
		catch (IllegalArgumentException ex) {
			if (!StoredRegions.databaseMayDefineRegions(environment)) {
				throw new UsageException(ex.getMessage());
			}
			RegionCatalog stored = StoredRegions.withStoredRegions(shipped, environment);
			if (stored == null) {
				return; // the full start reads the user regions and decides
			}
			try {
				ReportScopes.resolve(scope, stored, defaultRegion);
			}
			catch (IllegalArgumentException unknown) {
				throw new UsageException(unknown.getMessage());
			}
		}
	}

}
