package cn.investpromo.job;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameter;

import cn.investpromo.ledger.LedgerImportJobConfiguration;
import cn.investpromo.region.Region;
import cn.investpromo.region.RegionCatalog;
import cn.investpromo.report.Period;
import cn.investpromo.report.ReportFiles;
import cn.investpromo.report.ReportJobConfiguration;
import cn.investpromo.report.ReportLanguage;

/**
 * A run's parameters as {@code history} reads them: in a fixed order, the period they
 * name, the scope's name and the report files they lead to.
 */
final class RunParameters {

	private RunParameters() {
	}

	/**
	 * Every parameter as text, the identifying ones first in a fixed order, so the table
	 * reads the same for every run.
	 */
	static Map<String, String> of(JobExecution execution) {
		Map<String, String> parameters = new LinkedHashMap<>();
		for (JobParameter<?> parameter : execution.getJobParameters().parameters()) {
			parameters.put(parameter.name(), String.valueOf(parameter.value()));
		}
		Map<String, String> sorted = new LinkedHashMap<>();
		for (String name : List.of(ReportJobConfiguration.MONTH, ReportJobConfiguration.PERIOD,
				ReportJobConfiguration.SCOPE, ReportJobConfiguration.LANGUAGE, EachJobConfiguration.EACH_LEVEL,
				LedgerImportJobConfiguration.INPUT_PARAMETER)) {
			if (parameters.containsKey(name)) {
				sorted.put(name, parameters.get(name));
			}
		}
		parameters.forEach(sorted::putIfAbsent);
		return sorted;
	}

	/** The period a report or monthly run is for; null for an import. */
	static @Nullable Period period(Map<String, String> parameters) {
		String month = parameters.get(ReportJobConfiguration.MONTH);
		String period = parameters.get(ReportJobConfiguration.PERIOD);
		if (month == null && period == null) {
			return null;
		}
		try {
			return ReportJobConfiguration.period(month, period);
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	/** The scope's name; its code for a region the catalogue no longer knows. */
	static @Nullable String scopeName(Map<String, String> parameters, RegionCatalog regions) {
		String code = parameters.get(ReportJobConfiguration.SCOPE);
		return (code != null) ? regions.byCode(code).map(Region::name).orElse(code) : null;
	}

	/** The files of a report of this unit for the run's period, language and folder. */
	static List<String> files(Map<String, String> parameters, String unitCode, RegionCatalog regions) {
		try {
			Region unit = regions.byCode(unitCode).orElseThrow();
			ReportFiles files = ReportFiles.of(Path.of(parameters.get(ReportJobConfiguration.OUTPUT)), unit.name(),
					Objects.requireNonNull(period(parameters)),
					ReportLanguage.parse(Objects.requireNonNull(parameters.get(ReportJobConfiguration.LANGUAGE))));
			return files.all().stream().map(Path::toString).toList();
		}
		catch (RuntimeException ex) {
			// a run recorded by an older version, or for a region no longer in the
			// catalogue
			return List.of();
		}
	}

}
