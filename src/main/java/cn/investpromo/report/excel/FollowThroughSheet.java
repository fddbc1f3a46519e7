package cn.investpromo.report.excel;

import java.util.ArrayList;
import java.util.List;

import cn.investpromo.report.CoverageNotes;
import cn.investpromo.report.EventFollowThrough;
import cn.investpromo.report.EventFollowThrough.EventRow;
import cn.investpromo.report.ReportLabels;
import cn.investpromo.report.ReportModel;
import cn.investpromo.report.excel.Table.Kind;

/**
 * The 活动成效 sheet: each event of the last 12 months with the projects signed at it and, at
 * the period's end, how many started and produce, their funds and the rates, with the
 * projects whose amount or funds are not reported.
 */
final class FollowThroughSheet {

	private final SheetContext sheets;

	private final ReportModel model;

	private final ReportLabels labels;

	FollowThroughSheet(SheetContext sheets) {
		this.sheets = sheets;
		this.model = sheets.model();
		this.labels = sheets.labels();
	}

	void write() {
		EventFollowThrough followThrough = this.model.followThrough();
		List<EventRow> events = followThrough.events();
		Table<EventRow> table = (events.isEmpty() ? Table.of(events)
				: Table.withTotalRow(events, followThrough.total()))
			.column(this.labels.get("column.eventName"), Kind.TEXT, EventRow::event)
			.column(this.labels.get("column.eventDate"), Kind.DATE, EventRow::date)
			.column(this.labels.get("column.projects"), Kind.INTEGER, EventRow::projects)
			.column(this.labels.get("column.amountYi"), Kind.AMOUNT_WAN, EventRow::amountWan)
			.column(this.labels.get("column.started"), Kind.INTEGER, EventRow::started)
			.column(this.labels.get("column.inProductionCount"), Kind.INTEGER, EventRow::inProduction)
			.column(this.labels.get("column.terminatedCount"), Kind.INTEGER, EventRow::terminated)
			.column(this.labels.get("column.fundsYi"), Kind.AMOUNT_WAN, EventRow::fundsArrivedWan)
			.column(this.labels.get("column.startRate"), Kind.RATE, EventRow::startRatePercent)
			.column(this.labels.get("column.productionRate"), Kind.RATE, EventRow::productionRatePercent)
			.column(this.labels.get("column.fundsRate"), Kind.RATE, EventRow::fundsRatePercent)
			.column(this.labels.get("column.withoutAmount"), Kind.INTEGER, EventRow::projectsWithoutAmount)
			.column(this.labels.get("column.unagreed"), Kind.INTEGER, EventRow::projectsUnagreed)
			.column(this.labels.get("column.withoutFunds"), Kind.INTEGER, EventRow::projectsWithoutFunds);
		List<String> notes = new ArrayList<>(events.isEmpty() ? List.of(this.labels.get("followThrough.none"))
				: List.of(this.labels.get("followThrough.basis")));
		notes.addAll(new CoverageNotes(this.labels).followThrough(followThrough));
		this.sheets.write("sheet.followThrough", "section.followThrough", table, (writer) -> {
		}, notes);
	}

}
