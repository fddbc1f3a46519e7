package cn.investpromo.report;

import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;

import cn.investpromo.region.Region;
import cn.investpromo.region.RegionCatalog;
import cn.investpromo.store.RegionPaths;

/**
 * The report of one job execution: the model is computed on first use and shared by the
 * three render steps, so every output shows the same figures (SPEC §5: no figure is
 * computed twice).
 */
public class MonthlyReport {

	/** Reports are dated in the bureaus' time zone, whatever the server's. */
	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final Period period;

	private final Region scope;

	private final ReportLanguage language;

	private final Path outputDir;

	private final RegionCatalog regions;

	private final RegionPaths regionPaths;

	private final ReportModelBuilder builder;

	private final Clock clock;

	private @Nullable ReportModel model;

	public MonthlyReport(Period period, String scopeCode, ReportLanguage language, Path outputDir,
			RegionCatalog regions, RegionPaths regionPaths, ReportModelBuilder builder, Clock clock) {
		this.clock = clock;
		this.period = period;
		this.scope = regions.byCode(scopeCode)
			.orElseThrow(() -> new IllegalArgumentException("unknown scope code " + scopeCode));
		this.language = language;
		this.outputDir = outputDir;
		this.regions = regions;
		this.regionPaths = regionPaths;
		this.builder = builder;
	}

	public synchronized ReportModel model() {
		if (this.model == null) {
			// the stored regions placed as the catalogue has them now: a zone a regions
			// sheet moved moves its rows
			this.regionPaths.place(this.regions);
			this.model = this.builder.build(new ReportRequest(this.period, this.scope, this.language,
					OffsetDateTime.now(this.clock.withZone(ZONE)).withNano(0)));
		}
		return this.model;
	}

	public ReportFiles files() {
		return ReportFiles.of(this.outputDir, this.scope.name(), this.period, this.language);
	}

}
