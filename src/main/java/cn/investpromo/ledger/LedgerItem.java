package cn.investpromo.ledger;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import cn.investpromo.event.PromotionEvent;
import cn.investpromo.pipeline.PipelineProject;
import cn.investpromo.funds.FundArrival;
import cn.investpromo.project.SignedProject;
import cn.investpromo.quality.Source;
import cn.investpromo.quality.RejectedRow;
import cn.investpromo.quality.LedgerKind;

/**
 * What flows through the import step: the reader announces sheets and files that failed
 * and passes raw rows; the processor turns each raw row into a record or a reject; the
 * writer stores all of them in the chunk's transaction.
 */
public sealed interface LedgerItem {

	/** A file about to be read: what earlier imports recorded about it is replaced. */
	record FileStarted(String file) implements LedgerItem {
	}

	/**
	 * A sheet about to be read, or one that was skipped because no header row was
	 * recognised.
	 */
	record SheetStarted(String file, String sheet, LedgerKind kind, @Nullable SheetLayout layout,
			@Nullable String contextRegionCode) implements LedgerItem {
	}

	/**
	 * A file read to its end: its fingerprint lets the next import skip it while it stays
	 * unchanged. {@code widths} are the recognised sheets' widest rows (in filled
	 * columns, every row read counted, the ones above the header too), so that its
	 * corrections workbook can place its reason column without reading the file once
	 * more.
	 */
	record FileCompleted(String file, String sha256, long size, String referenceHash,
			Map<String, Integer> widths) implements LedgerItem {
	}

	/**
	 * A row of a reference sheet that reads; the reference step stored it already, it is
	 * only counted here.
	 */
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

	/** A row that could not be read: a reject for data quality. */
	record Rejected(RejectedRow row) implements LedgerItem {
	}

	/** A normalised promotion event. */
	record Event(PromotionEvent event) implements LedgerItem {
	}

	/** A normalised signed project. */
	record Project(SignedProject project) implements LedgerItem {
	}

	/** A project of a pipeline ledger (SPEC §2.8). */
	record Pipeline(PipelineProject project) implements LedgerItem {
	}

	/** An arrival of the funds ledger (SPEC §2.7). */
	record Arrival(FundArrival arrival) implements LedgerItem {
	}

}
