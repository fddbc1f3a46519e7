package cn.investpromo.report;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import cn.investpromo.ledger.AgreementType;
import cn.investpromo.ledger.ProjectStatus;

/** One project signed in the month, as the list sheet shows it; amounts in 万元, null when unknown. */
public record ProjectListing(@Nullable String id, String name, LocalDate signedDate, String region, String investor,
		@Nullable String investorOrigin, String industryCode, String industry, AgreementType agreementType,
		@Nullable BigDecimal amountWan, ProjectStatus status, @Nullable String event, @Nullable String notes) {
}
