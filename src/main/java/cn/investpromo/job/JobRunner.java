package cn.investpromo.job;

import java.nio.file.Path;
import java.time.YearMonth;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

import cn.investpromo.region.Region;
import cn.investpromo.report.Period;
import cn.investpromo.report.ReportLanguage;
import cn.investpromo.system.InvestpromoProperties;

/**
 * Runs the jobs one at a time: every launch first takes the {@link RunLock}, and the
 * launchers recover executions a dead process left marked as running, so that "the same
 * command again" restarts a crashed run where its last committed chunk ended (SPEC §4). A
 * signal stops the job this process runs.
 */
@Component
public class JobRunner {

	private final JobRepository jobRepository;

	private final RunLock runLock;

	private final ImportLauncher importLauncher;

	private final ReportLauncher reportLauncher;

	private final MonthlyLauncher monthlyLauncher;

	private final EachLauncher eachLauncher;

	private final InvestpromoProperties properties;

	private volatile boolean running;

	JobRunner(JobRepository jobRepository, RunLock runLock, ImportLauncher importLauncher,
			ReportLauncher reportLauncher, MonthlyLauncher monthlyLauncher, EachLauncher eachLauncher,
			InvestpromoProperties properties) {
		this.jobRepository = jobRepository;
		this.runLock = runLock;
		this.importLauncher = importLauncher;
		this.reportLauncher = reportLauncher;
		this.monthlyLauncher = monthlyLauncher;
		this.eachLauncher = eachLauncher;
		this.properties = properties;
	}

	/**
	 * Imports every ledger under {@code input} (a folder, or one ledger file). An
	 * unfinished import of the same input over the same files is restarted from its last
	 * committed chunk; otherwise a new instance starts.
	 */
	public ImportResult runImport(Path input) throws Exception {
		begin();
		try {
			return this.importLauncher
				.launch(input, this.properties.outputDir(), ReportLanguage.parse(this.properties.language()))
				.outcome();
		}
		finally {
			end();
		}
	}

	/**
	 * Writes the report, unless one for this month, scope and language was written from
	 * the same data.
	 */
	public ReportOutcome runReport(YearMonth month, Region scope, ReportLanguage language, Path outputDir,
			boolean rerun) throws Exception {
		return runReport(Period.month(month), scope, language, outputDir, rerun);
	}

	/**
	 * Writes the report of a month, quarter, half-year or year, unless one for this
	 * period, scope and language was written from the same data. A month is identified as
	 * {@code month=2019-07} as it always was, any other period as {@code period=2019-Q3}.
	 */
	public ReportOutcome runReport(Period period, Region scope, ReportLanguage language, Path outputDir, boolean rerun)
			throws Exception {
		begin();
		try {
			return this.reportLauncher.launch(period, scope, language, outputDir, rerun).outcome();
		}
		finally {
			end();
		}
	}

	/**
	 * The scope's report and one for every unit below it with figures in the period
	 * (issue 23), one partition per unit: a failed unit fails the run, and the same call
	 * again writes only the units that did not complete.
	 */
	public EachOutcome runEach(Period period, Region scope, ReportLanguage language, Path outputDir, EachLevel level,
			boolean rerun) throws Exception {
		begin();
		try {
			return this.eachLauncher.launch(period, scope, language, outputDir, level, rerun);
		}
		finally {
			end();
		}
	}

	/**
	 * The monthly job of SPEC §4 ({@link MonthlyJobConfiguration}): a monthly run for the
	 * same month, scope and language that failed or stopped is restarted, a part that
	 * completed is not repeated.
	 */
	public MonthlyOutcome runMonthly(Path input, Period period, Region scope, ReportLanguage language, Path outputDir,
			boolean rerun) throws Exception {
		begin();
		try {
			return this.monthlyLauncher.launch(input, period, scope, language, outputDir, rerun);
		}
		finally {
			end();
		}
	}

	/**
	 * Asks the job this process is running, if any, to stop at its next chunk boundary
	 * (SIGTERM); it ends STOPPED, and the same command restarts it later.
	 * <p>
	 * Only the job execution is marked STOPPING; the step's own thread sees that when it
	 * saves its next chunk and stops there. {@code JobOperator.stop} is not used from
	 * this thread: in Batch 6.0 it also saves a copy of the running step execution
	 * (racing the step's own saves) and releases the step scope, which closes the running
	 * step's reader under it (spring-batch#5308).
	 */
	public void stopRunning() {
		if (this.running) {
			RunningJobs.stop(this.jobRepository);
		}
	}

	private void begin() throws Exception {
		this.runLock.acquire();
		this.running = true;
	}

	private void end() {
		this.running = false;
		this.runLock.release();
	}

}
