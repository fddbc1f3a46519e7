package cn.investpromo.region;

import java.util.Optional;

/**
 * The hierarchy of the regions, as {@link RegionResolver} walks it: the catalogue is one,
 * and the resolver it makes knows it only as this.
 */
interface RegionTree {

	/** The parent in the hierarchy; empty for the root, groups and foreign regions. */
	Optional<Region> parent(Region region);

	/** Whether region is ancestor or lies below it. */
	boolean contains(Region ancestor, Region region);

	/** The full path name from the province down: 江苏省南京市鼓楼区. */
	String pathName(Region region);

}
