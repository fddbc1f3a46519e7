package cn.investpromo.funds;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import cn.investpromo.quality.Source;

/**
 * One row of the funds ledger as read (SPEC §2.7): one arrival, or one month's arrivals,
 * of one project; the link to the project and a blank source are settled in the store,
 * over all arrivals, after every import.
 *
 * @param key the arrival's identity across imports (see {@code V16__fund_arrivals.sql})
 * @param projectRefKey how the row names its project: {@code ID|} and the id, else
 * {@code K|} and the name's comparison form
 * @param nameKey the project name's comparison form (SPEC §2.5)
 * @param rowRegionCode the row's 落地地区, null when blank
 * @param defaultRegionCode the configured default region, for an arrival that neither
 * names a region nor links to a project
 * @param arrivalDate the date, or the month's first day for a month-only row
 * @param monthOnly whether the row names a month, not a day
 * @param amountWan the amount in 万元 (foreign currencies converted)
 * @param currency the row's currency code (CNY when none is given)
 * @param usdEquivalentWan the amount in 万美元 at the configured rates
 * @param writtenSource the 资金来源 the row writes, null when blank (or 未知)
 */
public record FundArrival(String key, @Nullable String projectId, String projectRefKey, String projectName,
		String nameKey, @Nullable String rowRegionCode, @Nullable String defaultRegionCode, LocalDate arrivalDate,
		boolean monthOnly, BigDecimal amountWan, String currency, BigDecimal usdEquivalentWan,
		@Nullable FundSource writtenSource, @Nullable String notes, Source source) {
}
