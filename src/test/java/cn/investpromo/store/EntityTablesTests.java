package cn.investpromo.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import cn.investpromo.event.PromotionEvent;
import cn.investpromo.event.PromotionEvents;
import cn.investpromo.project.ProjectStatus;
import cn.investpromo.project.SignedProject;
import cn.investpromo.project.SignedProjects;
import cn.investpromo.quality.Source;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The column declarations of the stored entities against the migrated schema, and a round
 * trip of every column through the upsert and the row mapper.
 */
class EntityTablesTests {

	private DataSource dataSource;

	private LedgerStore store;

	private NamedParameterJdbcTemplate named;

	@BeforeEach
	void database() {
		this.dataSource = new SimpleDriverDataSource(new org.hsqldb.jdbc.JDBCDriver(),
				"jdbc:hsqldb:mem:tables-" + UUID.randomUUID(), "SA", "");
		Flyway.configure()
			.dataSource(this.dataSource)
			.locations("classpath:db/migration/common", "classpath:db/migration/hsqldb")
			.load()
			.migrate();
		this.named = new NamedParameterJdbcTemplate(this.dataSource);
		this.store = new LedgerStore(new JdbcTemplate(this.dataSource), new RegionPaths(this.named));
	}

	@Test
	void everyColumnOfTheMigratedTablesIsDeclaredOnceAndNothingElse() throws Exception {
		// then: the migrations and the declarations name the same columns
		assertThat(tableColumns("SIGNED_PROJECT"))
			.containsExactlyInAnyOrderElementsOf(withUpdatedAt(ProjectColumns.TABLE.columnNames()));
		assertThat(tableColumns("PROMO_EVENT"))
			.containsExactlyInAnyOrderElementsOf(withUpdatedAt(EventColumns.TABLE.columnNames()));
		assertThat(ProjectColumns.TABLE.columnNames()).doesNotHaveDuplicates();
		assertThat(EventColumns.TABLE.columnNames()).doesNotHaveDuplicates();
	}

	@Test
	void aProjectWithEveryValueReadsBackEqualAndAnUnchangedOneIsNotUpdated() {
		// given: every component set, dates and amounts included
		SignedProject project = SignedProjects.builder()
			.investorOriginCode("440300")
			.investorOriginText("深圳市")
			.industrySubCode("NMAT01")
			.status(ProjectStatus.UNDER_CONSTRUCTION)
			.eventRef("2019招远推介会")
			.constructionDate(LocalDate.of(2019, 8, 1))
			.productionDate(LocalDate.of(2020, 3, 1))
			.fundsArrivedWan(new BigDecimal("250.5"))
			.notes("一期")
			.build();
		// when
		this.store.saveProjects(List.of(project));
		String firstUpdate = updatedAt("signed_project");
		this.store.saveProjects(List.of(project));
		// then
		List<SignedProject> read = this.named.query("SELECT * FROM signed_project", ProjectColumns.TABLE::row);
		assertThat(read).singleElement()
			.usingRecursiveComparison()
			.withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
			.isEqualTo(project);
		assertThat(updatedAt("signed_project")).isEqualTo(firstUpdate);
		assertThat(this.named.getJdbcTemplate()
			.queryForObject("SELECT investor_key || '/' || event_ref_key FROM signed_project", String.class))
			.isEqualTo("投资方p1/2019招远推介会");
	}

	@Test
	void anEventWithEveryValueReadsBackEqualAndAChangedOneIsUpdated() {
		// given
		PromotionEvent event = PromotionEvents.builder()
			.id("E7")
			.venue("招远宾馆")
			.targetRegion("深圳市")
			.organizer("招远市商务局")
			.attendees(120)
			.enterprises(35)
			.industries("NMAT,EQPT")
			.notes("签约 3 个")
			.source(new Source("e.xlsx", "活动", 4))
			.build();
		this.store.saveEvents(List.of(event));
		// when
		PromotionEvent changed = event.toBuilder().attendees(150).enterprises(null).build();
		this.store.saveEvents(List.of(changed));
		// then
		assertThat(this.named.query("SELECT * FROM promo_event", EventColumns.TABLE::row)).containsExactly(changed);
	}

	private List<String> tableColumns(String table) throws Exception {
		List<String> columns = new ArrayList<>();
		try (var connection = this.dataSource.getConnection();
				var rs = connection.getMetaData().getColumns(null, "PUBLIC", table, null)) {
			while (rs.next()) {
				columns.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
			}
		}
		return columns;
	}

	private static List<String> withUpdatedAt(List<String> declared) {
		List<String> columns = new ArrayList<>(declared);
		columns.add("updated_at");
		return columns;
	}

	private String updatedAt(String table) {
		return this.named.getJdbcTemplate().queryForObject("SELECT updated_at FROM " + table, String.class);
	}

}
