package cn.investpromo.job;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The monthly job of SPEC §4: import, then report, as one job with two parts, each a step
 * that launches the import job or the report job ({@link MonthlyParts}). A monthly run
 * that failed or stopped is restarted by {@link MonthlyLauncher}: a part that completed
 * is not repeated, an unfinished one resumes (the import from its last committed chunk).
 */
@Configuration(proxyBeanMethods = false)
public class MonthlyJobConfiguration {

	public static final String JOB_NAME = "monthlyJob";

	/** The monthly job's parts, in order. */
	public static final String IMPORT_PART = MonthlyParts.IMPORT;

	public static final String REPORT_PART = MonthlyParts.REPORT;

	/** Where a part of the monthly job keeps the id of the execution it launched. */
	public static final String PART_EXECUTION = MonthlyParts.PART_EXECUTION;

	@Bean
	Step monthlyImportPart(JobRepository jobRepository, MonthlyParts monthlyParts) {
		return new LaunchingStep(IMPORT_PART, jobRepository, monthlyParts::importPart);
	}

	@Bean
	Step monthlyReportPart(JobRepository jobRepository, MonthlyParts monthlyParts) {
		return new LaunchingStep(REPORT_PART, jobRepository, monthlyParts::reportPart);
	}

	@Bean
	Job monthlyJob(JobRepository jobRepository, Step monthlyImportPart, Step monthlyReportPart) {
		return new JobBuilder(JOB_NAME, jobRepository).start(monthlyImportPart).next(monthlyReportPart).build();
	}

}
