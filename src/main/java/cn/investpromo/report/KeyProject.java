package cn.investpromo.report;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import cn.investpromo.project.ProjectStatus;

/**
 * A 亿元以上重点项目: a project of at least 1 亿元 signed in the 12 months ending with the period,
 * as the report follows it; amounts in 万元.
 *
 * @param status its status at the period's end (as landing progress counts it)
 * @param fundsArrivedWan the 到位资金 the ledger records, null when it gives none
 */
public record KeyProject(String name, String region, String industry, BigDecimal amountWan, LocalDate signedDate,
		ProjectStatus status, @Nullable LocalDate constructionDate, @Nullable LocalDate productionDate,
		@Nullable BigDecimal fundsArrivedWan) {

	/** The least agreed investment of a key project: 1 亿元. */
	public static final BigDecimal LEAST_WAN = new BigDecimal("10000");

}
