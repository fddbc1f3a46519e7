package cn.investpromo.job;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import cn.investpromo.report.ReportJobConfiguration;
import cn.investpromo.system.ReferenceData;
import cn.investpromo.store.RegionPaths;

/**
 * The job of {@code report --each} (issue 23): the scope's report and one for every unit
 * below it with figures in the period, one partition per unit. The manager step
 * {@value #MANAGER_STEP} splits the run with the {@link UnitPartitioner}
 * ({@code unitPartitioner}) and hands the partitions to the {@link PartitionHandler} bean
 * {@value #PARTITION_HANDLER}: on one machine the local threads of
 * {@link LocalPartitioningConfiguration}, on several a remote handler that replaces it.
 * Each partition runs the worker step {@value #WORKER_STEP}, which writes that unit's
 * report as {@code report --scope <unit>} would. A failed unit fails the run without
 * stopping the others; the same command again reruns only the units that did not
 * complete.
 */
@Configuration(proxyBeanMethods = false)
public class EachJobConfiguration {

	public static final String JOB_NAME = "eachReportJob";

	/** The manager step: partitions the run, one partition per unit. */
	public static final String MANAGER_STEP = "eachReport";

	/**
	 * The worker step, run once per partition; its executions are named
	 * {@code eachUnitReport:unit-<code>}.
	 */
	public static final String WORKER_STEP = "eachUnitReport";

	/** The bean name of the partition handler, which a remote one replaces. */
	public static final String PARTITION_HANDLER = "eachPartitionHandler";

	/**
	 * Identifying parameter: how far down the units go ({@code children}, {@code county},
	 * {@code town}).
	 */
	public static final String EACH_LEVEL = "eachLevel";

	/** Partition context: the unit's region code. */
	public static final String UNIT = "unit";

	/** Partition context: the period's label (2019-07, 2019-Q3, 2019). */
	public static final String PERIOD = "period";

	@Bean
	@JobScope
	UnitPartitioner unitPartitioner(
			@Value("#{jobParameters['" + ReportJobConfiguration.MONTH + "']}") @Nullable String month,
			@Value("#{jobParameters['" + ReportJobConfiguration.PERIOD + "']}") @Nullable String period,
			@Value("#{jobParameters['" + ReportJobConfiguration.SCOPE + "']}") String scope,
			@Value("#{jobParameters['" + EACH_LEVEL + "']}") String level, ReferenceData referenceData,
			RegionPaths regionPaths, UnitsWithFigures unitsWithFigures) {
		return new UnitPartitioner(ReportJobConfiguration.period(month, period), scope, EachLevel.parse(level),
				referenceData, regionPaths, unitsWithFigures);
	}

	@Bean
	Step eachUnitReport(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			UnitReportTasklet unitReportTasklet) {
		return new StepBuilder(WORKER_STEP, jobRepository).tasklet(unitReportTasklet, transactionManager).build();
	}

	@Bean
	Step eachReport(JobRepository jobRepository, @Qualifier("unitPartitioner") Partitioner unitPartitioner,
			@Qualifier(PARTITION_HANDLER) PartitionHandler eachPartitionHandler) {
		return new StepBuilder(MANAGER_STEP, jobRepository).partitioner(WORKER_STEP, unitPartitioner)
			.partitionHandler(eachPartitionHandler)
			.build();
	}

	@Bean
	Job eachReportJob(JobRepository jobRepository, @Qualifier("eachReport") Step eachReport) {
		return new JobBuilder(JOB_NAME, jobRepository).start(eachReport).build();
	}

}
