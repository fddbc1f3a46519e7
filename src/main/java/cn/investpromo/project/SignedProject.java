package cn.investpromo.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import cn.investpromo.quality.Source;

/**
 * A normalised signed project (SPEC §2.3); amounts in 万元, null when unknown.
 *
 * @param contractedFdiUsdWan its 合同外资 in 万美元 (SPEC §2.9), null when not given
 * @param investorCountry the investor's country or region in its normal form
 * ({@code cn.investpromo.value.Countries}), null when not given
 * @param industrySubCode its second-level industry (SPEC §3.2), null when the text names
 * no sub-sector
 */
public record SignedProject(String key, @Nullable String id, String name, LocalDate signedDate, String regionCode,
		String investor, @Nullable String investorOriginCode, @Nullable String investorOriginText, String industryCode,
		String industryText, @Nullable String industrySubCode, AgreementType agreementType,
		@Nullable BigDecimal amountWan, @Nullable String amountText, String currency, ProjectStatus status,
		@Nullable String eventRef, @Nullable LocalDate constructionDate, @Nullable LocalDate productionDate,
		@Nullable BigDecimal fundsArrivedWan, @Nullable BigDecimal contractedFdiUsdWan,
		@Nullable String investorCountry, @Nullable String notes, Source source) {

	/** A builder for a project (the ledger import, a stored row, a test's fixture). */
	public static Builder builder() {
		return new Builder();
	}

	/** A builder holding this project's values, to build a copy that differs in a few. */
	public Builder toBuilder() {
		return new Builder().key(this.key)
			.id(this.id)
			.name(this.name)
			.signedDate(this.signedDate)
			.regionCode(this.regionCode)
			.investor(this.investor)
			.investorOriginCode(this.investorOriginCode)
			.investorOriginText(this.investorOriginText)
			.industryCode(this.industryCode)
			.industryText(this.industryText)
			.industrySubCode(this.industrySubCode)
			.agreementType(this.agreementType)
			.amountWan(this.amountWan)
			.amountText(this.amountText)
			.currency(this.currency)
			.status(this.status)
			.eventRef(this.eventRef)
			.constructionDate(this.constructionDate)
			.productionDate(this.productionDate)
			.fundsArrivedWan(this.fundsArrivedWan)
			.contractedFdiUsdWan(this.contractedFdiUsdWan)
			.investorCountry(this.investorCountry)
			.notes(this.notes)
			.source(this.source);
	}

	/** Sets a project's components by name; {@link #build()} checks the required ones. */
	public static final class Builder {

		private @Nullable String key;

		private @Nullable String id;

		private @Nullable String name;

		private @Nullable LocalDate signedDate;

		private @Nullable String regionCode;

		private @Nullable String investor;

		private @Nullable String investorOriginCode;

		private @Nullable String investorOriginText;

		private @Nullable String industryCode;

		private @Nullable String industryText;

		private @Nullable String industrySubCode;

		private @Nullable AgreementType agreementType;

		private @Nullable BigDecimal amountWan;

		private @Nullable String amountText;

		private @Nullable String currency;

		private @Nullable ProjectStatus status;

		private @Nullable String eventRef;

		private @Nullable LocalDate constructionDate;

		private @Nullable LocalDate productionDate;

		private @Nullable BigDecimal fundsArrivedWan;

		private @Nullable BigDecimal contractedFdiUsdWan;

		private @Nullable String investorCountry;

		private @Nullable String notes;

		private @Nullable Source source;

		private Builder() {
		}

		public Builder key(@Nullable String key) {
			this.key = key;
			return this;
		}

		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		public Builder name(@Nullable String name) {
			this.name = name;
			return this;
		}

		public Builder signedDate(@Nullable LocalDate signedDate) {
			this.signedDate = signedDate;
			return this;
		}

		public Builder regionCode(@Nullable String regionCode) {
			this.regionCode = regionCode;
			return this;
		}

		public Builder investor(@Nullable String investor) {
			this.investor = investor;
			return this;
		}

		public Builder investorOriginCode(@Nullable String investorOriginCode) {
			this.investorOriginCode = investorOriginCode;
			return this;
		}

		public Builder investorOriginText(@Nullable String investorOriginText) {
			this.investorOriginText = investorOriginText;
			return this;
		}

		public Builder industryCode(@Nullable String industryCode) {
			this.industryCode = industryCode;
			return this;
		}

		public Builder industryText(@Nullable String industryText) {
			this.industryText = industryText;
			return this;
		}

		public Builder industrySubCode(@Nullable String industrySubCode) {
			this.industrySubCode = industrySubCode;
			return this;
		}

		public Builder agreementType(@Nullable AgreementType agreementType) {
			this.agreementType = agreementType;
			return this;
		}

		public Builder amountWan(@Nullable BigDecimal amountWan) {
			this.amountWan = amountWan;
			return this;
		}

		public Builder amountText(@Nullable String amountText) {
			this.amountText = amountText;
			return this;
		}

		public Builder currency(@Nullable String currency) {
			this.currency = currency;
			return this;
		}

		public Builder status(@Nullable ProjectStatus status) {
			this.status = status;
			return this;
		}

		public Builder eventRef(@Nullable String eventRef) {
			this.eventRef = eventRef;
			return this;
		}

		public Builder constructionDate(@Nullable LocalDate constructionDate) {
			this.constructionDate = constructionDate;
			return this;
		}

		public Builder productionDate(@Nullable LocalDate productionDate) {
			this.productionDate = productionDate;
			return this;
		}

		public Builder fundsArrivedWan(@Nullable BigDecimal fundsArrivedWan) {
			this.fundsArrivedWan = fundsArrivedWan;
			return this;
		}

		public Builder contractedFdiUsdWan(@Nullable BigDecimal contractedFdiUsdWan) {
			this.contractedFdiUsdWan = contractedFdiUsdWan;
			return this;
		}

		public Builder investorCountry(@Nullable String investorCountry) {
			this.investorCountry = investorCountry;
			return this;
		}

		public Builder notes(@Nullable String notes) {
			this.notes = notes;
			return this;
		}

		public Builder source(@Nullable Source source) {
			this.source = source;
			return this;
		}

		public SignedProject build() {
			return new SignedProject(Objects.requireNonNull(this.key, "key"), this.id,
					Objects.requireNonNull(this.name, "name"), Objects.requireNonNull(this.signedDate, "signedDate"),
					Objects.requireNonNull(this.regionCode, "regionCode"),
					Objects.requireNonNull(this.investor, "investor"), this.investorOriginCode, this.investorOriginText,
					Objects.requireNonNull(this.industryCode, "industryCode"),
					Objects.requireNonNull(this.industryText, "industryText"), this.industrySubCode,
					Objects.requireNonNull(this.agreementType, "agreementType"), this.amountWan, this.amountText,
					Objects.requireNonNull(this.currency, "currency"), Objects.requireNonNull(this.status, "status"),
					this.eventRef, this.constructionDate, this.productionDate, this.fundsArrivedWan,
					this.contractedFdiUsdWan, this.investorCountry, this.notes,
					Objects.requireNonNull(this.source, "source"));
		}

	}

}
