package cn.investpromo.ledger;

import java.nio.file.Path;
import java.util.List;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.StepListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

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

	/** The size limits of SPEC §2.6 from the configuration. */
	static ReadLimits readLimits(InvestpromoProperties properties) {
		return new ReadLimits(properties.maxColumns(), properties.maxRowsPerSheet(),
				properties.maxFileSizeMb() * 1024L * 1024L);
	}

	// step 1: the reference sheets of every changed file, so that rows of any file
	// resolve against them

	@Bean
	@StepScope
	ReferenceSheetImport referenceSheetImport(@Value("#{jobParameters['" + INPUT_PARAMETER + "']}") String input,
			InvestpromoProperties properties, ReferenceData referenceData, ReferenceStore referenceStore,
			LedgerStore ledgerStore, FxRates fxRates) {
		return new ReferenceSheetImport(Path.of(input), readLimits(properties), referenceData, referenceStore,
				ledgerStore, fxRates);
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
	LedgerItemReader ledgerItemReader(@Value("#{jobParameters['" + INPUT_PARAMETER + "']}") String input,
			ReferenceData referenceData, InvestpromoProperties properties, LedgerStore store) {
		return new LedgerItemReader(Path.of(input), new HeaderMatcher(), referenceData.regions(),
				readLimits(properties), store, referenceData.fingerprint());
	}

	@Bean
	@StepScope
	LedgerRowProcessor ledgerRowProcessor(ReferenceData referenceData, FxRates fxRates, DefaultRegion defaultRegion) {
		return new LedgerRowProcessor(referenceData.regions(), referenceData.industries(), fxRates,
				defaultRegion.region());
	}

	@Bean
	LedgerItemWriter ledgerItemWriter(LedgerStore store, PlatformTransactionManager transactionManager) {
		return new LedgerItemWriter(store, transactionManager);
	}

	@Bean
	ImportProgress importProgress(InvestpromoProperties properties) {
		return new ImportProgress(properties.progressInterval());
	}

	@Bean
	Step importLedgers(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			LedgerItemReader ledgerItemReader, LedgerRowProcessor ledgerRowProcessor, LedgerItemWriter ledgerItemWriter,
			InvestpromoProperties properties, ImportProgress importProgress) {
		return new StepBuilder(IMPORT_STEP, jobRepository).<LedgerItem, LedgerItem>chunk(properties.chunkSize())
			.transactionManager(transactionManager)
			.reader(ledgerItemReader)
			.processor(ledgerRowProcessor)
			.writer(ledgerItemWriter)
			.listener((StepListener) importProgress)
			.build();
	}

	// step 3: fail the run on unreadable files or too many rejects (SPEC §2.6), after
	// storing what was good

	@Bean
	@StepScope
	ImportCheck importCheck(@Value("#{jobParameters['" + INPUT_PARAMETER + "']}") String input, LedgerStore store,
			InvestpromoProperties properties) {
		return new ImportCheck(Path.of(input), store, properties.rejectLimit());
	}

	@Bean
	Step checkImport(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ImportCheck importCheck) {
		return new StepBuilder(CHECK_STEP, jobRepository).tasklet((contribution, chunkContext) -> {
			List<String> problems = importCheck.problems();
			if (!problems.isEmpty()) {
				// an expected outcome, not a fault: the step fails with the problems as
				// its exit description,
				// rather than by an exception that Spring Batch would log as an error
				// with its stack trace
				String why = String.join("\n", problems);
				contribution.setExitStatus(new ExitStatus(ExitStatus.FAILED.getExitCode(), why));
				chunkContext.getStepContext().getStepExecution().setStatus(BatchStatus.FAILED);
			}
			return RepeatStatus.FINISHED;
		}, transactionManager).build();
	}

	@Bean
	Job ledgerImportJob(JobRepository jobRepository, Step importReferenceSheets, Step importLedgers, Step checkImport) {
		return new JobBuilder(JOB_NAME, jobRepository).start(importReferenceSheets)
			.next(importLedgers)
			.next(checkImport)
			.build();
	}

}
