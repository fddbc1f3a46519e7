package cn.investpromo.report.pdf;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

import com.lowagie.text.pdf.PdfPTable;

import cn.investpromo.report.EventFollowThrough;
import cn.investpromo.report.EventFollowThrough.EventRow;

/**
 * The follow-through of events as a table: each event with its projects and, at the
 * period's end, the started, the producing and the terminated, the funds arrived and the
 * three rates, then the total; an amount some projects do not report says below it how
 * many ("3个未填"), and one none reports reads 未填.
 */
final class FollowThroughTable {

	private final TableContext tables;

	private final PdfLabels labels;

	FollowThroughTable(TableContext tables) {
		this.tables = tables;
		this.labels = tables.labels();
	}

	PdfPTable table(EventFollowThrough followThrough) {
		Grid grid = this.tables.grid(true, this.tables.text("column.eventName", 160),
				this.tables.text("column.eventDate", 46), this.tables.number("pdf.followThrough.projects", 30),
				this.tables.number("column.amountYi", 48), this.tables.number("pdf.followThrough.started", 30),
				this.tables.number("pdf.followThrough.inProduction", 30),
				this.tables.number("pdf.followThrough.terminated", 30), this.tables.number("column.fundsYi", 48),
				this.tables.number("column.startRate", 31), this.tables.number("column.productionRate", 31),
				this.tables.number("column.fundsRate", 31));
		String none = this.labels.get("report.none");
		for (EventRow row : followThrough.events()) {
			grid.add(row.event())
				.add((row.date() != null) ? Formats.DATE.format(row.date()) : "")
				.add(Formats.count(row.projects()));
			amount(grid, row.amountWan(), row.projectsWithoutAmount(), row.projectsUnagreed(), false);
			grid.add(Formats.count(row.started()))
				.add(Formats.count(row.inProduction()))
				.add(Formats.count(row.terminated()));
			amount(grid, row.fundsArrivedWan(), row.projectsWithoutFunds(), false);
			grid.add(Formats.share(row.startRatePercent(), none))
				.add(Formats.share(row.productionRatePercent(), none))
				.add(Formats.share(row.fundsRatePercent(), none));
		}
		EventRow total = followThrough.total();
		grid.total(this.labels.get("report.total")).total("").total(Formats.count(total.projects()));
		amount(grid, total.amountWan(), total.projectsWithoutAmount(), total.projectsUnagreed(), true);
		grid.total(Formats.count(total.started()))
			.total(Formats.count(total.inProduction()))
			.total(Formats.count(total.terminated()));
		amount(grid, total.fundsArrivedWan(), total.projectsWithoutFunds(), true);
		grid.total(Formats.share(total.startRatePercent(), none))
			.total(Formats.share(total.productionRatePercent(), none))
			.total(Formats.share(total.fundsRatePercent(), none));
		return grid.table();
	}

	/**
	 * An agreed investment with the projects it leaves out below: 未填, or else 未约定 where
	 * only agreements that set no amount lack one (issue 22).
	 */
	private void amount(Grid grid, @Nullable BigDecimal wan, long notReported, long unagreed, boolean total) {
		if (notReported == 0 && unagreed > 0) {
			if (wan == null) {
				// every one of them sets none: nothing is missing
				cell(grid, total, this.labels.get("report.unagreed"), null);
				return;
			}
			cell(grid, total, Formats.yi(wan), this.labels.format("followThrough.unagreed", Formats.count(unagreed)));
			return;
		}
		amount(grid, wan, notReported, total);
	}

	/**
	 * An amount in 亿元 with how many projects do not report it below; 未填 when none does.
	 */
	private void amount(Grid grid, @Nullable BigDecimal wan, long notReported, boolean total) {
		String value = (wan != null) ? Formats.yi(wan) : this.labels.get("followThrough.unknown");
		cell(grid, total, value, (wan == null || notReported == 0) ? null
				: this.labels.format("followThrough.notReported", Formats.count(notReported)));
	}

	private static void cell(Grid grid, boolean total, String value, @Nullable String note) {
		if (note == null) {
			if (total) {
				grid.total(value);
			}
			else {
				grid.add(value);
			}
		}
		else if (total) {
			grid.total(value, note);
		}
		else {
			grid.add(value, note);
		}
	}

}
