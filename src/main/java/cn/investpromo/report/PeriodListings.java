package cn.investpromo.report;

import cn.investpromo.store.Rows;

/**
 * The listings section: what the report prints row by row, computed by {@link Listings}
 * and read as it is printed.
 *
 * @param events the period's events, by start date
 * @param projects the period's signed projects, largest agreed investment first, those
 * without an amount last
 */
public record PeriodListings(Rows<EventListing> events, Rows<ProjectListing> projects) {
}
