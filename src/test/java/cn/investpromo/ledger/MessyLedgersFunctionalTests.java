package cn.investpromo.ledger;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.jdbc.JdbcTestUtils;

import cn.investpromo.quality.SheetQuality;
import cn.investpromo.store.ReportQueries;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ledgers as bureaus send them, through the real import job: .xlsx and .xls with merged
 * titles, hidden columns, summary rows, formulas, numbers stored as text and full-width
 * spaces; LibreOffice-saved files; CSV in UTF-8 with a BOM and in GB18030. Each must give
 * the figures a clerk computes by hand.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:hsqldb:mem:messyledgers;shutdown=false",
		"investpromo.default-region=" })
class MessyLedgersFunctionalTests extends ImportJobTestSupport {

	private static final String CSV = """
			莱州市2019年签约项目台账,,,,,,,
			序号,项目名称,签约日期,落地地区,投资方,所属产业,协议投资额（亿元）,到位资金（万元）
			1,石材深加工项目,2019-07-05,沙河镇,某石材有限公司,新材料,1.2,3000
			2,海洋食品加工项目,2019/7/18,　城港路街道　,某食品公司,海产品深加工,0.8,
			3,智能装备项目,2019-07-30,不存在镇,某装备公司,智能制造,2,500
			合 计,,,,,,4,3500
			""";

	@Autowired
	ReportQueries reportQueries;

