package cn.investpromo.job;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a {@code report --each} run did: one outcome per unit, the scope's first, and the
 * run's own problems when it failed before any unit ran.
 */
public record EachOutcome(List<UnitOutcome> units, List<String> problems, @Nullable Long executionId) {

	/** The units whose report failed. */
	public List<UnitOutcome> failed() {
		return this.units.stream().filter((unit) -> unit.report().status() == ReportOutcome.Status.FAILED).toList();
	}

	/**
	 * Whether every unit's report is written (now or before) and the run did not fail.
	 */
	public boolean completed() {
		return this.problems.isEmpty() && failed().isEmpty() && !this.units.isEmpty();
	}

	/** How many units have the given outcome. */
	public long count(ReportOutcome.Status status) {
		return this.units.stream().filter((unit) -> unit.report().status() == status).count();
	}

}
