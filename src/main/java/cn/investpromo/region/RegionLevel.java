package cn.investpromo.region;

/**
 * Level of a {@link Region} in the administrative hierarchy, or the kind of a
 * non-administrative region.
 */
public enum RegionLevel {

	/** 省、自治区、直辖市、特别行政区 (and Taiwan). */
	PROVINCE,

	/** 地级市、地区、自治州、盟. */
	CITY,

	/**
	 * 市辖区、县、县级市、旗 (and the statistical development zones the source lists at this level).
	 */
	COUNTY,

	/** 乡、镇、街道、苏木. */
	TOWN,

	/** A development zone or park of our own, below its county or city. */
	ZONE,

	/**
	 * A region group such as 粤港澳大湾区, defined by its members; also the synthetic root 全国.
	 */
	GROUP,

	/** A foreign country or region that appears as an investor origin. */
	FOREIGN

}
