package cn.investpromo.job;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

import cn.investpromo.region.Region;
import cn.investpromo.region.RegionCatalog;
import cn.investpromo.report.ReportJobConfiguration;

/**
 * The units of a {@code report --each} execution for {@code history}: the scope first,
 * then by code; a unit an earlier execution of the same run completed is shown as
 * "COMPLETED earlier".
 */
final class EachRunUnits {

	private EachRunUnits() {
	}

	static List<RunUnit> of(JobExecution execution, Map<String, String> parameters, JobRepository jobRepository,
			RegionCatalog regions) {
		List<JobExecution> upToThis = jobRepository.getJobExecutions(execution.getJobInstance())
			.stream()
			.filter((run) -> run.getId() <= execution.getId())
			.toList();
		Map<String, UnitPartitions.Partition> partitions = UnitPartitions.of(upToThis);
		List<String> codes = new ArrayList<>(partitions.keySet().stream().sorted().toList());
		String scope = parameters.get(ReportJobConfiguration.SCOPE);
		if (scope != null && codes.remove(scope)) {
			codes.add(0, scope);
		}
		List<RunUnit> units = new ArrayList<>();
		for (String code : codes) {
			UnitPartitions.Partition partition = partitions.get(code);
			if (partition == null) {
				continue;
			}
			StepExecution step = partition.step();
			String status = step.getStatus().name() + (partition.earlier() ? " earlier" : "");
			units.add(new RunUnit(code, regions.byCode(code).map(Region::name).orElse(code), status,
					duration(step.getStartTime(), step.getEndTime()), (step.getStatus() == BatchStatus.COMPLETED)
							? RunParameters.files(parameters, code, regions) : List.of()));
		}
		return units;
	}

	private static @Nullable Duration duration(@Nullable LocalDateTime start, @Nullable LocalDateTime end) {
		return (start != null && end != null) ? Duration.between(start, end) : null;
	}

}
