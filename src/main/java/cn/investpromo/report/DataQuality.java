package cn.investpromo.report;

import java.util.List;

/**
 * What the imports made of the ledgers: per-sheet counts, rejects, unmatched industries, possible duplicates, and
 * the totals over all of them so that no renderer adds anything up.
 */
public record DataQuality(List<SheetQuality> files, List<Reject> rejects, List<String> unmatchedIndustries,
		List<PossibleDuplicate> possibleDuplicates, Totals totals) {

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

	/**
	 * Sums over every sheet of every file ("共读取 N 行，接受 A 行，拒绝 R 行").
	 *
	 * @param files distinct files
	 * @param sheets sheets, skipped ones included
	 * @param read rows read
	 * @param accepted rows accepted
	 * @param rejected rows rejected
	 */
	public record Totals(long files, long sheets, long read, long accepted, long rejected) {
	}

}
