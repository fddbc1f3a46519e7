package cn.investpromo.quality;

/**
 * What a sheet holds, as recognised from its header row (SPEC §2.1); the code is what
 * data quality shows.
 */
public enum LedgerKind {

	EVENTS("events"), PROJECTS("projects"), SKIPPED("skipped"), UNREADABLE("unreadable"),

	/** The pipeline ledger (SPEC §2.8 在谈项目台账), a snapshot per file. */
	PIPELINE("pipeline"),
	/** The funds ledger (到位资金台账, SPEC §2.7). */
	FUNDS("funds"),

	/** Reference sheets (SPEC §2.3): user regions, industry keywords, annual targets. */
	REGIONS("regions"), INDUSTRIES("industries"), TARGETS("targets"),

	/** Reference sheet of SPEC §3.3: enterprises and their tags. */
	ENTERPRISES("enterprises");

	private final String code;

	LedgerKind(String code) {
		this.code = code;
	}

	public String code() {
		return this.code;
	}

	/**
	 * Whether sheets of this kind hold reference data, read before the ledgers that need
	 * it.
	 */
	public boolean reference() {
		return this == REGIONS || this == INDUSTRIES || this == TARGETS || this == ENTERPRISES;
	}

}
