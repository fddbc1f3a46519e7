package cn.investpromo.ledger;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.jdbc.JdbcTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The funds ledger (SPEC §2.7, issue 21) through the real import job: recognised beside a
 * projects ledger with a 到位资金 column, read with a clerk's habits, linked by id and by
 * name, its blank sources derived, bad rows rejected, re-imported without duplicates, and
 * linked whichever ledger comes first.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:hsqldb:mem:fundsledger;shutdown=false",
		"investpromo.default-region=" })
class FundsLedgerFunctionalTests extends ImportJobTestSupport {

	static final List<String> PROJECT_COLUMNS = List.of("项目编号", "项目名称", "签约日期", "落地地区", "投资方", "投资方所在地", "所属产业",
			"协议投资额（万元）", "到位资金（万元）", "投资方国别");

	/** Five projects of 招远市, one from each kind of origin. */
	static final List<List<Object>> PROJECTS = List.of(
			List.of("P-1", "金银珠宝加工项目", "2019-03-01", "夏甸镇", "深圳市梅朵珠宝有限公司", "广东省深圳市", "黄金深加工", "15000", "900", ""),
			List.of("P-2", "柔性集成电路项目", "2019-03-02", "招远经济技术开发区", "烟台某电子有限公司", "烟台市", "集成电路", "5000", "300", ""),
			List.of("", "海洋食品加工项目", "2019-04-01", "玲珑镇", "济南某食品有限公司", "济南市", "海洋食品", "3000", "", ""),
			List.of("", "新材料项目", "2019-05-01", "辛庄镇", "某新材料公司", "", "新材料", "2000", "", ""),
			List.of("", "港资物流项目", "2019-05-02", "金岭镇", "香港某物流有限公司", "香港", "现代物流", "8000", "", ""),
			List.of("", "新加坡独资食品项目", "2019-06-01", "金岭镇", "新加坡某食品私人有限公司", "", "食品", "6000", "", "新加坡"));

	static final List<String> FUND_COLUMNS = List.of("序号", "项目编号", "项目名称", "签约日期", "落地地区", "到位月份", "本月到位（万元）", "币种",
			"资金来源", "备注");

	/**
	 * Arrivals with a clerk's habits: a month as text in three forms and as a date cell,
	 * an amount with its own unit, dollars, a written source, an unknown project, and two
	 * bad rows.
	 */
	static final List<List<Object>> ARRIVALS = List.of(
			List.of("1", "P-1", "金银珠宝加工项目", "", "", "2019-06", "500", "", "", ""),
			List.of("2", "P-1", "金银珠宝加工项目", "", "", "2019年7月", "300", "", "", ""),
			List.of("3", "", "柔性集成电路项目", "", "招远经济技术开发区", "2019.7", "0.02亿", "", "", ""),
			List.of("4", "", "海洋食品加工项目", "", "", LocalDate.of(2019, 7, 15), "100", "", "", ""),
			List.of("5", "", "新材料项目", "", "辛庄镇", "2019-07", "50", "", "", ""),
			List.of("6", "", "港资物流项目", "", "", "2019-07", "10", "美元", "", ""),
			List.of("7", "", "不存在的项目", "", "玲珑镇", "2019-07", "40", "", "省外", ""),
			List.of("8", "P-2", "柔性集成电路项目", "", "", "2019-06", "100", "", "省外", "投资方的上海母公司出资"),
			List.of("9", "P-1", "金银珠宝加工项目", "", "", "2019-08", "很多", "", "", ""),
			List.of("10", "P-1", "金银珠宝加工项目", "", "", "2019年13月", "100", "", "", ""),
			List.of("11", "", "新加坡独资食品项目", "", "", "2019-07", "70", "", "", ""));

	@BeforeEach
	void emptyArrivals() {
		JdbcTestUtils.deleteFromTables(this.jdbc, "fund_arrival");
	}

	@Test
	void readsLinksAndDerivesTheFundsLedger() throws Exception {
		// given
		writeLedger(this.input.resolve("招远市签约项目台账.xlsx"), "签约项目", PROJECT_COLUMNS, PROJECTS);
		writeLedger(this.input.resolve("招远市到位资金台账.xlsx"), "到位资金", FUND_COLUMNS, ARRIVALS);
		// when
		Launch launch = launch();
		// then
		assertThat(launch.status()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.jdbc.queryForList("SELECT file_name || ':' || kind FROM ledger_sheet ORDER BY 1", String.class))
			.containsExactly("招远市到位资金台账.xlsx:funds", "招远市签约项目台账.xlsx:projects");
		assertThat(JdbcTestUtils.countRowsInTable(this.jdbc, "fund_arrival")).isEqualTo(9);
		// 境外 from the project's 投资方国别 (issue 21, contract 1)
		assertThat(arrival(11)).containsEntry("SOURCE", "FOREIGN");
		assertThat((BigDecimal) arrival(11).get("USD_WAN")).isEqualByComparingTo("10");
		assertThat(arrival(1)).containsEntry("ARRIVAL_DATE", java.sql.Date.valueOf("2019-06-01"))
			.containsEntry("MONTH_ONLY", true)
			.containsEntry("SOURCE", "OUT_OF_PROVINCE")
			.containsEntry("REGION_CODE", "370685108");
		assertThat(arrival(1).get("PROJECT_KEY")).isEqualTo("ID|P-1");
		assertThat(arrival(3)).containsEntry("SOURCE", "IN_CITY")
			.containsEntry("ARRIVAL_DATE", java.sql.Date.valueOf("2019-07-01"));
		assertThat((BigDecimal) arrival(3).get("AMOUNT_WAN")).isEqualByComparingTo("200");
		assertThat(arrival(3).get("PROJECT_KEY")).isEqualTo("ID|P-2");
		assertThat(arrival(4)).containsEntry("SOURCE", "IN_PROVINCE")
			.containsEntry("ARRIVAL_DATE", java.sql.Date.valueOf("2019-07-01"));
		assertThat((String) arrival(4).get("PROJECT_KEY")).startsWith("K|海洋食品加工项目");
		assertThat(arrival(5)).containsEntry("SOURCE", "UNKNOWN");
		assertThat(arrival(6)).containsEntry("SOURCE", "FOREIGN").containsEntry("CURRENCY", "USD");
		assertThat((BigDecimal) arrival(6).get("AMOUNT_WAN")).isEqualByComparingTo("70");
		assertThat((BigDecimal) arrival(6).get("USD_WAN")).isEqualByComparingTo("10");
		assertThat(arrival(7)).containsEntry("SOURCE", "OUT_OF_PROVINCE").containsEntry("PROJECT_KEY", null);
		assertThat(arrival(8)).containsEntry("SOURCE", "OUT_OF_PROVINCE").containsEntry("USD_WAN", null);
		assertThat(this.jdbc.queryForList(
				"SELECT row_number || ' ' || column_name || ' ' || reason FROM ledger_reject ORDER BY row_number",
				String.class))
			.containsExactly("12 本月到位（万元） 金额无法识别：很多", "13 到位月份 日期不存在：2019年13月");
	}

