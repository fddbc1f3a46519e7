package cn.investpromo.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import cn.investpromo.report.MonthlyReport;
import cn.investpromo.report.Period;
import cn.investpromo.report.ReportFiles;
import cn.investpromo.report.ReportJobConfiguration;
import cn.investpromo.report.ReportLanguage;
import cn.investpromo.report.excel.WorkbookRenderer;
import cn.investpromo.report.json.JsonReportRenderer;
import cn.investpromo.report.pdf.PdfReportRenderer;
import cn.investpromo.store.RegionPaths;
import cn.investpromo.store.ReportQueries;
import cn.investpromo.system.InvestpromoProperties;
import cn.investpromo.system.ReferenceData;

/**
 * The worker step of {@code report --each}: writes one unit's report (JSON, workbook,
 * PDF) from its partition's context, with the model and renderers the report job uses, so
 * it is the report {@code report --scope <unit>} writes. Everything it makes is its own
 * (the model, the report's files), and the renderers and queries it shares keep no state,
 * so partitions run on as many threads as asked.
 */
@Component
class UnitReportTasklet implements Tasklet {

	private final ReportQueries queries;

	private final RegionPaths regionPaths;

	private final ReferenceData referenceData;

	private final InvestpromoProperties properties;

	private final JsonReportRenderer json;

	private final WorkbookRenderer workbook;

	private final ObjectProvider<PdfReportRenderer> pdf;

	private final Clock clock;

	UnitReportTasklet(ReportQueries queries, RegionPaths regionPaths, ReferenceData referenceData,
			InvestpromoProperties properties, JsonReportRenderer json, WorkbookRenderer workbook,
			ObjectProvider<PdfReportRenderer> pdf, Clock clock) {
		this.queries = queries;
		this.regionPaths = regionPaths;
		this.referenceData = referenceData;
		this.properties = properties;
		this.json = json;
		this.workbook = workbook;
		this.pdf = pdf;
		this.clock = clock;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		StepExecution partition = chunkContext.getStepContext().getStepExecution();
		ExecutionContext context = partition.getExecutionContext();
		JobParameters parameters = partition.getJobParameters();
		MonthlyReport report = ReportJobConfiguration.report(
				Period.parse(context.getString(EachJobConfiguration.PERIOD)),
				context.getString(EachJobConfiguration.UNIT),
				ReportLanguage.parse(parameters.getString(ReportJobConfiguration.LANGUAGE)),
				Path.of(parameters.getString(ReportJobConfiguration.OUTPUT)), this.queries, this.regionPaths,
				this.referenceData, this.properties, this.clock);
		ReportFiles files = report.files();
		try {
			Files.createDirectories(files.directory());
		}
		catch (IOException ex) {
			throw new IOException("报告目录无法创建 / cannot create the report folder " + files.directory() + " ("
					+ ex.getClass().getSimpleName() + ")", ex);
		}
		this.json.render(report.model(), files.json());
		this.workbook.render(report.model(), files.xlsx());
		this.pdf.getObject().render(report.model(), files.pdf());
		return RepeatStatus.FINISHED;
	}

}
