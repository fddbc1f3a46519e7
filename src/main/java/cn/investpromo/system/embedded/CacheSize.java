package cn.investpromo.system.embedded;

import org.jspecify.annotations.Nullable;

/**
 * HSQLDB's two cache settings: the size in KB of the rows it holds, and how many rows.
 */
record CacheSize(int kb, int rows) {

	/**
	 * The heap below which the cache stays at the database's own size: Spring, the
	 * catalogue and a report.
	 */
	private static final long BASE_HEAP = 128L << 20;

	/** The largest cache an import asks for, in KB: beyond it the import gains little. */
	private static final int MAX_KB = 65_536;

	/**
	 * Rows the cache may hold per KB: high enough that the size in bytes, not the row
	 * count, is the limit.
	 */
	private static final int ROWS_PER_KB = 4;

	/**
	 * The cache an import asks for under this heap: a quarter of what the heap has beyond
	 * 128 MB, at most 64 MB (32 MB under the benchmark's 256 MB, where it holds about
	 * 70,000 project rows and adds about 55 MB to the live heap); null when that is no
	 * more than HSQLDB's default or {@code configuredMb} is 0.
	 */
	static @Nullable CacheSize forHeap(long maxHeapBytes, @Nullable Integer configuredMb) {
		long kb = (configuredMb != null) ? configuredMb * 1024L : (maxHeapBytes - BASE_HEAP) / 4 / 1024;
		if (kb <= 10_000) {
			return null;
		}
		// a size set by hand is taken as it is (the settings allow up to 1 GB)
		int size = (int) ((configuredMb != null) ? kb : Math.min(kb, MAX_KB));
		return new CacheSize(size, size * ROWS_PER_KB);
	}

	String text() {
		return this.kb + " " + this.rows;
	}

}
