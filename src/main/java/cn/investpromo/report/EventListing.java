package cn.investpromo.report;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import cn.investpromo.event.EventType;
import cn.investpromo.report.ListedColumn.Blank;
import cn.investpromo.report.ListedColumn.DateRange;
import cn.investpromo.report.ListedColumn.Format;

/** One event of the month, as the list sheet shows it. */
public record EventListing(@Nullable String id, String name, EventType type, LocalDate startDate, LocalDate endDate,
		String hostRegion, @Nullable String venue, @Nullable String targetRegion, @Nullable String organizer,
		@Nullable Integer attendees, @Nullable Integer enterprises, @Nullable String notes) {

	/**
	 * The event list's columns, as the workbook and the PDF show them (the JSON lists no
	 * events): a new listed column is one line here and its labels.
	 */
	public static final ListedColumns<EventListing> COLUMNS = ListedColumns.<EventListing>builder()
		.add("id", "column.id", Format.CODE, (e, en) -> e.id())
		.add("name", "column.eventName", Format.TEXT, (e, en) -> e.name())
		.printed(122)
		.add("type", "column.type", Format.TEXT, (e, en) -> e.type().label(en))
		.printed(60)
		// the PDF has room for one column of dates
		.add("dates", "pdf.column.dates", Format.DATE_RANGE, (e, en) -> new DateRange(e.startDate(), e.endDate()))
		.printedOnly(56)
		.add("startDate", "column.startDate", Format.DATE, (e, en) -> e.startDate())
		.add("endDate", "column.endDate", Format.DATE, (e, en) -> e.endDate())
		.add("hostRegion", "column.hostRegion", Format.TEXT, (e, en) -> e.hostRegion())
		.printed(64)
		.add("venue", "column.venue", Format.TEXT, (e, en) -> e.venue())
		.printed(69)
		.add("targetRegion", "column.targetRegion", Format.TEXT, (e, en) -> e.targetRegion())
		.add("organizer", "column.organizer", Format.TEXT, (e, en) -> e.organizer())
		.add("attendees", "column.attendees", Format.COUNT, (e, en) -> e.attendees())
		.blank(Blank.UNFILLED)
		.printed(52)
		.add("enterprises", "column.enterprises", Format.COUNT, (e, en) -> e.enterprises())
		.blank(Blank.UNFILLED)
		.printed(58)
		.add("notes", "column.notes", Format.TEXT, (e, en) -> e.notes())
		.build();

}
