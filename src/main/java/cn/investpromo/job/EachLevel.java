package cn.investpromo.job;

import java.util.Locale;

import cn.investpromo.region.RegionLevel;

/**
 * How far below the scope {@code report --each} goes: its direct children (the default),
 * or every unit down to the counties or the towns; a zone counts one level below its
 * parent.
 */
public enum EachLevel {

	CHILDREN(0), COUNTY(3), TOWN(4);

	private final int depth;

	EachLevel(int depth) {
		this.depth = depth;
	}

	/** {@code children}, {@code county} or {@code town}. */
	public static EachLevel parse(String text) {
		try {
			return valueOf(text.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("--each-level must be county or town, not '" + text + "'");
		}
	}

	/** The parameter's value. */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Whether a unit at this depth (province 1, city 2, county 3, town 4) is included.
	 */
	boolean includes(int unitDepth) {
		return unitDepth <= this.depth;
	}

	/** The depth of an administrative level; zones take their parent's plus one. */
	static int depth(RegionLevel level) {
		return switch (level) {
			case PROVINCE -> 1;
			case CITY -> 2;
			case COUNTY -> 3;
			case TOWN -> 4;
			default -> 0;
		};
	}

}
