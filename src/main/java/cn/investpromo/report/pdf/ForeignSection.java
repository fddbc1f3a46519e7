package cn.investpromo.report.pdf;

import java.math.BigDecimal;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfPTable;
import org.jspecify.annotations.Nullable;

import cn.investpromo.report.Comparison;
import cn.investpromo.report.ForeignInvestment;
import cn.investpromo.report.ForeignInvestment.CountryFigures;
import cn.investpromo.report.ProjectListing;

/**
 * The PDF's 外资 section (SPEC §2.9), with its bookmark: the three figures compared, the
 * period by country or region, its chart, and the period's foreign-invested projects; no
 * section when the model has none.
 */
final class ForeignSection {

	private final DocumentParts parts;

	private final Page page;

	private final FigureWriter figures;

	ForeignSection(DocumentParts parts, Page page, FigureWriter figures) {
		this.parts = parts;
		this.page = page;
		this.figures = figures;
	}

	void write() throws DocumentException {
		ForeignInvestment foreign = this.parts.model().foreignInvestment();
		if (foreign == null) {
			return;
		}
		PdfLabels labels = this.parts.labels();
		Document document = this.page.document();
		PdfPTable figures = comparisons(foreign);
		this.page.heading("section.foreign", 0, this.page.keep(figures) + 40);
		this.page.note(labels.get("foreign.basis"));
		document.add(figures);
		PdfPTable countries = byCountry(foreign);
		this.page.subheading("section.foreignByCountry", Math.min(this.page.keep(countries), 200) + 24);
		this.page.breaks().add(countries);
		Charts.Drawn chart = this.parts.charts().foreign(foreign);
		if (chart != null) {
			this.figures.figure(chart);
		}
		if (!foreign.projects().isEmpty()) {
			ListedGrid<ProjectListing> listed = new ListedGrid<>(this.parts.context(), ForeignInvestment.COLUMNS);
			Grid grid = listed.grid();
			foreign.projects().forEach((p) -> listed.row(grid, p));
			PdfPTable table = grid.table();
			this.page.subheading("section.foreignProjects", Math.min(this.page.keep(table), 200) + 24);
			this.page.breaks().add(table);
		}
	}

	private PdfPTable comparisons(ForeignInvestment foreign) {
		TableContext context = this.parts.context();
		Grid grid = context.grid(false, context.text("kpi.indicator", 100), context.number("compare.month", 42),
				context.number("compare.previousMonth", 46), context.number("compare.monthOnMonth", 46),
				context.number("compare.sameMonthLastYear", 46), context.number("compare.yearOnYear", 46),
				context.number("compare.ytd", 48), context.number("compare.ytdLastYear", 59),
				context.number("compare.ytdChange", 48));
		row(grid, "foreign.contractedUsdWan", foreign.contractedUsdWan(), true);
		row(grid, "foreign.actualUsdWan", foreign.actualUsdWan(), true);
		row(grid, "foreign.foreignProjects", foreign.foreignProjects(), false);
		return grid.table();
	}

	private void row(Grid grid, String labelKey, Comparison values, boolean usd) {
		String none = this.parts.labels().get("report.none");
		grid.add(this.parts.labels().get(labelKey))
			.add(figure(values.month(), usd, none))
			.add(figure(values.previousMonth(), usd, none))
			.add(Formats.change(values.monthOnMonthPercent(), none))
			.add(figure(values.sameMonthLastYear(), usd, none))
			.add(Formats.change(values.yearOnYearPercent(), none))
			.add(figure(values.ytd(), usd, none))
			.add(figure(values.ytdLastYear(), usd, none))
			.add(Formats.change(values.ytdPercent(), none));
	}

	/** 万美元 as they stand, or a count; {@code none} where unknown. */
	private static String figure(@Nullable BigDecimal value, boolean usd, String none) {
		if (value == null) {
			return none;
		}
		return usd ? Formats.usdWan(value) : Formats.count(value);
	}

	private PdfPTable byCountry(ForeignInvestment foreign) {
		TableContext context = this.parts.context();
		Grid grid = context.grid(false, context.text("column.investorCountry", 160),
				context.number("foreign.projects", 80), context.number("column.contractedFdi", 120),
				context.number("foreign.actualUsdWan", 121));
		List<CountryFigures> rows = foreign.byCountry();
		long projects = 0;
		BigDecimal contracted = BigDecimal.ZERO;
		BigDecimal actual = BigDecimal.ZERO;
		for (CountryFigures row : rows) {
			grid.add(row.name())
				.add(Formats.count(row.projects()))
				.add(Formats.usdWan(row.contractedUsdWan()))
				.add(Formats.usdWan(row.actualUsdWan()));
			projects += row.projects();
			contracted = contracted.add(row.contractedUsdWan());
			actual = actual.add(row.actualUsdWan());
		}
		grid.total(this.parts.labels().get("report.total"))
			.total(Formats.count(projects))
			.total(Formats.usdWan(contracted))
			.total(Formats.usdWan(actual));
		return grid.table();
	}

}
