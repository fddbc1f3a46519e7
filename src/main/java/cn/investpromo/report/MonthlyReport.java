package cn.investpromo.report;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;

import cn.investpromo.region.Region;
import cn.investpromo.region.RegionCatalog;
import cn.investpromo.store.ReportQueries;

/**
 * The report of one job execution: the model is computed on first use and shared by the three render steps, so
 * every output shows the same figures (SPEC §5: no figure is computed twice).
 */
public class MonthlyReport {

	/** Reports are dated in the bureaus' time zone, whatever the server's. */
	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final YearMonth month;

	private final Region scope;

	private final ReportLanguage language;

	private final Path outputDir;

	private final ReportQueries queries;

	private final ReportModelBuilder builder;

	private @Nullable ReportModel model;

	public MonthlyReport(YearMonth month, String scopeCode, ReportLanguage language, Path outputDir,
			ReportQueries queries, RegionCatalog regions, ReportModelBuilder builder) {
		this.month = month;
		this.scope = regions.byCode(scopeCode)
			.orElseThrow(() -> new IllegalArgumentException("unknown scope code " + scopeCode));
		this.language = language;
		this.outputDir = outputDir;
		this.queries = queries;
		this.builder = builder;
	}

	public synchronized ReportModel model() {
		if (this.model == null) {
			ReportModelBuilder.Input input = new ReportModelBuilder.Input(this.month, this.scope, this.language,
					OffsetDateTime.now(ZONE).withNano(0),
					this.queries.events(ReportModelBuilder.windowStart(this.month), this.month.atEndOfMonth()),
					this.queries.projects(ReportModelBuilder.windowStart(this.month), this.month.atEndOfMonth()),
					this.queries.sheets(), this.queries.rejects(this.language),
					this.queries.projectsLandedIn(this.month.atDay(1), this.month.atEndOfMonth()),
					this.queries.targets(this.scope.code(), this.month.getYear()));
			this.model = this.builder.build(input);
		}
		return this.model;
	}

	public ReportFiles files() {
		return ReportFiles.of(this.outputDir, this.scope.name(), this.month, this.language);
	}

}
