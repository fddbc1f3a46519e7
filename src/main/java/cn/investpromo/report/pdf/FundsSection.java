package cn.investpromo.report.pdf;

import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfPTable;

import cn.investpromo.report.FundsFigures;
import cn.investpromo.report.FundsFigures.Disagreement;
import cn.investpromo.report.FundsFigures.ProjectArrivals;
import cn.investpromo.report.FundsFigures.RegionArrivals;
import cn.investpromo.report.FundsFigures.UnlinkedArrival;
import cn.investpromo.report.Period;
import cn.investpromo.report.pdf.Tables.ComparisonRow;

/**
 * The PDF section of the funds ledger (SPEC §2.7, §5.2), under its own bookmark: the
 * arrivals and each source compared, the year by month against 序时进度, by source, by child
 * region, the projects with the largest arrivals, and the arrivals data quality lists.
 */
final class FundsSection {

	private final Page page;

	private final FigureWriter figures;

	private final Tables tables;

	private final TableContext context;

	private final Charts charts;

	private final PdfLabels labels;

	FundsSection(Page page, FigureWriter figures, Tables tables, TableContext context, Charts charts) {
		this.page = page;
		this.figures = figures;
		this.tables = tables;
		this.context = context;
		this.charts = charts;
		this.labels = context.labels();
	}

	void write(FundsFigures funds) throws DocumentException {
		boolean english = this.labels.report().language().english();
		List<ComparisonRow> rows = new ArrayList<>();
		rows.add(new ComparisonRow(this.labels.get("funds.arrivedTotal"), funds.arrivedWan(), true));
		funds.bySource().forEach((s) -> rows.add(new ComparisonRow(s.source().label(english), s.arrivedWan(), true)));
		PdfPTable compared = this.tables.comparisons("funds.source", rows);
		this.page.heading("section.fundsLedger", 0, this.page.keep(compared) + 40);
		this.page.note(this.labels.format("funds.ledgerBasis",
				this.labels.report().periodName(Period.month(funds.coveredFrom())),
				String.valueOf(funds.unlinkedArrivals())));
		this.page.breaks().add(compared);
		this.figures.figure(this.charts.fundsByMonth(funds));
		if (funds.bySource()
			.stream()
			.anyMatch((s) -> s.arrivedWan().month() != null && s.arrivedWan().month().signum() != 0)) {
			this.figures.figure(this.charts.fundsBySource(funds, english));
		}
		this.page.section("funds.byRegion", funds.byRegion().isEmpty(), () -> byRegion(funds));
		this.page.section("funds.topProjects", funds.topProjects().isEmpty(), () -> topProjects(funds));
		this.page.section("funds.unlinked", funds.unlinked().isEmpty(), () -> unlinked(funds));
		this.page.section("funds.disagreements", funds.disagreements().isEmpty(), () -> disagreements(funds));
	}

	private PdfPTable byRegion(FundsFigures funds) {
		Grid grid = this.context.grid(false, this.context.text("column.region", 200),
				this.context.number("funds.arrivedYi", 120));
		for (RegionArrivals row : funds.byRegion()) {
			grid.add(row.name()).add(Formats.yi(row.arrivedWan()));
		}
		return grid.table();
	}

	private PdfPTable topProjects(FundsFigures funds) {
		Grid grid = this.context.grid(false, this.context.number("column.rank", 30),
				this.context.text("column.projectName", 150), this.context.text("column.investor", 130),
				this.context.text("column.region", 80), this.context.number("funds.arrivedYi", 60),
				this.context.number("funds.arrivals", 40));
		for (ProjectArrivals p : funds.topProjects()) {
			grid.add(String.valueOf(p.rank()))
				.add(p.name())
				.add(p.investor())
				.add(p.regionName())
				.add(Formats.yi(p.arrivedWan()))
				.add(Formats.count(p.arrivals()));
		}
		return grid.table();
	}

	private PdfPTable unlinked(FundsFigures funds) {
		Grid grid = this.context.grid(true, this.context.text("column.projectName", 130),
				this.context.text("column.region", 70), this.context.text("funds.date", 60),
				this.context.number("funds.arrivedYi", 60), this.context.text("funds.where", 160));
		for (UnlinkedArrival u : funds.unlinked()) {
			grid.add(u.name())
				.add(u.regionName())
				.add(u.monthOnly() ? u.date().toString().substring(0, 7) : u.date().toString())
				.add(Formats.yi(u.amountWan()))
				.add(this.labels.format("funds.whereRow", u.file(), u.sheet(), String.valueOf(u.row())));
		}
		return grid.table();
	}

	private PdfPTable disagreements(FundsFigures funds) {
		Grid grid = this.context.grid(true, this.context.text("column.projectName", 150),
				this.context.text("column.region", 80), this.context.number("funds.ledgerColumnYi", 80),
				this.context.number("funds.arrivalsSumYi", 80), this.context.number("funds.differenceYi", 80));
		for (Disagreement d : funds.disagreements()) {
			grid.add(d.name())
				.add(d.regionName())
				.add(Formats.yi(d.ledgerWan()))
				.add(Formats.yi(d.arrivalsWan()))
				.add(Formats.yi(d.differenceWan()));
		}
		return grid.table();
	}

}
