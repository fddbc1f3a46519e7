package cn.investpromo.store;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import cn.investpromo.project.SignedProject;
import cn.investpromo.project.SignedProjects;
import cn.investpromo.quality.Source;
import cn.investpromo.region.Region;
import cn.investpromo.region.RegionCatalog;
import cn.investpromo.region.RegionLevel;
import cn.investpromo.store.ReportQueries.ProjectColumn;
import cn.investpromo.store.ReportQueries.ProjectGroup;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scope selection in the database: stored region paths, a zone moved by a regions sheet,
 * region groups.
 */
class RegionPathsTests {

	private static final RegionCatalog SHIPPED = RegionCatalog.loadDefault();

	private static final LocalDate JULY = LocalDate.of(2019, 7, 1);

	private RegionPaths paths;

	private ReportQueries queries;

	@BeforeEach
	void database() {
		SimpleDriverDataSource dataSource = new SimpleDriverDataSource(new org.hsqldb.jdbc.JDBCDriver(),
				"jdbc:hsqldb:mem:paths-" + UUID.randomUUID(), "SA", "");
		Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration/common", "classpath:db/migration/hsqldb")
			.load()
			.migrate();
		NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(dataSource);
		this.paths = new RegionPaths(named);
		this.queries = new ReportQueries(named);
		new LedgerStore(new JdbcTemplate(dataSource), this.paths)
			.saveProjects(List.of(project("a", "370685Z77"), project("b", "370685108"), project("c", "510116")));
	}

	@Test
	void aZoneARegionsSheetMovesCountsUnderItsNewParent() {
		// given: a park first defined under 招远市, then moved under 夏甸镇 by a later regions
		// sheet
		RegionCatalog before = SHIPPED
			.withExtensions(List.of(new Region("370685Z77", "测试园区", RegionLevel.ZONE, "370685", List.of())));
		RegionCatalog after = SHIPPED
			.withExtensions(List.of(new Region("370685Z77", "测试园区", RegionLevel.ZONE, "370685108", List.of())));
		// when
		this.paths.place(before);
		List<String> underTownBefore = regions(before, "370685108");
		List<String> underCountyBefore = regions(before, "370685");
		this.paths.place(after);
		List<String> underTownAfter = regions(after, "370685108");
		// then
		assertThat(before.path(before.byCode("370685Z77").orElseThrow()))
			.isEqualTo("/000000/370000/370600/370685/370685Z77/");
		assertThat(underCountyBefore).containsExactly("370685108", "370685Z77");
		assertThat(underTownBefore).containsExactly("370685108");
		assertThat(underTownAfter).containsExactly("370685108", "370685Z77");
		assertThat(regions(after, "370685")).containsExactly("370685108", "370685Z77");
	}

	@Test
	void allOfChinaAndARegionGroupSelectTheirMembersRows() {
		// given
		RegionCatalog regions = SHIPPED.withExtensions(
				List.of(new Region("G77", "测试地区组", RegionLevel.GROUP, null, List.of())),
				java.util.Map.of("G77", List.of("510116", "370685108")));
		this.paths.place(regions);
		// then
		assertThat(regions(regions, RegionCatalog.CHINA_CODE)).containsExactly("370685108", "510116");
		assertThat(regions(regions, "G77")).containsExactly("370685108", "510116");
		assertThat(regions(regions, "510100")).containsExactly("510116");
	}

	private List<String> regions(RegionCatalog catalog, String scopeCode) {
		RegionScope scope = new RegionScope(catalog.scopePaths(catalog.byCode(scopeCode).orElseThrow()));
		return this.queries.projectGroups(scope, JULY, JULY, List.of(ProjectColumn.REGION))
			.stream()
			.map((ProjectGroup g) -> g.key(0))
			.toList();
	}

	private static SignedProject project(String key, String region) {
		return SignedProjects.builder(key, JULY.toString(), region, "10")
			.investor("投资方" + key)
			.source(new Source("f.xlsx", "s", 2))
			.build();
	}

}
