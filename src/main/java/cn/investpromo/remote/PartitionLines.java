package cn.investpromo.remote;

import java.time.Duration;
import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import cn.investpromo.job.EachJobConfiguration;
import cn.investpromo.region.Region;
import cn.investpromo.system.ReferenceData;

/**
 * The worker's line when it starts a partition and when it ends one, naming the unit and
 * the period, so that an operator sees which worker wrote which unit's report.
 */
final class PartitionLines implements StepExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(PartitionLines.class);

	private final ReferenceData referenceData;

	PartitionLines(ReferenceData referenceData) {
		this.referenceData = referenceData;
	}

	@Override
	public void beforeStep(StepExecution partition) {
		log.info("分区开始 / partition started: {} {} ({})", unit(partition), period(partition), partition.getStepName());
	}

	@Override
	public @Nullable ExitStatus afterStep(StepExecution partition) {
		LocalDateTime start = partition.getStartTime();
		double seconds = (start != null) ? Duration.between(start, LocalDateTime.now()).toMillis() / 1000.0 : 0;
		log.info("分区结束 / partition ended: {} {} ({}) {} in {} s", unit(partition), period(partition),
				partition.getStepName(), partition.getStatus(), String.format("%.1f", seconds));
		return null;
	}

	private String unit(StepExecution partition) {
		String code = partition.getExecutionContext().getString(EachJobConfiguration.UNIT, "?");
		return this.referenceData.regions().byCode(code).map(Region::name).orElse(code);
	}

	private static String period(StepExecution partition) {
		ExecutionContext context = partition.getExecutionContext();
		return context.getString(EachJobConfiguration.PERIOD, "?");
	}

}
