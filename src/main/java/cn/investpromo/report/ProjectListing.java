package cn.investpromo.report;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import cn.investpromo.project.AgreementType;
import cn.investpromo.project.ProjectStatus;

/**
 * One project signed in the month, as the list sheet shows it; amounts in 万元, null when
 * unknown.
 *
 * @param subIndustryCode its second-level industry (SPEC §3.2), null when it has none
 * @param subIndustry that sub-industry's name in the report language, null when it has
 * none
 */
public record ProjectListing(@Nullable String id, String name, LocalDate signedDate, String region, String investor,
		@Nullable String investorOrigin, String industryCode, String industry, AgreementType agreementType,
		@Nullable BigDecimal amountWan, ProjectStatus status, @Nullable String event, @Nullable String notes,
		@Nullable String subIndustryCode, @Nullable String subIndustry) {
}
