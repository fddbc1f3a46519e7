package cn.investpromo.report;

/** Landing progress of one child region: projects signed in the 12 months ending in M, by status at M's end. */
public record LandingFigures(String regionCode, String regionName, long signed, long underConstruction,
		long inProduction, long terminated) {

	/** All projects counted in the row. */
	public long total() {
		return this.signed + this.underConstruction + this.inProduction + this.terminated;
	}

}
