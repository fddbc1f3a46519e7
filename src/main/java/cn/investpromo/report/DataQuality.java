package cn.investpromo.report;

import java.util.List;

import cn.investpromo.quality.Reject;
import cn.investpromo.quality.SheetQuality;
import cn.investpromo.store.Rows;

/**
 * What the imports made of the ledgers: per-sheet counts, rejects, unmatched industries,
 * possible duplicates, and the totals over all of them so that no renderer adds anything
 * up; the rejects are read as they are printed.
 */
public record DataQuality(List<SheetQuality> files, Rows<Reject> rejects, List<String> unmatchedIndustries,
		List<PossibleDuplicate> possibleDuplicates, Totals totals) {

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