	@Test
	void reimportingTheSameOrACorrectedLedgerNeverDuplicates() throws Exception {
		// given
		writeLedger(this.input.resolve("招远市签约项目台账.xlsx"), "签约项目", PROJECT_COLUMNS, PROJECTS);
		Path funds = this.input.resolve("招远市到位资金台账.xlsx");
		writeLedger(funds, "到位资金", FUND_COLUMNS, ARRIVALS);
		launch();
		// when: the same file again, then with row 2's amount corrected and row 8 deleted
		launch();
		List<List<Object>> corrected = new java.util.ArrayList<>(ARRIVALS.subList(0, 7));
		corrected.set(1, List.of("2", "P-1", "金银珠宝加工项目", "", "", "2019年7月", "350", "", "", ""));
		writeLedger(funds, "到位资金", FUND_COLUMNS, corrected);
		Launch last = launch();
		// then
		assertThat(last.status()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(JdbcTestUtils.countRowsInTable(this.jdbc, "fund_arrival")).isEqualTo(7);
		assertThat(this.jdbc.queryForObject("SELECT SUM(amount_wan) FROM fund_arrival", BigDecimal.class))
			.isEqualByComparingTo("1310"); // 500 + 350 + 200 + 100 + 50 + 70 + 40
	}

	@Test
	void arrivalsImportedBeforeTheirProjectsLinkOnceTheProjectsCome() throws Exception {
		// given
		writeLedger(this.input.resolve("招远市到位资金台账.xlsx"), "到位资金", FUND_COLUMNS, ARRIVALS);
		launch();
		assertThat(this.jdbc.queryForObject("SELECT COUNT(project_key) FROM fund_arrival", Long.class)).isZero();
		// when
		writeLedger(this.input.resolve("招远市签约项目台账.xlsx"), "签约项目", PROJECT_COLUMNS, PROJECTS);
		launch();
		// then
		assertThat(this.jdbc.queryForObject("SELECT COUNT(project_key) FROM fund_arrival", Long.class)).isEqualTo(8);
		assertThat(arrival(6)).containsEntry("SOURCE", "FOREIGN");
		assertThat(arrival(1)).containsEntry("REGION_CODE", "370685108");
	}

	@Test
	void anArrivalOfNoKnownProjectAndNoRegionLandsInTheRegionTheLedgerIsNamedFor() throws Exception {
		// given: no default region; the file is 招远市's
		writeLedger(this.input.resolve("招远市到位资金台账.xlsx"), "到位资金", FUND_COLUMNS,
				List.of(List.of("1", "", "无名项目", "", "", "2019-07", "50", "", "", "")));
		// when
		launch();
		// then: kept, unlinked, and counted in 招远市 rather than in no region at all
		assertThat(arrival(1)).containsEntry("REGION_CODE", "370685").containsEntry("PROJECT_KEY", null);
	}

	private Map<String, Object> arrival(int serial) {
		return this.jdbc.queryForMap("SELECT * FROM fund_arrival WHERE source_row = ?", serial + 3);
	}

	/**
	 * A one-sheet ledger: a title row, a blank row, the header in row 3, then the rows (a
	 * date as a date cell, the rest as text).
	 */
	static void writeLedger(Path file, String sheetName, List<String> headers, List<List<Object>> rows)
			throws Exception {
		Files.deleteIfExists(file);
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet(sheetName);
			sheet.createRow(0).createCell(0).setCellValue("招远市" + sheetName + "台账");
			row(sheet, 2, headers.toArray(String[]::new));
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(3 + r);
				List<Object> cells = rows.get(r);
				for (int c = 0; c < cells.size(); c++) {
					if (cells.get(c) instanceof LocalDate day) {
						row.createCell(c).setCellValue(day);
						row.getCell(c).setCellStyle(date);
					}
					else if (!"".equals(cells.get(c))) {
						row.createCell(c).setCellValue(cells.get(c).toString());
					}
				}
			}
			write(workbook, file);
		}
	}

}
