package cn.investpromo.ledger;

import java.util.List;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.StepListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import cn.investpromo.store.FundArrivalStore;
import cn.investpromo.store.FundLinks;
import cn.investpromo.store.LedgerStore;
import cn.investpromo.store.ReferenceStore;
import cn.investpromo.system.DefaultRegion;
import cn.investpromo.system.InvestpromoProperties;
import cn.investpromo.system.ReferenceData;
import cn.investpromo.value.FxRates;

/**
 * The import job (SPEC §4): first the reference sheets of every changed file (regions,
 * industries, targets), then every ledger under the input folder into the database, chunk
 * by chunk, bad rows recorded and skipped; then a check that fails the run when a file
 * was unreadable or mostly rejected.
 */
@Configuration(proxyBeanMethods = false)
public class LedgerImportJobConfiguration {

	public static final String JOB_NAME = "ledgerImportJob";

	public static final String REFERENCE_STEP = "importReferenceSheets";

	public static final String IMPORT_STEP = "importLedgers";

	public static final String CHECK_STEP = "checkImport";

	/** Job parameter: the folder to read. */
	public static final String INPUT_PARAMETER = "input";

	/** The import's input, as the job's execution context keeps it. */
	private static final String INPUT = "#{jobExecutionContext['" + ImportInput.KEY + "']}";

	/** The size limits of SPEC §2.6 from the configuration. */
	static ReadLimits readLimits(InvestpromoProperties properties) {
		return new ReadLimits(properties.maxColumns(), properties.maxRowsPerSheet(),
				properties.maxFileSizeMb() * 1024L * 1024L);
	}

	// step 1: the reference sheets of every changed file, so that rows of any file
	// resolve against them

	@Bean
	@StepScope
	ReferenceSheetImport referenceSheetImport(@Value(INPUT) ImportInput input, InvestpromoProperties properties,
			ReferenceData referenceData, ReferenceStore referenceStore, FxRates fxRates) {
		return new ReferenceSheetImport(input, readLimits(properties), referenceData, referenceStore, fxRates);
	}

	@Bean
	Step importReferenceSheets(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ReferenceSheetImport referenceSheetImport) {
		return new StepBuilder(REFERENCE_STEP, jobRepository).tasklet((contribution, chunkContext) -> {
			referenceSheetImport.run();
			return RepeatStatus.FINISHED;
		}, transactionManager).build();
	}

	// step 2: read, normalise, store, with the catalog and taxonomy as extended by step 1

	@Bean
	@StepScope
	LedgerItemReader ledgerItemReader(@Value(INPUT) ImportInput input, ReferenceData referenceData,
			InvestpromoProperties properties) {
		return new LedgerItemReader(input, new HeaderMatcher(), referenceData.regions(), readLimits(properties));
	}

	@Bean
	@StepScope
	LedgerRowProcessor ledgerRowProcessor(ReferenceData referenceData, FxRates fxRates, DefaultRegion defaultRegion) {
		return new LedgerRowProcessor(referenceData.regions(), referenceData.industries(), fxRates,
				defaultRegion.region());
	}

	@Bean
	LedgerItemWriter ledgerItemWriter(LedgerStore store, FundArrivalStore arrivals,
			PlatformTransactionManager transactionManager) {
		return new LedgerItemWriter(store, arrivals, transactionManager);
	}

	@Bean
	ImportProgress importProgress(InvestpromoProperties properties) {
		return new ImportProgress(properties.progressInterval());
	}

	@Bean
	ImportInputListener importInputListener(LedgerStore store, ReferenceData referenceData,
			InvestpromoProperties properties) {
		return new ImportInputListener(INPUT_PARAMETER, store, referenceData, properties.rejectLimit());
	}

	@Bean
	Step importLedgers(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			LedgerItemReader ledgerItemReader, LedgerRowProcessor ledgerRowProcessor, LedgerItemWriter ledgerItemWriter,
			InvestpromoProperties properties, ImportProgress importProgress, ImportInputListener importInputListener) {
		return new StepBuilder(IMPORT_STEP, jobRepository).<LedgerItem, LedgerItem>chunk(properties.chunkSize())
			.transactionManager(transactionManager)
			.reader(ledgerItemReader)
			.processor(ledgerRowProcessor)
			.writer(ledgerItemWriter)
			.listener((StepListener) importInputListener)
			.listener((StepListener) importProgress)
			.build();
	}

	// step 3: fail the run on unreadable files or too many rejects (SPEC §2.6), after
	// storing what was good; write what the import found

	@Bean
	@StepScope
	ImportCheck importCheck(@Value(INPUT) ImportInput input, ImportInputListener importInputListener) {
		return importInputListener.check(input);
	}

	@Bean
	Step checkImport(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ImportCheck importCheck, FundLinks fundLinks, ReferenceData referenceData) {
		return new StepBuilder(CHECK_STEP, jobRepository).tasklet((contribution, chunkContext) -> {
			// arrivals link to projects whichever file came first (SPEC §2.7)
			fundLinks.relink(referenceData.regions());
			StepExecution step = chunkContext.getStepContext().getStepExecution();
			step.getJobExecution().getExecutionContext().put(ImportOutcome.KEY, importCheck.outcome());
			List<String> problems = importCheck.problems();
			if (!problems.isEmpty()) {
				// an expected outcome, not a fault: the step fails with the problems as
				// its exit description,
				// rather than by an exception that Spring Batch would log as an error
				// with its stack trace
				String why = String.join("\n", problems);
				contribution.setExitStatus(new ExitStatus(ExitStatus.FAILED.getExitCode(), why));
				step.setStatus(BatchStatus.FAILED);
			}
			return RepeatStatus.FINISHED;
		}, transactionManager).build();
	}

	@Bean
	Job ledgerImportJob(JobRepository jobRepository, Step importReferenceSheets, Step importLedgers, Step checkImport,
			ImportInputListener importInputListener) {
		return new JobBuilder(JOB_NAME, jobRepository).listener(importInputListener)
			.start(importReferenceSheets)
			.next(importLedgers)
			.next(checkImport)
			.build();
	}

}
