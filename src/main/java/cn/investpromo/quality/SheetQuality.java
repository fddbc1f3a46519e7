package cn.investpromo.quality;

/**
 * Rows read, accepted and rejected in one sheet; {@code kind} is events, projects, … or
 * skipped; {@code summaryRows} counts the 合计/小计 rows skipped as not being records.
 */
public record SheetQuality(String file, String sheet, String kind, long read, long accepted, long rejected,
		long summaryRows) {

	/** A sheet without summary rows. */
	public SheetQuality(String file, String sheet, String kind, long read, long accepted, long rejected) {
		this(file, sheet, kind, read, accepted, rejected, 0);
	}

}
