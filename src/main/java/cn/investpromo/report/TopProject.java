package cn.investpromo.report;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One of the month's ten largest projects by agreed investment. */
public record TopProject(int rank, String name, String investor, String regionCode, String regionName,
		String industryCode, String industryName, BigDecimal amountWan, LocalDate signedDate) {
}
