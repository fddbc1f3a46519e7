package cn.investpromo.region;

import java.util.List;

import cn.investpromo.quality.Source;

/**
 * A region from a regions sheet: new (a zone, a park, a group) or aliases and members for
 * a known one.
 */
public record UserRegion(Region region, List<String> memberCodes, Source source) {
}
