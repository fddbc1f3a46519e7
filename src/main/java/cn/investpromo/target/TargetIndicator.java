package cn.investpromo.target;

/**
 * An indicator of the annual targets (SPEC §2.3 targets sheet), stored in
 * {@code annual_target.indicator} under its enum name; the key names the JSON value and
 * the label ({@code target.<key>}).
 */
public enum TargetIndicator {

	/** 签约项目数: a count of projects. */
	PROJECTS("projects", false),

	/** 协议投资额: agreed investment in 万元. */
	AMOUNT("amountWan", true),

	/** 到位资金: funds arrived in 万元. */
	FUNDS_ARRIVED("fundsArrivedWan", true),

	/** 实际使用外资: 境外 arrivals in 万美元 (SPEC §2.9). */
	FOREIGN_CAPITAL_USED("actualUsdWan", true);

	private final String key;

	private final boolean amount;

	TargetIndicator(String key, boolean amount) {
		this.key = key;
		this.amount = amount;
	}

	/**
	 * The JSON value, also the key of the label in the report messages
	 * ({@code target.<key>}).
	 */
	public String key() {
		return this.key;
	}

	/**
	 * Whether target and actual are amounts (in 万元, rendered in 亿元, or for {@link #usd()}
	 * in 万美元) rather than counts.
	 */
	public boolean amount() {
		return this.amount;
	}

	/** Whether target and actual are in 万美元, rendered as they stand. */
	public boolean usd() {
		return this == FOREIGN_CAPITAL_USED;
	}

}
