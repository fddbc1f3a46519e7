package cn.investpromo.report.pdf;

/**
 * A category keyed by code, so that two rows with the same name stay two bars; shows its
 * label.
 */
record Category(String code, String label) implements Comparable<Category> {

	@Override
	public int compareTo(Category other) {
		return this.code.compareTo(other.code);
	}

	@Override
	public String toString() {
		return this.label;
	}

}
