package cn.investpromo.ledger;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.JobRepositoryTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.jdbc.JdbcTestUtils;

/**
 * What the import job's functional tests share: the real job launched on a temporary
 * input folder, ledger tables emptied before each test, and small ledgers written with
 * POI. Each subclass names its own in-memory database.
 */
@SpringBatchTest
abstract class ImportJobTestSupport {

	/** The 招远市 signed-projects columns of {@link #projects}. */
	static final List<String> PROJECT_HEADERS = List.of("项目编号", "项目名称", "签约日期", "落地地区", "投资方", "所属产业", "协议投资额（万元）");

	@Autowired
	JobOperatorTestUtils jobOperatorTestUtils;

	@Autowired
	JobRepositoryTestUtils jobRepositoryTestUtils;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path input;

	private long launches;

	@BeforeEach
	void emptyLedgerTables(@Autowired @Qualifier("ledgerImportJob") Job ledgerImportJob) {
		this.jobOperatorTestUtils.setJob(ledgerImportJob);
		JdbcTestUtils.deleteFromTables(this.jdbc, "promo_event", "signed_project", "ledger_sheet", "ledger_reject",
				"ledger_file", "user_region", "industry_keyword", "annual_target");
	}

	@AfterEach
	void removeJobExecutions() {
		this.jobRepositoryTestUtils.removeJobExecutions();
	}

	/**
	 * Runs the import job on the input folder as a new job instance; wrapped in a
	 * {@link Launch} because {@code @SpringBatchTest} takes any method returning
	 * {@code JobExecution} for a job-scope factory.
	 */
	Launch launch() throws Exception {
		return new Launch(this.jobOperatorTestUtils.startJob(new JobParametersBuilder()
			.addString(LedgerImportJobConfiguration.INPUT_PARAMETER, this.input.toString())
			.addLong("launch", ++this.launches)
			.toJobParameters()));
	}

	/** One run of the import job. */
	record Launch(JobExecution execution) {

		BatchStatus status() {
			return this.execution.getStatus();
		}

		/**
		 * Why the run failed, a line each: exception messages, and the import check's
		 * exit description.
		 */
		List<String> problems() {
			List<String> problems = new ArrayList<>();
			this.execution.getAllFailureExceptions().forEach((ex) -> problems.add(ex.getMessage()));
			if (this.execution.getStatus() == BatchStatus.FAILED
					&& !this.execution.getExitStatus().getExitDescription().isBlank()) {
				problems.addAll(this.execution.getExitStatus().getExitDescription().lines().toList());
			}
			return problems;
		}

	}

	/** Writes a one-sheet .xlsx of 招远市 signed projects: see {@link #projects}. */
	static void writeProjects(Path file, List<List<String>> rows) throws IOException {
		try (XSSFWorkbook workbook = projects(new XSSFWorkbook(), rows)) {
			write(workbook, file);
		}
	}

	/**
	 * A 签约项目 sheet: a title row, a blank row, {@link #PROJECT_HEADERS} in row 3, then the
	 * rows as text.
	 */
	static <W extends Workbook> W projects(W workbook, List<List<String>> rows) {
		Sheet sheet = workbook.createSheet("签约项目");
		sheet.createRow(0).createCell(0).setCellValue("招远市签约项目台账");
		row(sheet, 2, PROJECT_HEADERS.toArray(String[]::new));
		for (int r = 0; r < rows.size(); r++) {
			row(sheet, 3 + r, rows.get(r).toArray(String[]::new));
		}
		return workbook;
	}

	/** A row of text cells; a null leaves its cell out. */
	static void row(Sheet sheet, int index, String... cells) {
		Row row = sheet.createRow(index);
		for (int i = 0; i < cells.length; i++) {
			if (cells[i] != null) {
				row.createCell(i).setCellValue(cells[i]);
			}
		}
	}

	static void write(Workbook workbook, Path file) throws IOException {
		try (OutputStream out = Files.newOutputStream(file)) {
			workbook.write(out);
		}
	}

}
