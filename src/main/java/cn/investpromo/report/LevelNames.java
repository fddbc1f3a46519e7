package cn.investpromo.report;

import cn.investpromo.region.RegionCatalog;

/**
 * What a 月报 calls its scope's own level (市本级, 县本级 …) and its children (各镇街区, 各县市区 …): the
 * first from the kind of region the scope's name says it is (as every table names it,
 * {@link ReportLabels#selfName}), the second from the level its code gives it, so that a
 * county-level city (招远市) ranks its towns.
 */
final class LevelNames {

	private final ReportHeading heading;

	private final Sentences say;

	LevelNames(ReportHeading heading, Sentences say) {
		this.heading = heading;
		this.say = say;
	}

	/** The scope itself as a 月报 names it: 市本级, "city level". */
	String self() {
		return this.say.say("level." + ReportLabels.selfLevel(this.heading.scope().name()));
	}

	/** Among the scope's children: 各镇街区中, "among the towns and zones". */
	String children() {
		String code = this.heading.scope().code();
		String kind;
		if (code.equals(RegionCatalog.CHINA_CODE)) {
			kind = "provinces";
		}
		else if (code.length() != 6) {
			kind = "other";
		}
		else {
			kind = code.endsWith("0000") ? "cities" : code.endsWith("00") ? "counties" : "towns";
		}
		return this.say.say("children." + kind);
	}

	/**
	 * Where a project went, as a sentence says it: 落户夏甸镇 / "in Xiadian (夏甸镇)", and for
	 * the scope itself 落户市本级 / "at city level" (never "in City level").
	 */
	String place(TopProject top) {
		return top.regionCode().equals(this.heading.scope().code()) ? this.say.say("place.self", self())
				: this.say.say("place.region", top.regionName());
	}

}
