package cn.investpromo.report;

import java.util.List;

import cn.investpromo.quality.Reject;
import cn.investpromo.quality.SheetQuality;
import cn.investpromo.store.Rows;

/**
 * What the imports made of the ledgers: per-sheet counts, rejects, unmatched industries,
 * possible duplicates, and the totals over all of them so that no renderer adds anything
 * up; the rejects are read as they are printed.
 *
 * @param comparedRejects the rejected rows that fall in a period the headline figures
 * compare, which those figures therefore leave out (issue 22)
 */
public record DataQuality(List<SheetQuality> files, Rows<Reject> rejects, List<String> unmatchedIndustries,
		List<PossibleDuplicate> possibleDuplicates, Totals totals, List<ComparedReject> comparedRejects) {

	/** Data quality without rejected rows in a compared period. */
	public DataQuality(List<SheetQuality> files, Rows<Reject> rejects, List<String> unmatchedIndustries,
			List<PossibleDuplicate> possibleDuplicates, Totals totals) {
		this(files, rejects, unmatchedIndustries, possibleDuplicates, totals, List.of());
	}

	/**
	 * Rejected rows of one ledger in one compared period.
	 *
	 * @param comparison the figure of the comparisons they are missing from, as the JSON
	 * names it: {@code month}, {@code previousMonth}, {@code sameMonthLastYear},
	 * {@code ytd} or {@code ytdLastYear} (the year to date's other months)
	 * @param kind {@code events} or {@code projects}
	 * @param rows how many rows
	 */
	public record ComparedReject(String comparison, String kind, long rows) {
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
