package cn.investpromo.report;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import cn.investpromo.project.ProjectStatus;
import cn.investpromo.project.SignedProject;

/**
 * A project as it stood at the end of a report's period (issue 22): a report states what
 * was so when its period ended, so a 开工日期 or 投产日期 after that end is left blank rather
 * than shown as a fact of the period, and the status is the one landing progress counts
 * at the end ({@code ReportQueries#statusAt}).
 * <p>
 * Blank rather than "（期后）": the July report is what a director would have read on 31
 * July; a mark that something happened afterwards still tells the reader the future, and
 * the status column already says the project had not started (or not produced) by then.
 */
final class AtPeriodEnd {

	private AtPeriodEnd() {
	}

	/**
	 * The project with its dates after {@code end} left out and its status at the end.
	 */
	static SignedProject of(SignedProject project, LocalDate end) {
		return project.toBuilder()
			.status(status(project, end))
			.constructionDate(until(project.constructionDate(), end))
			.productionDate(until(project.productionDate(), end))
			.build();
	}

	/** The date when it lies on or before the end; else blank. */
	static @Nullable LocalDate until(@Nullable LocalDate date, LocalDate end) {
		return (date != null && !date.isAfter(end)) ? date : null;
	}

	/**
	 * The status at the end, as the database's status at a date: terminated stays
	 * terminated; else a 投产日期 or 开工日期 on or before the end decides; dates given but all
	 * after it mean still signed; without dates the ledger's status.
	 */
	static ProjectStatus status(SignedProject project, LocalDate end) {
		if (project.status() == ProjectStatus.TERMINATED) {
			return ProjectStatus.TERMINATED;
		}
		if (until(project.productionDate(), end) != null) {
			return ProjectStatus.IN_PRODUCTION;
		}
		if (until(project.constructionDate(), end) != null) {
			return ProjectStatus.UNDER_CONSTRUCTION;
		}
		if (project.productionDate() != null || project.constructionDate() != null) {
			return ProjectStatus.SIGNED;
		}
		return project.status();
	}

}
