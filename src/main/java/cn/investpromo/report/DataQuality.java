package cn.investpromo.report;

import java.util.List;

/** What the imports made of the ledgers: per-sheet counts, rejects, unmatched industries, possible duplicates. */
public record DataQuality(List<SheetQuality> files, List<Reject> rejects, List<String> unmatchedIndustries,
		List<PossibleDuplicate> possibleDuplicates) {

	/** Rows read, accepted and rejected in one sheet; {@code kind} is events, projects, … or skipped. */
	public record SheetQuality(String file, String sheet, String kind, long read, long accepted, long rejected) {
	}

	/** A ledger row that could not be read, with its 1-based row number as the spreadsheet shows it. */
	public record Reject(String file, String sheet, int row, String column, String value, String reason) {
	}

	/** Two projects with different keys that look like the same one. */
	public record PossibleDuplicate(String first, String second, String reason) {
	}

}
