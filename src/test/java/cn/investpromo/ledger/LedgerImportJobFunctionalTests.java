package cn.investpromo.ledger;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.jdbc.JdbcTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import job on small ledgers built here: real .xlsx files, real HSQLDB, the real
 * job.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:hsqldb:mem:importjob;shutdown=false",
		"investpromo.default-region=" })
class LedgerImportJobFunctionalTests extends ImportJobTestSupport {

	@Test
	void importsGoodRowsRecordsBadOnesAndReimportsWithoutDuplicates() throws Exception {
		// given
		writeProjects(this.input.resolve("招远市签约项目.xlsx"),
				List.of(List.of("P-1", "金银珠宝加工项目", "2019-07-28", "夏甸镇", "深圳市梅朵珠宝有限公司", "黄金深加工", "1.5亿"),
						List.of("P-2", "柔性集成电路项目", "2019/7/28", "招远经济技术开发区", "某电子公司", "集成电路", "5000"),
						List.of("P-3", "日期坏了的项目", "七月底", "玲珑镇", "某公司", "新材料", "100")));
		// when
		Launch first = launch();
		Launch second = launch();
		// then
		assertThat(first.status()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(second.status()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(JdbcTestUtils.countRowsInTable(this.jdbc, "signed_project")).isEqualTo(2);
		Map<String, Object> gold = this.jdbc.queryForMap("SELECT * FROM signed_project WHERE project_id = 'P-1'");
		assertThat((BigDecimal) gold.get("AMOUNT_WAN")).isEqualByComparingTo("15000");
		assertThat(gold.get("REGION_CODE")).isEqualTo("370685108");
		assertThat(gold.get("INDUSTRY_CODE")).isEqualTo("JEW");
		Map<String, Object> reject = this.jdbc.queryForMap("SELECT * FROM ledger_reject");
		assertThat(reject.get("FILE_NAME")).isEqualTo("招远市签约项目.xlsx");
		assertThat(reject.get("SHEET_NAME")).isEqualTo("签约项目");
		assertThat(reject.get("ROW_NUMBER")).isEqualTo(6);
		assertThat(reject.get("COLUMN_NAME")).isEqualTo("签约日期");
		assertThat(reject.get("CELL_VALUE")).isEqualTo("七月底");
		assertThat(reject.get("REASON")).isEqualTo("日期无法识别：七月底");
		assertThat(reject.get("REASON_EN")).isEqualTo("date not recognised: 七月底");
		Map<String, Object> sheet = this.jdbc.queryForMap("SELECT * FROM ledger_sheet");
		assertThat(sheet.get("ROWS_READ")).isEqualTo(3);
		assertThat(sheet.get("ROWS_ACCEPTED")).isEqualTo(2);
		assertThat(sheet.get("ROWS_REJECTED")).isEqualTo(1);
	}

	@Test
	void aRowRejectedForAnotherCellKeepsTheMonthOfItsOwnDate() throws Exception {
		// given: a June project whose amount cannot be read, and one whose date cannot
		// (two
		// of four rows: under the reject limit)
		writeProjects(this.input.resolve("招远市签约项目.xlsx"),
				List.of(List.of("P-1", "金银珠宝加工项目", "2019-07-28", "夏甸镇", "深圳市梅朵珠宝有限公司", "黄金深加工", "1.5亿"),
						List.of("P-4", "柔性集成电路项目", "2019/7/28", "招远经济技术开发区", "某电子公司", "集成电路", "5000"),
						List.of("P-2", "金额坏了的项目", "2019-06-15", "玲珑镇", "某公司", "新材料", "很多"),
						List.of("P-3", "日期坏了的项目", "七月底", "玲珑镇", "某公司", "新材料", "100")));
		// when
		Launch launch = launch();
		// then: the report can place the first in June (issue 22); the second has no
		// month
		assertThat(launch.status()).isEqualTo(BatchStatus.COMPLETED);
		List<Map<String, Object>> rejects = this.jdbc
			.queryForList("SELECT column_name, row_month FROM ledger_reject ORDER BY row_number");
		assertThat(rejects).extracting((r) -> r.get("COLUMN_NAME")).containsExactly("协议投资额（万元）", "签约日期");
		assertThat(rejects).extracting((r) -> r.get("ROW_MONTH")).containsExactly("2019-06", null);
	}

	@Test
	void aBlankCountOrAmountIsStoredAsNullNeverZero() throws Exception {
		// given: an event without 参会企业数 (an empty and a blank-looking cell), a project
		// without 协议投资额 or 到位资金,
		// beside rows that give them, one of them a real zero
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet events = workbook.createSheet("招商活动");
			row(events, 0, "活动名称", "开始日期", "主办地区", "参会人数", "参会企业数");
			row(events, 1, "深圳推介会", "2019-07-28", "招远市", "200", "");
			row(events, 2, "长三角座谈会", "2019-07-07", "辛庄镇", "54人", "26家");
			row(events, 3, "网上洽谈会", "2019-07-23", "招远市", "0", " ");
			Sheet projects = workbook.createSheet("签约项目");
			row(projects, 0, "项目名称", "签约日期", "落地地区", "投资方", "所属产业", "协议投资额（万元）", "到位资金（万元）");
			row(projects, 1, "区域经济合作", "2019-07-28", "招远市", "深圳乐天成控股集团", "商贸", null, "");
			row(projects, 2, "柔性集成电路项目", "2019-07-28", "招远经济技术开发区", "某电子公司", "集成电路", "5亿", "0");
			write(workbook, this.input.resolve("招远市招商台账2019.xlsx"));
		}
		// when: imported twice, the second time with nothing changed
		launch();
		Launch again = launch();
		// then
		assertThat(again.status()).isEqualTo(BatchStatus.COMPLETED);
		Map<String, Object> conference = this.jdbc.queryForMap("SELECT * FROM promo_event WHERE name = '深圳推介会'");
		assertThat(conference.get("ATTENDEES")).isEqualTo(200);
		assertThat(conference.get("ENTERPRISES")).isNull();
		Map<String, Object> online = this.jdbc.queryForMap("SELECT * FROM promo_event WHERE name = '网上洽谈会'");
		assertThat(online.get("ATTENDEES")).isEqualTo(0);
		assertThat(online.get("ENTERPRISES")).isNull();
		assertThat(this.jdbc.queryForObject("SELECT enterprises FROM promo_event WHERE name = '长三角座谈会'", Integer.class))
			.isEqualTo(26);
		Map<String, Object> framework = this.jdbc.queryForMap("SELECT * FROM signed_project WHERE name = '区域经济合作'");
		assertThat(framework.get("AMOUNT_WAN")).isNull();
		assertThat(framework.get("FUNDS_ARRIVED_WAN")).isNull();
		Map<String, Object> circuit = this.jdbc.queryForMap("SELECT * FROM signed_project WHERE name = '柔性集成电路项目'");
		assertThat((BigDecimal) circuit.get("AMOUNT_WAN")).isEqualByComparingTo("50000");
		assertThat((BigDecimal) circuit.get("FUNDS_ARRIVED_WAN")).isEqualByComparingTo("0");
		// SUM leaves the NULLs out and COUNT(column) tells how many are unknown
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) - COUNT(enterprises) FROM promo_event", Long.class))
			.isEqualTo(2);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) - COUNT(amount_wan) FROM signed_project", Long.class))
			.isEqualTo(1);
	}

	@Test
	void aCorrectedLedgerUpdatesRowsInPlace() throws Exception {
		// given
		Path file = this.input.resolve("招远市签约项目.xlsx");
		writeProjects(file, List.of(List.of("P-1", "金银珠宝加工项目", "2019-07-28", "夏甸镇", "梅朵珠宝", "珠宝", "1亿")));
		launch();
		// when
		writeProjects(file, List.of(List.of("P-1", "金银珠宝加工项目", "2019-07-28", "夏甸镇", "梅朵珠宝", "珠宝", "2亿")));
		Launch corrected = launch();
		// then
		assertThat(corrected.status()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.jdbc.queryForObject("SELECT amount_wan FROM signed_project", BigDecimal.class))
			.isEqualByComparingTo("20000");
		assertThat(JdbcTestUtils.countRowsInTable(this.jdbc, "signed_project")).isEqualTo(1);
	}

	@Test
	void anUnreadableFileFailsTheRunButTheGoodFileBesideItIsStored() throws Exception {
		// given
		writeProjects(this.input.resolve("a-good.xlsx"),
				List.of(List.of("P-9", "环境水处理研发中心", "2019-07-28", "招远市", "某环保公司", "水处理", "800")));
		Files.writeString(this.input.resolve("b-broken.xlsx"), "not a zip at all");
		// when
		Launch execution = launch();
		// then
		assertThat(execution.status()).isEqualTo(BatchStatus.FAILED);
		assertThat(execution.problems()).singleElement()
			.satisfies((line) -> assertThat(line).startsWith("b-broken.xlsx："));
		assertThat(JdbcTestUtils.countRowsInTable(this.jdbc, "signed_project")).isEqualTo(1);
	}

}
