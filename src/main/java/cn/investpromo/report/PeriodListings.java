package cn.investpromo.report;

import java.util.List;

/**
 * The listings section: what the report prints row by row, computed by {@link Listings}.
 *
 * @param events the period's events, by start date
 * @param projects the period's signed projects, by signing date
 */
public record PeriodListings(List<EventListing> events, List<ProjectListing> projects) {
}
