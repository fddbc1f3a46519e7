package cn.investpromo.report;

import cn.investpromo.store.Rows;

/**
 * The listings section: what the report prints row by row, computed by {@link Listings}
 * and read as it is printed, with the columns the renderers show.
 *
 * @param events the period's events, by start date
 * @param projects the period's signed projects, largest agreed investment first, those
 * without an amount last
 * @param eventColumns the event list's columns, {@link EventListing#COLUMNS}
 * @param projectColumns the project list's columns, {@link ProjectListing#COLUMNS}
 */
public record PeriodListings(Rows<EventListing> events, Rows<ProjectListing> projects,
		ListedColumns<EventListing> eventColumns, ListedColumns<ProjectListing> projectColumns) {

	/** The listings with their declared columns. */
	public PeriodListings(Rows<EventListing> events, Rows<ProjectListing> projects) {
		this(events, projects, EventListing.COLUMNS, ProjectListing.COLUMNS);
	}

}
