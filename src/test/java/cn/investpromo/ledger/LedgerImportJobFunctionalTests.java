package cn.investpromo.ledger;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.JobRepositoryTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.jdbc.JdbcTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** The import job on small ledgers built here: real .xlsx files, real HSQLDB, the real job. */
@SpringBatchTest
@SpringBootTest(properties = { "spring.datasource.url=jdbc:hsqldb:mem:importjob;shutdown=false",
		"investpromo.default-region=" })
class LedgerImportJobFunctionalTests {

	@Autowired
	JobOperatorTestUtils jobOperatorTestUtils;

	@Autowired
	JobRepositoryTestUtils jobRepositoryTestUtils;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path input;

	private int launches;

	@BeforeEach
	void setUp(@Autowired @Qualifier("ledgerImportJob") Job ledgerImportJob) {
		this.jobOperatorTestUtils.setJob(ledgerImportJob);
		JdbcTestUtils.deleteFromTables(this.jdbc, "promo_event", "signed_project", "ledger_sheet", "ledger_reject");
	}

	@AfterEach
	void tearDown() {
		this.jobRepositoryTestUtils.removeJobExecutions();
	}

	@Test
	void importsGoodRowsRecordsBadOnesAndReimportsWithoutDuplicates() throws Exception {
		// given
		writeProjects(this.input.resolve("招远市签约项目.xlsx"), List.of(
				List.of("P-1", "金银珠宝加工项目", "2019-07-28", "夏甸镇", "深圳市梅朵珠宝有限公司", "黄金深加工", "1.5亿"),
				List.of("P-2", "柔性集成电路项目", "2019/7/28", "招远经济技术开发区", "某电子公司", "集成电路", "5000"),
				List.of("P-3", "日期坏了的项目", "七月底", "玲珑镇", "某公司", "新材料", "100")));
		// when
		Launch first = launch(this.input);
		Launch second = launch(this.input);
		// then
		assertThat(first.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(second.getStatus()).isEqualTo(BatchStatus.COMPLETED);
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
		Map<String, Object> sheet = this.jdbc.queryForMap("SELECT * FROM ledger_sheet");
		assertThat(sheet.get("ROWS_READ")).isEqualTo(3);
		assertThat(sheet.get("ROWS_ACCEPTED")).isEqualTo(2);
		assertThat(sheet.get("ROWS_REJECTED")).isEqualTo(1);
	}

	@Test
	void aCorrectedLedgerUpdatesRowsInPlace() throws Exception {
		// given
		Path file = this.input.resolve("招远市签约项目.xlsx");
		writeProjects(file, List.of(List.of("P-1", "金银珠宝加工项目", "2019-07-28", "夏甸镇", "梅朵珠宝", "珠宝", "1亿")));
		launch(this.input);
		// when
		writeProjects(file, List.of(List.of("P-1", "金银珠宝加工项目", "2019-07-28", "夏甸镇", "梅朵珠宝", "珠宝", "2亿")));
		Launch corrected = launch(this.input);
		// then
		assertThat(corrected.getStatus()).isEqualTo(BatchStatus.COMPLETED);
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
		Launch execution = launch(this.input);
		// then
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(execution.getAllFailureExceptions()).singleElement()
			.satisfies((ex) -> assertThat(ex.getMessage()).startsWith("b-broken.xlsx："));
		assertThat(JdbcTestUtils.countRowsInTable(this.jdbc, "signed_project")).isEqualTo(1);
	}

	// wrapped: @SpringBatchTest takes any method returning JobExecution for a job-scope factory
	private Launch launch(Path folder) throws Exception {
		JobParameters parameters = new JobParametersBuilder()
			.addString(LedgerImportJobConfiguration.INPUT_PARAMETER, folder.toString())
			.addLong("launch", (long) ++this.launches)
			.toJobParameters();
		return new Launch(this.jobOperatorTestUtils.startJob(parameters));
	}

	record Launch(JobExecution execution) {

		BatchStatus getStatus() {
			return this.execution.getStatus();
		}

		List<Throwable> getAllFailureExceptions() {
			return this.execution.getAllFailureExceptions();
		}

	}

	private static void writeProjects(Path file, List<List<String>> rows) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("签约项目");
			sheet.createRow(0).createCell(0).setCellValue("招远市签约项目台账");
			Row header = sheet.createRow(2);
			List<String> headers = List.of("项目编号", "项目名称", "签约日期", "落地地区", "投资方", "所属产业", "协议投资额（万元）");
			for (int i = 0; i < headers.size(); i++) {
				header.createCell(i).setCellValue(headers.get(i));
			}
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(3 + r);
				for (int i = 0; i < rows.get(r).size(); i++) {
					row.createCell(i).setCellValue(rows.get(r).get(i));
				}
			}
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
	}

}
