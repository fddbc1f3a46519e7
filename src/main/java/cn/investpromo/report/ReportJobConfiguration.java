package cn.investpromo.report;

import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.transaction.PlatformTransactionManager;

import cn.investpromo.region.RegionCatalog;
import cn.investpromo.report.excel.WorkbookRenderer;
import cn.investpromo.report.json.JsonReportRenderer;
import cn.investpromo.report.pdf.CjkFont;
import cn.investpromo.report.pdf.PdfReportRenderer;
import cn.investpromo.store.RegionPaths;
import cn.investpromo.store.ReportQueries;
import cn.investpromo.system.InvestpromoProperties;
import cn.investpromo.system.ReferenceData;

/**
 * The report job (SPEC §4, §5): one model for a period (a month, quarter, half-year or
 * year) and a scope, written as JSON, Excel and PDF in three steps, so that a failed step
 * reruns alone on restart.
 */
@Configuration(proxyBeanMethods = false)
public class ReportJobConfiguration {

	public static final String JOB_NAME = "monthlyReportJob";

	/**
	 * Identifying parameters: the month (yyyy-MM) of a monthly report, or the period
	 * (2019-Q3, 2019-H1, 2019) of any other; the scope's region code and the language.
	 */
	public static final String MONTH = "month";

	public static final String PERIOD = "period";

	public static final String SCOPE = "scope";

	public static final String LANGUAGE = "lang";

	/**
	 * Identifying only when {@code --rerun} asks for a fresh run of a completed report.
	 */
	public static final String RERUN = "rerun";

	/** Not identifying: where the files go. */
	public static final String OUTPUT = "out";

	@Bean
	@JobScope
	MonthlyReport monthlyReport(@Value("#{jobParameters['" + MONTH + "']}") @Nullable String month,
			@Value("#{jobParameters['" + PERIOD + "']}") @Nullable String period,
			@Value("#{jobParameters['" + SCOPE + "']}") String scope,
			@Value("#{jobParameters['" + LANGUAGE + "']}") String language,
			@Value("#{jobParameters['" + OUTPUT + "']}") String output, ReportQueries queries, RegionPaths regionPaths,
			ReferenceData referenceData, InvestpromoProperties properties, Clock clock) {
		return report(period(month, period), scope, ReportLanguage.parse(language), Path.of(output), queries,
				regionPaths, referenceData, properties, clock);
	}

	/**
	 * The report of one period, scope and language, as the report job writes it; also
	 * what each unit's partition of {@code report --each} writes, so both are the same.
	 */
	public static MonthlyReport report(Period period, String scopeCode, ReportLanguage language, Path output,
			ReportQueries queries, RegionPaths regionPaths, ReferenceData referenceData,
			InvestpromoProperties properties, Clock clock) {
		// the catalog and taxonomy as extended by imported regions and industries sheets
		// (SPEC §2.3)
		RegionCatalog regions = referenceData.regions();
		return new MonthlyReport(period, scopeCode, language, output, regions, regionPaths,
				new ReportModelBuilder(regions, referenceData.industries(), properties.amountBandsYi(), queries,
						RiseColour.parse(properties.report().riseColour()), properties.report().minReportingShare(),
						properties.report().pipelineStaleDays()),
				clock);
	}

	/**
	 * Today, as reports and the command line read it (a period not over yet, or not
	 * begun): the system clock in the bureaus' time zone; tests replace it with a fixed
	 * one.
	 */
	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.system(MonthlyReport.ZONE);
	}

	/**
	 * The report's period from its job parameters: {@code month} for a monthly report,
	 * else {@code period}.
	 */
	public static Period period(@Nullable String month, @Nullable String period) {
		return (month != null) ? Period.month(YearMonth.parse(month)) : Period.parse(String.valueOf(period));
	}

	@Bean
	JsonReportRenderer jsonReportRenderer() {
		return new JsonReportRenderer();
	}

	@Bean
	WorkbookRenderer workbookRenderer() {
		return new WorkbookRenderer();
	}

	// lazy: reading the 5 MB font into OpenPDF and AWT is about a second of every start,
	// and only a report's PDF
	// step needs it (import, history, deliver never do)
	@Bean
	@Lazy
	CjkFont cjkFont() {
		return new CjkFont();
	}

	@Bean
	@Lazy
	PdfReportRenderer pdfReportRenderer(CjkFont cjkFont) {
		return new PdfReportRenderer(cjkFont);
	}

	// step 1: the JSON, which also computes the model

	@Bean
	Step writeJson(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			MonthlyReport monthlyReport, JsonReportRenderer jsonReportRenderer) {
		return new StepBuilder("writeJson", jobRepository).tasklet((contribution, chunkContext) -> {
			jsonReportRenderer.render(monthlyReport.model(), monthlyReport.files().json());
			return RepeatStatus.FINISHED;
		}, transactionManager).build();
	}

	// step 2: the workbook leadership reads

	@Bean
	Step writeWorkbook(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			MonthlyReport monthlyReport, WorkbookRenderer workbookRenderer) {
		return new StepBuilder("writeWorkbook", jobRepository).tasklet((contribution, chunkContext) -> {
			workbookRenderer.render(monthlyReport.model(), monthlyReport.files().xlsx());
			return RepeatStatus.FINISHED;
		}, transactionManager).build();
	}

	// step 3: the PDF for printing

	@Bean
	Step writePdf(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			MonthlyReport monthlyReport, ObjectProvider<PdfReportRenderer> pdfReportRenderer) {
		return new StepBuilder("writePdf", jobRepository).tasklet((contribution, chunkContext) -> {
			pdfReportRenderer.getObject().render(monthlyReport.model(), monthlyReport.files().pdf());
			return RepeatStatus.FINISHED;
		}, transactionManager).build();
	}

	@Bean
	Job monthlyReportJob(JobRepository jobRepository, Step writeJson, Step writeWorkbook, Step writePdf) {
		return new JobBuilder(JOB_NAME, jobRepository).start(writeJson).next(writeWorkbook).next(writePdf).build();
	}

}
