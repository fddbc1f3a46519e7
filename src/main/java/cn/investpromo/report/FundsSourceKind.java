package cn.investpromo.report;

/**
 * Where funds arrived come from, seen from the scope (SPEC §5); the key names the JSON
 * value and the label.
 */
public enum FundsSourceKind {

	/** 省外: the investor comes from outside the scope's province, or from abroad. */
	OUTSIDE_PROVINCE("outsideProvince"),

	/** 市外省内: from the scope's province, outside its city. */
	OUTSIDE_CITY_IN_PROVINCE("outsideCityInProvince"),

	/** 省内: from the scope's province, when the scope is a province itself. */
	WITHIN_PROVINCE("withinProvince"),

	/** 市内: from within the scope's city. */
	WITHIN_CITY("withinCity"),

	/** 未知: the investor's origin is not given or not recognised. */
	UNKNOWN("unknown");

	private final String key;

	FundsSourceKind(String key) {
		this.key = key;
	}

	/**
	 * The JSON value, also the key of the label in the report messages
	 * ({@code funds.<key>}).
	 */
	public String key() {
		return this.key;
	}

}
