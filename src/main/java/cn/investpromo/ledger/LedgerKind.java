package cn.investpromo.ledger;

/** What a sheet holds, as recognised from its header row (SPEC §2.1); the code is what data quality shows. */
public enum LedgerKind {

	EVENTS("events"), PROJECTS("projects"), SKIPPED("skipped"), UNREADABLE("unreadable");

	private final String code;

	LedgerKind(String code) {
		this.code = code;
	}

	public String code() {
		return this.code;
	}

}
