package cn.investpromo.job;

import cn.investpromo.region.Region;

/** What {@code report --each} did for one unit: its report's outcome. */
public record UnitOutcome(Region unit, ReportOutcome report) {
}