	@Test
	void aMessyXlsxReadsAsAClerkWouldReadIt() throws Exception {
		// given
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			messyProjects(workbook);
			write(workbook, this.input.resolve("招远市签约项目台账.xlsx"));
		}
		// when
		Launch launch = launch();
		// then
		assertMessyFigures(launch, "招远市签约项目台账.xlsx");
	}

	@Test
	void theSameMessyLedgerAsLegacyXlsReadsTheSame() throws Exception {
		// given
		try (HSSFWorkbook workbook = new HSSFWorkbook()) {
			messyProjects(workbook);
			write(workbook, this.input.resolve("招远市签约项目台账.xls"));
		}
		// when
		Launch launch = launch();
		// then
		assertMessyFigures(launch, "招远市签约项目台账.xls");
	}

	@Test
	void ledgersSavedByLibreOfficeAndCsvInBothEncodingsGiveTheSameFigures() throws Exception {
		// given: the same ledger four ways, in four county folders
		copyFixture("libreoffice-projects.xls", "xls/莱州市签约项目台账.xls");
		copyFixture("libreoffice-projects.xlsx", "xlsx/莱州市签约项目台账.xlsx");
		Files.createDirectories(this.input.resolve("gb"));
		Files.write(this.input.resolve("gb/莱州市签约项目台账.csv"), CSV.getBytes(Charset.forName("GB18030")));
		Files.createDirectories(this.input.resolve("bom"));
		byte[] utf8 = CSV.getBytes(StandardCharsets.UTF_8);
		byte[] withBom = new byte[utf8.length + 3];
		withBom[0] = (byte) 0xEF;
		withBom[1] = (byte) 0xBB;
		withBom[2] = (byte) 0xBF;
		System.arraycopy(utf8, 0, withBom, 3, utf8.length);
		Files.write(this.input.resolve("bom/莱州市签约项目台账.csv"), withBom);
		// when
		Launch launch = launch();
		// then: the same key in every file, so the four files update the same two
		// projects
		assertThat(launch.status()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(JdbcTestUtils.countRowsInTable(this.jdbc, "signed_project")).isEqualTo(2);
		assertThat(this.jdbc.queryForObject("SELECT SUM(amount_wan) FROM signed_project", BigDecimal.class))
			.isEqualByComparingTo("20000");
		assertThat(this.jdbc.queryForObject("SELECT SUM(funds_arrived_wan) FROM signed_project", BigDecimal.class))
			.isEqualByComparingTo("3000");
		assertThat(this.jdbc.queryForList("SELECT region_code FROM signed_project ORDER BY signed_date", String.class))
			.allMatch((code) -> code.startsWith("370683"));
		for (String file : List.of("xls/莱州市签约项目台账.xls", "xlsx/莱州市签约项目台账.xlsx", "gb/莱州市签约项目台账.csv",
				"bom/莱州市签约项目台账.csv")) {
			SheetQuality sheet = this.reportQueries.sheets()
				.stream()
				.filter((quality) -> quality.file().equals(file))
				.findFirst()
				.orElseThrow();
			assertThat(sheet.read()).as(file).isEqualTo(3);
			assertThat(sheet.accepted()).as(file).isEqualTo(2);
			assertThat(sheet.rejected()).as(file).isEqualTo(1);
			assertThat(sheet.summaryRows()).as(file).isEqualTo(1);
			Map<String, Object> reject = this.jdbc.queryForMap("SELECT * FROM ledger_reject WHERE file_name = ?", file);
			assertThat(reject.get("ROW_NUMBER")).as(file).isEqualTo(5);
			assertThat(reject.get("COLUMN_NAME")).as(file).isEqualTo("落地地区");
			assertThat(reject.get("CELL_VALUE")).as(file).isEqualTo("不存在镇");
		}
	}

	@Test
	void reimportingUnchangedLedgersChangesNothingAndAChangedRowAloneIsUpdated() throws Exception {
		// given
		Path file = this.input.resolve("招远市签约项目台账.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			messyProjects(workbook);
			write(workbook, file);
		}
		launch();
		List<Map<String, Object>> before = snapshot();
		// when: the same file again, then the file with one amount corrected
		Launch unchanged = launch();
		List<Map<String, Object>> afterUnchanged = snapshot();
		Thread.sleep(20); // a later timestamp, were anything touched
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			messyProjects(workbook);
			workbook.getSheetAt(0).getRow(3).getCell(7).setCellValue("2亿"); // P-1
			write(workbook, file);
		}
		Launch corrected = launch();
		// then
		assertThat(unchanged.status()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(afterUnchanged).isEqualTo(before);
		assertThat(corrected.status()).isEqualTo(BatchStatus.COMPLETED);
		List<Map<String, Object>> afterCorrection = snapshot();
		assertThat(afterCorrection).hasSize(before.size());
		for (int i = 0; i < 3; i++) { // the three projects, then the sheet row
			boolean isCorrected = "P-1".equals(before.get(i).get("PROJECT_ID"));
			assertThat(afterCorrection.get(i).get("UPDATED_AT").equals(before.get(i).get("UPDATED_AT")))
				.as("updated_at of %s", before.get(i).get("PROJECT_ID"))
				.isEqualTo(!isCorrected);
		}
		assertThat(this.jdbc.queryForObject("SELECT amount_wan FROM signed_project WHERE project_id = 'P-1'",
				BigDecimal.class))
			.isEqualByComparingTo("20000");
	}

	private List<Map<String, Object>> snapshot() {
		List<Map<String, Object>> rows = this.jdbc.queryForList("SELECT * FROM signed_project ORDER BY project_key");
		rows.addAll(this.jdbc.queryForList("""
				SELECT file_name, sheet_name, rows_read, summary_rows, imported_at FROM ledger_sheet
				ORDER BY file_name, sheet_name"""));
		return rows;
	}

	/**
	 * 招远市 projects with: a merged title, a hidden column whose header would otherwise
	 * win, full-width spaces, an Excel date, a number stored as text, a formula with its
	 * cached result, a blank row, 小计 and 合 计 rows.
	 */
	private static void messyProjects(Workbook workbook) {
		CellStyle dateStyle = workbook.createCellStyle();
		dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy/m/d"));
		Sheet sheet = workbook.createSheet("签约项目");
		sheet.createRow(0).createCell(0).setCellValue("招远市2019年7月签约项目台账");
		sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 7));
		row(sheet, 2, "项目编号", "项目名称", "签约日期", "落地地区", "投资方", "所属产业", "投资额", "　协议投资额（万元）　");
		sheet.setColumnHidden(6, true); // an old column the clerk hid: values in 元, never
										// to be read
		row(sheet, 3, "P-1", "金银珠宝加工项目", null, "　夏甸镇　", "深圳市梅朵珠宝有限公司", "黄金深加工", "150000000", "1.5亿");
		sheet.getRow(3).createCell(2).setCellValue(LocalDate.of(2019, 7, 28));
		sheet.getRow(3).getCell(2).setCellStyle(dateStyle);
		row(sheet, 4, "P-2", "柔性集成电路项目", "2019年7月28日", "招远经济技术开发区", "某电子公司", "集成电路", "x", "5000");
		// row 6 (index 5) blank
		row(sheet, 6, "P-3", "尾矿综合利用项目", "2019.7.30", "玲珑镇", "某环保公司", "尾矿", "x", null);
		sheet.getRow(6).createCell(7).setCellFormula("1000+2000");
		row(sheet, 7, "小计：", null, null, null, null, null, null, "23000");
		row(sheet, 8, null, "合 计", null, null, null, null, null, "23000");
		workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
	}

	private void assertMessyFigures(Launch launch, String file) {
		assertThat(launch.status()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.jdbc.queryForList("SELECT project_id FROM signed_project ORDER BY project_id", String.class))
			.containsExactly("P-1", "P-2", "P-3");
		assertThat(this.jdbc.queryForObject("SELECT SUM(amount_wan) FROM signed_project", BigDecimal.class))
			.isEqualByComparingTo("23000");
		Map<String, Object> gold = this.jdbc.queryForMap("SELECT * FROM signed_project WHERE project_id = 'P-1'");
		assertThat(gold.get("SIGNED_DATE").toString()).isEqualTo("2019-07-28");
		assertThat(gold.get("REGION_CODE")).isEqualTo("370685108");
		assertThat(gold.get("INDUSTRY_CODE")).isEqualTo("JEW");
		assertThat(this.jdbc.queryForObject("SELECT region_code FROM signed_project WHERE project_id = 'P-2'",
				String.class))
			.isEqualTo("370685Z01");
		assertThat(this.jdbc.queryForObject("SELECT amount_wan FROM signed_project WHERE project_id = 'P-3'",
				BigDecimal.class))
			.isEqualByComparingTo("3000");
		Map<String, Object> sheet = this.jdbc.queryForMap("SELECT * FROM ledger_sheet WHERE file_name = ?", file);
		assertThat(sheet.get("ROWS_READ")).isEqualTo(3);
		assertThat(sheet.get("ROWS_REJECTED")).isEqualTo(0);
		assertThat(sheet.get("SUMMARY_ROWS")).isEqualTo(2);
	}

	private void copyFixture(String name, String target) throws Exception {
		Path file = this.input.resolve(target);
		Files.createDirectories(file.getParent());
		try (InputStream in = getClass().getResourceAsStream("/ledger/" + name)) {
			Files.copy(in, file);
		}
	}

}
