package cn.investpromo.report;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.investpromo.project.ProjectStatus;

/**
 * One of the period's ten largest projects by agreed investment.
 *
 * @param status its status at the period's end, so that a terminated project is never
 * read as a live one (issue 22)
 */
public record TopProject(int rank, String name, String investor, String regionCode, String regionName,
		String industryCode, String industryName, BigDecimal amountWan, LocalDate signedDate, ProjectStatus status) {

	/** A project that is signed and not yet started at the period's end. */
	public TopProject(int rank, String name, String investor, String regionCode, String regionName, String industryCode,
			String industryName, BigDecimal amountWan, LocalDate signedDate) {
		this(rank, name, investor, regionCode, regionName, industryCode, industryName, amountWan, signedDate,
				ProjectStatus.SIGNED);
	}

	/** Whether it was terminated by the period's end. */
	public boolean terminated() {
		return this.status == ProjectStatus.TERMINATED;
	}

}
