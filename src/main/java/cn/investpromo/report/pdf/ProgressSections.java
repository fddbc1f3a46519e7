package cn.investpromo.report.pdf;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;

import cn.investpromo.report.CoverageNotes;
import cn.investpromo.report.EventFollowThrough;
import cn.investpromo.report.FundsArrived;
import cn.investpromo.report.FundsFigures;
import cn.investpromo.report.ReportModel;
import cn.investpromo.report.TargetProgress;

/**
 * The sections of progress: annual targets, the overview charts, landing progress, the
 * follow-through of events, funds arrived and amount bands.
 */
final class ProgressSections {

	private final ReportModel model;

	private final Page page;

	private final Document document;

	private final PdfLabels labels;

	private final Typography type;

	private final TableContext context;

	private final Tables tables;

	private final ProgressTables progress;

	private final Charts charts;

	private final FigureWriter figures;

	ProgressSections(DocumentParts report, Page page, FigureWriter figures) {
		this.model = report.model();
		this.page = page;
		this.document = page.document();
		this.labels = report.labels();
		this.type = report.type();
		this.context = report.context();
		this.tables = report.tables();
		this.progress = new ProgressTables(this.context);
		this.charts = report.charts();
		this.figures = figures;
	}

	void targets() throws DocumentException {
		TargetProgress targets = this.model.targets();
		if (targets.targets().isEmpty()) {
			this.page.heading("section.targets", 0, 60);
			String none = targets.any() ? "targets.noneOwn" : "targets.none";
			this.document
				.add(new Paragraph(this.labels.format(none, String.valueOf(targets.year())), this.type.body()));
		}
		else {
			PdfPTable table = this.progress.targets(targets);
			this.page.heading("section.targets", 0, this.page.keep(table) + 24);
			this.page.note(this.labels.get("note.lights"));
			this.document.add(table);
			this.figures.figure(this.charts.targets(targets));
		}
		if (!targets.byRegion().isEmpty()) {
			PdfPTable table = this.progress.regionTargets(targets);
			this.page.subheading("section.regionTargets", Math.min(this.page.keep(table), 200) + 24);
			this.page.note(this.labels.get("note.regionTargets"));
			this.page.breaks().add(table);
		}
	}

	void charts() throws DocumentException {
		List<Charts.Drawn> pending = new ArrayList<>(this.charts.overview(this.model));
		// the section heading stays on the page of the first chart
		this.page.heading("section.charts", 0, this.page.keep(pending.get(0)) + 40);
		while (!pending.isEmpty()) {
			// a chart too tall for the rest of the page lets a shorter one go first,
			// so no page is left half empty
			Charts.Drawn next = pending.stream()
				.filter((drawn) -> this.page.keep(drawn) <= this.page.room())
				.findFirst()
				.orElse(pending.get(0));
			pending.remove(next);
			this.figures.figure(next);
		}
	}

	void landing() throws DocumentException {
		Charts.Drawn chart = this.charts.landing(this.model);
		PdfPTable table = this.page.breaks()
			.withNotes(this.progress.landing(this.model.landing().byRegion(), this.model.landing().total()),
					List.of(this.labels.get("landing.basis"), this.labels.pdf("pdf.landing.shares")));
		// a tall chart that would leave this page half empty goes after the table,
		// which can start here
		boolean tableFirst = this.page.keep(chart) + 40 > this.page.room()
				&& this.page.room() > this.page.keep(table) + 100;
		this.page.heading("section.landing", 0, tableFirst ? this.page.keep(table) : this.page.keep(chart) + 40);
		if (!tableFirst) {
			this.figures.figure(chart);
			this.page.ensureSpace(this.page.keep(table) + 30);
		}
		this.page.breaks().add(table);
		if (tableFirst) {
			this.figures.figure(chart);
		}
	}

	/**
	 * The events of the last 12 months and what became of their signings, kept with its
	 * heading when short.
	 */
	void followThrough() throws DocumentException {
		EventFollowThrough followThrough = this.model.followThrough();
		if (followThrough.events().isEmpty()) {
			this.page.heading("section.followThrough", 0, 60);
			this.page.note(this.labels.get("followThrough.none"));
			return;
		}
		PdfPTable table = this.page.breaks()
			.withNotes(new FollowThroughTable(this.context).table(followThrough),
					Stream
						.concat(Stream.of(this.labels.get("followThrough.basis")),
								new CoverageNotes(this.labels.report()).followThrough(followThrough).stream())
						.toList());
		this.page.heading("section.followThrough", 0, this.page.keep(table));
		this.page.breaks().add(table);
	}

	void funds() throws DocumentException {
		FundsFigures ledger = this.model.fundsLedger();
		if (ledger != null) { // arrivals from a funds ledger replace the cumulative
								// column
			new FundsSection(this.page, this.figures, this.tables, this.context, this.charts).write(ledger);
			return;
		}
		FundsArrived funds = this.model.funds();
		YearMonth month = this.model.month();
		PdfPTable table = this.page.breaks()
			.withNotes(this.progress.funds(funds), List
				.of(this.labels.labelValue("column.projectsWithFunds", Formats.count(funds.projectsWithFunds()))));
		this.page.heading("section.fundsArrived", 0, this.page.keep(table) + 40);
		this.page.note(this.labels.format("funds.basis", String.valueOf(month.getYear()),
				String.valueOf(month.getMonthValue())));
		if (!funds.bySourceApplies()) {
			this.page.note(this.labels.get("funds.notSplit"));
		}
		this.page.breaks().add(table);
		Charts.Drawn chart = this.charts.funds(this.model);
		if (chart != null) {
			this.figures.figure(chart);
		}
	}

	void amountBands() throws DocumentException {
		this.page.section("section.amountBands", this.model.headline().amountBands().isEmpty(),
				() -> this.tables.amountBands(this.model.headline().amountBands()));
	}

}
