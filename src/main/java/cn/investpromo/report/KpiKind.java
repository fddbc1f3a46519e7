package cn.investpromo.report;

/**
 * The headline figures of SPEC §5.1 {@code kpis}, in display order, with their JSON key.
 */
public enum KpiKind {

	EVENTS("events", false), ATTENDEES("attendees", false), ENTERPRISES("enterprises", false),
	PROJECTS("projects", false), AMOUNT_WAN("amountWan", true), PROJECTS_OVER_1YI("projectsOver1Yi", false),
	PROJECTS_OVER_10YI("projectsOver10Yi", false), PROJECTS_WITHOUT_AMOUNT("projectsWithoutAmount", false),
	/**
	 * Agreed investment ÷ projects with an amount, in 万元; zero when none has an amount.
	 */
	AVERAGE_WAN("averageWan", true);

	private final String key;

	private final boolean amount;

	KpiKind(String key, boolean amount) {
		this.key = key;
		this.amount = amount;
	}

	/**
	 * The JSON field name, also the key of the label in the report messages
	 * ({@code kpi.<key>}).
	 */
	public String key() {
		return this.key;
	}

	/** Whether the figure is an amount in 万元 (rendered in 亿元) rather than a count. */
	public boolean amount() {
		return this.amount;
	}

}
