package cn.investpromo.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import cn.investpromo.value.Reason;

/**
 * What flows through the import step: the reader announces sheets and files that failed and passes raw rows; the
 * processor turns each raw row into a record or a reject; the writer stores all of them in the chunk's transaction.
 */
public sealed interface LedgerItem {

	/** Where a row came from: file (relative to the input folder), sheet and 1-based row number. */
	record Source(String file, String sheet, int row) {
	}

	/** A file about to be read: what earlier imports recorded about it is replaced. */
	record FileStarted(String file) implements LedgerItem {
	}

	/** A sheet about to be read, or one that was skipped because no header row was recognised. */
	record SheetStarted(String file, String sheet, LedgerKind kind, @Nullable SheetLayout layout,
			@Nullable String contextRegionCode) implements LedgerItem {
	}

	/** A file read to its end: its fingerprint lets the next import skip it while it stays unchanged. */
	record FileCompleted(String file, String sha256, long size, String referenceHash) implements LedgerItem {
	}

	/** A row of a reference sheet that reads; the reference step stored it already, it is only counted here. */
	record ReferenceRow(Source source) implements LedgerItem {
	}

	/** A file that could not be read at all; {@code reason} is one plain line. */
	record FileFailed(String file, String reason) implements LedgerItem {
	}

	/** A data row of a recognised sheet, cells still text. */
	record LedgerRow(SheetStarted sheet, RawRow row) implements LedgerItem {

		public Source source() {
			return new Source(this.sheet.file(), this.sheet.sheet(), this.row.number());
		}

	}

	/** A summary row (合计, 小计 …): not a record, skipped and counted in data quality. */
	record SummaryRow(Source source) implements LedgerItem {
	}

	/** A row that could not be read, with the column and value at fault and why, in both languages (SPEC §2.6). */
	record RejectedRow(Source source, String column, String value, Reason reason) implements LedgerItem {
	}

	/** A normalised promotion event (SPEC §2.2); {@code key} is its identity (SPEC §2.5). */
	record EventRecord(String key, @Nullable String id, String name, EventType type, LocalDate startDate,
			LocalDate endDate, String hostRegionCode, @Nullable String venue, @Nullable String targetRegion,
			@Nullable String organizer, @Nullable Integer attendees, @Nullable Integer enterprises,
			@Nullable String industries, @Nullable String notes, Source source) implements LedgerItem {
	}

	/**
	 * A normalised signed project (SPEC §2.3); amounts in 万元, null when unknown.
	 *
	 * @param industrySubCode its second-level industry (SPEC §3.2), null when the text names no sub-sector
	 */
	record ProjectRecord(String key, @Nullable String id, String name, LocalDate signedDate, String regionCode,
			String investor, @Nullable String investorOriginCode, @Nullable String investorOriginText,
			String industryCode, String industryText, @Nullable String industrySubCode, AgreementType agreementType,
			@Nullable BigDecimal amountWan, @Nullable String amountText, String currency, ProjectStatus status,
			@Nullable String eventRef, @Nullable LocalDate constructionDate, @Nullable LocalDate productionDate,
			@Nullable BigDecimal fundsArrivedWan, @Nullable String notes, Source source) implements LedgerItem {

		/** A project without a second-level industry. */
		public ProjectRecord(String key, @Nullable String id, String name, LocalDate signedDate, String regionCode,
				String investor, @Nullable String investorOriginCode, @Nullable String investorOriginText,
				String industryCode, String industryText, AgreementType agreementType, @Nullable BigDecimal amountWan,
				@Nullable String amountText, String currency, ProjectStatus status, @Nullable String eventRef,
				@Nullable LocalDate constructionDate, @Nullable LocalDate productionDate,
				@Nullable BigDecimal fundsArrivedWan, @Nullable String notes, Source source) {
			this(key, id, name, signedDate, regionCode, investor, investorOriginCode, investorOriginText, industryCode,
					industryText, null, agreementType, amountWan, amountText, currency, status, eventRef,
					constructionDate, productionDate, fundsArrivedWan, notes, source);
		}

	}


}
