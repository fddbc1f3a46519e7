package cn.investpromo.report;

import java.util.List;

/** What the imports made of the ledgers: per-sheet counts, rejects, unmatched industries, possible duplicates. */
public record DataQuality(List<SheetQuality> files, List<Reject> rejects, List<String> unmatchedIndustries,
		List<PossibleDuplicate> possibleDuplicates) {

	/**
	 * Rows read, accepted and rejected in one sheet; {@code kind} is events, projects, … or skipped;
	 * {@code summaryRows} counts the 合计/小计 rows skipped as not being records.
	 */
	public record SheetQuality(String file, String sheet, String kind, long read, long accepted, long rejected,
			long summaryRows) {

		/** A sheet without summary rows. */
		public SheetQuality(String file, String sheet, String kind, long read, long accepted, long rejected) {
			this(file, sheet, kind, read, accepted, rejected, 0);
		}

	}

	/** A ledger row that could not be read, with its 1-based row number as the spreadsheet shows it. */
	public record Reject(String file, String sheet, int row, String column, String value, String reason) {
	}

	/** Two projects with different keys that look like the same one. */
	public record PossibleDuplicate(String first, String second, String reason) {
	}

}
