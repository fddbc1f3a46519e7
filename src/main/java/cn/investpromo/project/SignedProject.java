package cn.investpromo.project;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import cn.investpromo.quality.Source;

/**
 * A normalised signed project (SPEC §2.3); amounts in 万元, null when unknown.
 *
 * @param industrySubCode its second-level industry (SPEC §3.2), null when the text names
 * no sub-sector
 */
public record SignedProject(String key, @Nullable String id, String name, LocalDate signedDate, String regionCode,
		String investor, @Nullable String investorOriginCode, @Nullable String investorOriginText, String industryCode,
		String industryText, @Nullable String industrySubCode, AgreementType agreementType,
		@Nullable BigDecimal amountWan, @Nullable String amountText, String currency, ProjectStatus status,
		@Nullable String eventRef, @Nullable LocalDate constructionDate, @Nullable LocalDate productionDate,
		@Nullable BigDecimal fundsArrivedWan, @Nullable String notes, Source source) {

	/** A project without a second-level industry. */
	public SignedProject(String key, @Nullable String id, String name, LocalDate signedDate, String regionCode,
			String investor, @Nullable String investorOriginCode, @Nullable String investorOriginText,
			String industryCode, String industryText, AgreementType agreementType, @Nullable BigDecimal amountWan,
			@Nullable String amountText, String currency, ProjectStatus status, @Nullable String eventRef,
			@Nullable LocalDate constructionDate, @Nullable LocalDate productionDate,
			@Nullable BigDecimal fundsArrivedWan, @Nullable String notes, Source source) {
		this(key, id, name, signedDate, regionCode, investor, investorOriginCode, investorOriginText, industryCode,
				industryText, null, agreementType, amountWan, amountText, currency, status, eventRef, constructionDate,
				productionDate, fundsArrivedWan, notes, source);
	}

}
