package cn.investpromo.report;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import cn.investpromo.industry.IndustryTaxonomy;
import cn.investpromo.event.PromotionEvent;
import cn.investpromo.project.SignedProject;
import cn.investpromo.region.Region;
import cn.investpromo.region.RegionCatalog;
import cn.investpromo.quality.Reject;
import cn.investpromo.quality.SheetQuality;
import cn.investpromo.store.LedgerStore;
import cn.investpromo.store.RegionPaths;
import cn.investpromo.store.ReportQueries;
import cn.investpromo.target.AnnualTarget;

/**
 * Builds report models the way the report job does, from rows stored in a fresh in-memory
 * HSQLDB database with the application's migrations: the builder's figures come from the
 * real queries.
 */
final class StoredReports {

	private final RegionCatalog regions;

	private final IndustryTaxonomy industries;

	private final List<BigDecimal> bandsYi;

	StoredReports(RegionCatalog regions, IndustryTaxonomy industries) {
		this(regions, industries, ReportModelBuilder.DEFAULT_AMOUNT_BANDS_YI);
	}

	StoredReports(RegionCatalog regions, IndustryTaxonomy industries, List<BigDecimal> bandsYi) {
		this.regions = regions;
		this.industries = industries;
		this.bandsYi = bandsYi;
	}

	/**
	 * What is stored before the report is built, and for which month, scope and language.
	 */
	record Input(YearMonth month, Region scope, ReportLanguage language, OffsetDateTime generatedAt,
			List<PromotionEvent> events, List<SignedProject> projects, List<SheetQuality> sheets, List<Reject> rejects,
			List<SignedProject> landed, List<AnnualTarget> targets) {
	}

	ReportModel build(Input input) {
		return build(input, Period.month(input.month()));
	}

	/** Stores the input's rows, then builds the report of the given period. */
	ReportModel build(Input input, Period period) {
		return build(input, period, (jdbc) -> {
		});
	}

	/**
	 * Stores the input's rows and what {@code more} writes (rows of another ledger), then
	 * builds the report of the given period.
	 */
	ReportModel build(Input input, Period period, java.util.function.Consumer<JdbcTemplate> more) {
		SimpleDriverDataSource dataSource = new SimpleDriverDataSource(new org.hsqldb.jdbc.JDBCDriver(),
				"jdbc:hsqldb:mem:report-" + UUID.randomUUID(), "SA", "");
		Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration/common", "classpath:db/migration/hsqldb")
			.load()
			.migrate();
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(jdbc);
		RegionPaths paths = new RegionPaths(named);
		LedgerStore store = new LedgerStore(jdbc, paths);
		store.saveEvents(input.events());
		Map<String, SignedProject> projects = new LinkedHashMap<>();
		input.projects().forEach((p) -> projects.put(p.key(), p));
		input.landed().forEach((p) -> projects.putIfAbsent(p.key(), p));
		store.saveProjects(List.copyOf(projects.values()));
		Timestamp now = Timestamp.valueOf(LocalDateTime.now());
		for (SheetQuality sheet : input.sheets()) {
			jdbc.update("""
					INSERT INTO ledger_sheet (file_name, sheet_name, kind, rows_read, rows_accepted, rows_rejected,
					  summary_rows, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", sheet.file(), sheet.sheet(),
					sheet.kind(), sheet.read(), sheet.accepted(), sheet.rejected(), sheet.summaryRows(), now);
		}
		for (Reject reject : input.rejects()) {
			jdbc.update("""
					INSERT INTO ledger_reject (file_name, sheet_name, row_number, column_name, cell_value, reason)
					VALUES (?, ?, ?, ?, ?, ?)""", reject.file(), reject.sheet(), reject.row(), reject.column(),
					reject.value(), reject.reason());
		}
		for (AnnualTarget target : input.targets()) {
			jdbc.update("""
					INSERT INTO annual_target (region_code, target_year, indicator, target_value, source_file,
					  source_sheet, source_row, updated_at) VALUES (?, ?, ?, ?, 't.xlsx', 't', 2, ?)""",
					target.regionCode(), target.year(), target.indicator().name(), target.value(), now);
		}
		more.accept(jdbc);
		paths.place(this.regions);
		ReportModelBuilder builder = new ReportModelBuilder(this.regions, this.industries, this.bandsYi,
				new ReportQueries(named));
		return builder.build(new ReportRequest(period, input.scope(), input.language(), input.generatedAt()));
	}

}
