package cn.investpromo.report.pdf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.lowagie.text.pdf.PdfPTable;

import cn.investpromo.report.AmountBand;
import cn.investpromo.report.Comparison;
import cn.investpromo.report.IndustryFigures;
import cn.investpromo.report.Kpi;
import cn.investpromo.report.KpiKind;
import cn.investpromo.report.RegionFigures;
import cn.investpromo.report.ReportModel;
import cn.investpromo.report.TopProject;
import cn.investpromo.report.pdf.Grid.Column;

/**
 * The PDF's tables, laid out from the model's figures; total rows show the model's
 * scope-wide KPIs. Column widths follow the content (see {@link ColumnWidths}); the
 * widths given here, in points of the 481 pt text width, share out the room a table has
 * to spare.
 */
final class Tables {

	/**
	 * The most key projects the PDF lists: the largest; the workbook and the JSON have
	 * them all.
	 */
	static final int MAX_KEY_PROJECTS = 50;

	private final TableContext context;

	private final PdfLabels labels;

	Tables(TableContext context) {
		this.context = context;
		this.labels = context.labels();
	}

	PdfPTable kpis(ReportModel model) {
		List<ComparisonRow> rows = new ArrayList<>();
		for (Kpi kpi : model.headline().kpis()) {
			rows.add(new ComparisonRow(this.labels.report().kpi(kpi.kind()), kpi.values(), kpi.kind().amount()));
		}
		return comparisons("kpi.indicator", rows);
	}

	/** Projects of at least each threshold, with the same comparisons as the KPIs. */
	PdfPTable amountBands(List<AmountBand> bands) {
		List<ComparisonRow> rows = new ArrayList<>();
		for (AmountBand band : bands) {
			rows.add(new ComparisonRow(this.labels.report().band(band.atLeastYi()), band.projects(), false));
		}
		return comparisons("column.band", rows);
	}

	/** A figure and its comparisons; amounts are in 万元 and shown in 亿元. */
	record ComparisonRow(String label, Comparison values, boolean amount) {
	}

	PdfPTable comparisons(String firstHeader, List<ComparisonRow> rows) {
		Grid grid = grid(false, text(firstHeader, 100), number("compare.month", 42),
				number("compare.previousMonth", 46), number("compare.monthOnMonth", 46),
				number("compare.sameMonthLastYear", 46), number("compare.yearOnYear", 46), number("compare.ytd", 48),
				number("compare.ytdLastYear", 59), number("compare.ytdChange", 48));
		String none = this.labels.get("report.none");
		for (ComparisonRow row : rows) {
			Comparison values = row.values();
			grid.add(row.label())
				.add(TableContext.figure(row.amount(), values.month(), none))
				.add(TableContext.figure(row.amount(), values.previousMonth(), none))
				.add(Formats.change(values.monthOnMonthPercent(), none))
				.add(TableContext.figure(row.amount(), values.sameMonthLastYear(), none))
				.add(Formats.change(values.yearOnYearPercent(), none))
				.add(TableContext.figure(row.amount(), values.ytd(), none))
				.add(TableContext.figure(row.amount(), values.ytdLastYear(), none))
				.add(Formats.change(values.ytdPercent(), none));
		}
		return grid.table();
	}

	PdfPTable byRegion(ReportModel model) {
		Grid grid = grid(false, centre("column.position", 34), text("column.region", 150), number("column.events", 56),
				number("column.attendees", 56), number("column.projects", 56), number("column.amountYi", 80),
				centre("column.positionChange", 58));
		String none = this.labels.get("report.none");
		for (RegionFigures row : model.breakdowns().byRegion()) {
			grid.add(this.labels.report().rank(row.rank()))
				.add(this.labels.report().regionName(row))
				.add(Formats.count(row.events()))
				.add(Formats.count(row.attendees(), none))
				.add(Formats.count(row.projects()))
				.add(Formats.yi(row.amountWan(), none))
				.add(this.labels.report().rankChange(row.rank(), row.rankChange()));
		}
		grid.total("")
			.total(this.labels.get("report.total"))
			.total(Formats.count(month(model, KpiKind.EVENTS), none))
			.total(Formats.count(month(model, KpiKind.ATTENDEES), none))
			.total(Formats.count(month(model, KpiKind.PROJECTS), none))
			.total(Formats.yi(month(model, KpiKind.AMOUNT_WAN), none))
			.total("");
		return grid.table();
	}

	PdfPTable byIndustry(ReportModel model) {
		Grid grid = grid(false, text("column.industry", 200), number("column.projects", 80),
				number("column.amountYi", 121), number("column.share", 80));
		String none = this.labels.get("report.none");
		for (IndustryFigures row : model.breakdowns().byIndustry()) {
			grid.add(row.name())
				.add(Formats.count(row.projects()))
				.add(Formats.yi(row.amountWan(), none))
				.add(Formats.share(row.sharePercent(), none));
		}
		grid.total(this.labels.get("report.total"))
			.total(Formats.count(month(model, KpiKind.PROJECTS), none))
			.total(Formats.yi(month(model, KpiKind.AMOUNT_WAN), none))
			.total("");
		return grid.table();
	}

	PdfPTable topProjects(List<TopProject> projects) {
		Grid grid = grid(false, centre("column.rank", 28), text("column.projectName", 100), text("column.investor", 92),
				term("column.region", 66), term("column.industry", 60), number("column.amountYi", 50),
				centre("column.signedDate", 49), centre("column.statusAtEnd", 36));
		boolean english = this.labels.report().language().english();
		for (TopProject row : projects) {
			grid.add(String.valueOf(row.rank()))
				.add(row.name())
				.add(row.investor())
				.add(row.regionName())
				.add(row.industryName())
				.add(Formats.yi(row.amountWan()))
				.add(Formats.DATE.format(row.signedDate()))
				.add(row.status().label(english));
		}
		return grid.table();
	}

	private Grid grid(boolean compact, Column... columns) {
		return this.context.grid(compact, columns);
	}

	private Column text(String key, float width) {
		return this.context.text(key, width);
	}

	private Column term(String key, float width) {
		return this.context.term(key, width);
	}

	private Column number(String key, float width) {
		return this.context.number(key, width);
	}

	private Column centre(String key, float width) {
		return this.context.centre(key, width);
	}

	private static @Nullable BigDecimal month(ReportModel model, KpiKind kind) {
		return model.headline().kpi(kind).values().month();
	}

}
