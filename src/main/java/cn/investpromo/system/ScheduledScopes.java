package cn.investpromo.system;

import java.util.List;

import cn.investpromo.region.Region;

/**
 * The regions {@code investpromo schedule} reports on, resolved (and so validated) at
 * start-up.
 */
public record ScheduledScopes(List<Region> regions) {
}
