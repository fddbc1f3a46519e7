package cn.investpromo.report.excel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.jspecify.annotations.Nullable;

import cn.investpromo.report.BreakdownTables;
import cn.investpromo.report.EventTypeFigures;
import cn.investpromo.report.IndustryFigures;
import cn.investpromo.report.KpiKind;
import cn.investpromo.report.LandingFigures;
import cn.investpromo.report.GroupFigures;
import cn.investpromo.report.RegionFigures;
import cn.investpromo.report.ReportLabels;
import cn.investpromo.report.ReportModel;
import cn.investpromo.report.SubIndustryFigures;
import cn.investpromo.report.TopProject;
import cn.investpromo.report.TrendPoint;
import cn.investpromo.report.CoverageNotes;
import cn.investpromo.report.UnreportedNotes;
import cn.investpromo.report.excel.Table.Kind;
import cn.investpromo.report.excel.Table.Placement;

/**
 * The one-table breakdown sheets: by region, industry, investor origin, event type,
 * landing, trend, top 10.
 */
final class BreakdownSheets {

	// column positions the trend chart points at; the other overview charts read
	// ChartDataSheet
	static final int TREND_MONTH = 0;

	static final int TREND_PROJECTS = 2;

	static final int TREND_AMOUNT = 3;

	private final SheetContext sheets;

	private final ReportModel model;

	private final ReportLabels labels;

	BreakdownSheets(SheetContext sheets) {
		this.sheets = sheets;
		this.model = sheets.model();
		this.labels = sheets.labels();
	}

	/**
	 * Writes the sheets and returns where the trend sits, for the overview's trend chart.
	 */
	Source writeAll() {
		boolean en = this.labels.language().english();
		BreakdownTables breakdowns = this.model.breakdowns();
		UnreportedNotes unreported = new UnreportedNotes(this.labels, this.model.headline().terms());
		write("sheet.byRegion", "section.byRegion",
				Table.withTotals(breakdowns.byRegion())
					.column(this.labels.get("column.position"), Kind.LABEL, (row) -> this.labels.rank(row.rank()))
					.column(this.labels.get("column.region"), Kind.TEXT, this.labels::regionName)
					.codeColumn(this.labels.get("column.regionCode"), RegionFigures::code)
					.column(this.labels.get("column.events"), Kind.INTEGER, RegionFigures::events)
					.column(this.labels.get("column.attendees"), Kind.INTEGER, (row) -> orNone(row.attendees()))
					.column(this.labels.get("column.projects"), Kind.INTEGER, RegionFigures::projects)
					.column(this.labels.get("column.amountYi"), Kind.AMOUNT_WAN, (row) -> orNone(row.amountWan()))
					.column(this.labels.get("column.positionChange"), Kind.LABEL,
							(row) -> this.labels.rankChange(row.rank(), row.rankChange())),
				regionNotes(breakdowns, unreported.byRegion(breakdowns.byRegion())));
		List<String> amountNotes = unreported.byIndustry(this.model.breakdowns().byIndustry());
		write("sheet.byIndustry", "section.byIndustry",
				Table.withTotals(this.model.breakdowns().byIndustry())
					.column(this.labels.get("column.industry"), Kind.TEXT, IndustryFigures::name)
					.codeColumn(this.labels.get("column.industryCode"), IndustryFigures::code)
					.column(this.labels.get("column.projects"), Kind.INTEGER, IndustryFigures::projects)
					.column(this.labels.get("column.amountYi"), Kind.AMOUNT_WAN, (row) -> orNone(row.amountWan()))
					.column(this.labels.get("column.share"), Kind.SHARE, (row) -> orNone(row.sharePercent())),
				amountNotes);
		bySubIndustry(amountNotes);
		write("sheet.byInvestorOrigin", "section.byInvestorOrigin",
				Table.withTotals(this.model.breakdowns().byInvestorOrigin())
					.column(this.labels.get("column.origin"), Kind.TEXT, GroupFigures::name)
					.codeColumn(this.labels.get("column.regionCode"), GroupFigures::code)
					.column(this.labels.get("column.projects"), Kind.INTEGER, GroupFigures::projects)
					.column(this.labels.get("column.amountYi"), Kind.AMOUNT_WAN, (row) -> orNone(row.amountWan())),
				unreported.byInvestorOrigin(this.model.breakdowns().byInvestorOrigin()));
		new CrossTableSheet(this.sheets).write(this.sheets.sheet("sheet.byRegionIndustry"), amountNotes);
		write("sheet.eventsByType", "section.eventsByType",
				Table.withTotals(this.model.breakdowns().eventsByType())
					.column(this.labels.get("column.type"), Kind.TEXT, (row) -> row.type().label(en))
					.column(this.labels.get("column.events"), Kind.INTEGER, EventTypeFigures::events)
					.column(this.labels.get("column.attendees"), Kind.INTEGER, (row) -> orNone(row.attendees()))
					.column(this.labels.get("column.enterprises"), Kind.INTEGER, (row) -> orNone(row.enterprises())),
				unreported.eventsByType(this.model.breakdowns().eventsByType()));
		landing();
		new ProgressSheets(this.sheets).writeAll();
		new ForeignSheet(this.sheets).write();
		Source trend = trend(unreported);
		topProjects();
		new InvestorTagsSheet(this.sheets).write();
		return trend;
	}

	/**
	 * The trend sheet, whose place the overview's trend chart reads. A 13-month total
	 * would mix two years, so the trend has none; an unknown amount stays an empty cell,
	 * which the trend chart draws as a gap (a "—" would be drawn as zero).
	 */
	private Source trend(UnreportedNotes unreported) {
		return write("sheet.trend", "section.trend",
				Table.of(this.model.trend().points())
					.column(this.labels.get("column.month"), Kind.TEXT, (row) -> row.period().label())
					.column(this.labels.get("column.events"), Kind.INTEGER, TrendPoint::events)
					.column(this.labels.get("column.projects"), Kind.INTEGER, TrendPoint::projects)
					.column(this.labels.get("column.amountYi"), Kind.AMOUNT_WAN, TrendPoint::amountWan),
				(writer) -> {
				}, trendNotes(unreported));
	}

	/** Blank amounts by period, and the periods without ledger data (empty, not zero). */
	private List<String> trendNotes(UnreportedNotes unreported) {
		List<String> notes = new ArrayList<>(unreported.trend(this.model.trend().points()));
		notes.addAll(new CoverageNotes(this.labels).trend(this.model));
		return notes;
	}

	private void topProjects() {
		List<TopProject> top = this.model.rankings().topProjects();
		this.sheets.titled("sheet.topProjects", this.labels.topProjectsTitle(top.size()),
				Table.of(top)
					.column(this.labels.get("column.rank"), Kind.INTEGER, TopProject::rank)
					.column(this.labels.get("column.projectName"), Kind.TEXT, TopProject::name)
					.column(this.labels.get("column.investor"), Kind.TEXT, TopProject::investor)
					.column(this.labels.get("column.region"), Kind.TEXT,
							(row) -> this.sheets.regionName(row.regionCode(), row.regionName()))
					.column(this.labels.get("column.industry"), Kind.TEXT, TopProject::industryName)
					.column(this.labels.get("column.amountYi"), Kind.AMOUNT_WAN, TopProject::amountWan)
					.column(this.labels.get("column.signedDate"), Kind.DATE, TopProject::signedDate)
					.column(this.labels.get("column.statusAtEnd"), Kind.TEXT,
							(row) -> row.status().label(this.labels.language().english())),
				(writer) -> {
				}, List.of());
	}

	/**
	 * A row of the sub-industry sheet: a sub-industry, or an industry's subtotal; no
	 * share in the total row; an amount null where none of the row's projects gives one.
	 */
	private record SubIndustryRow(String industry, @Nullable String name, @Nullable String code, long projects,
			@Nullable BigDecimal amountWan, @Nullable BigDecimal sharePercent) {
	}

	/** The value, or "—" where none of the row's items gives it (unknown, never zero). */
	private Object orNone(@Nullable Object value) {
		return (value != null) ? value : new Table.Blank(this.labels.get("report.none"));
	}

	/**
	 * The month by second-level industry, each industry's sub-industries followed by its
	 * subtotal, which is the industry's row of the 分产业 sheet; the total is the month's.
	 */
	private void bySubIndustry(List<String> notes) {
		List<SubIndustryRow> rows = new ArrayList<>();
		for (IndustryFigures industry : this.model.breakdowns().byIndustry()) {
			for (SubIndustryFigures sub : this.model.breakdowns().bySubIndustry()) {
				if (sub.industryCode().equals(industry.code())) {
					rows.add(new SubIndustryRow(industry.name(), sub.name(), sub.code(), sub.projects(),
							sub.amountWan(), sub.sharePercent()));
				}
			}
			rows.add(new SubIndustryRow(this.labels.format("report.subtotal", industry.name()), null, industry.code(),
					industry.projects(), industry.amountWan(), industry.sharePercent()));
		}
		// the industries cover every project of the period: their total is the headline
		// figure
		SubIndustryRow total = new SubIndustryRow("", null, null,
				Objects.requireNonNull(this.model.headline().kpi(KpiKind.PROJECTS).values().month()).longValue(),
				this.model.headline().kpi(KpiKind.AMOUNT_WAN).values().month(), null);
		Table<SubIndustryRow> table = (rows.isEmpty() ? Table.of(rows) : Table.withTotalRow(rows, total))
			.subtotals((row) -> row.name() == null);
		write("sheet.bySubIndustry", "section.bySubIndustry",
				table.column(this.labels.get("column.industry"), Kind.TEXT, SubIndustryRow::industry)
					.column(this.labels.get("column.subIndustry"), Kind.TEXT, SubIndustryRow::name)
					.codeColumn(this.labels.get("column.subIndustryCode"), SubIndustryRow::code)
					.column(this.labels.get("column.projects"), Kind.INTEGER, SubIndustryRow::projects)
					.column(this.labels.get("column.amountYi"), Kind.AMOUNT_WAN, (row) -> orNone(row.amountWan()))
					.column(this.labels.get("column.share"), Kind.SHARE,
							(row) -> (row.amountWan() != null) ? row.sharePercent() : orNone(null)),
				(writer) -> {
				}, notes);
	}

	/**
	 * Landing progress: counts, shares, 开工率/投产率, the month's new starts, the scope's
	 * total and the basis.
	 */
	private void landing() {
		Table<LandingFigures> table = Table.withTotalRow(this.model.landing().byRegion(), this.model.landing().total())
			.column(this.labels.get("column.region"), Kind.TEXT, (row) -> this.labels.regionName(row))
			.codeColumn(this.labels.get("column.regionCode"), LandingFigures::regionCode)
			.column(this.labels.get("column.signed"), Kind.INTEGER, LandingFigures::signed)
			.column(this.labels.get("column.underConstruction"), Kind.INTEGER, LandingFigures::underConstruction)
			.column(this.labels.get("column.inProduction"), Kind.INTEGER, LandingFigures::inProduction)
			.column(this.labels.get("column.terminated"), Kind.INTEGER, LandingFigures::terminated)
			.column(this.labels.get("column.totalProjects"), Kind.INTEGER, LandingFigures::total)
			.column(this.labels.get("column.signedShare"), Kind.SHARE, (row) -> row.shares().signed())
			.column(this.labels.get("column.underConstructionShare"), Kind.SHARE,
					(row) -> row.shares().underConstruction())
			.column(this.labels.get("column.inProductionShare"), Kind.SHARE, (row) -> row.shares().inProduction())
			.column(this.labels.get("column.terminatedShare"), Kind.SHARE, (row) -> row.shares().terminated())
			.column(this.labels.get("column.startRate"), Kind.RATE, LandingFigures::startRatePercent)
			.column(this.labels.get("column.productionRate"), Kind.RATE, LandingFigures::productionRatePercent)
			.column(this.labels.get("column.newStarts"), Kind.INTEGER, LandingFigures::newStarts)
			.column(this.labels.get("column.newProduction"), Kind.INTEGER, LandingFigures::newProduction);
		write("sheet.landing", "section.landing", table, (writer) -> {
		}, List.of(this.labels.get("landing.basis")));
	}

	/**
	 * Under the region table: what it leaves blank, how it is ranked, and how many
	 * regions without figures it leaves out.
	 */
	private List<String> regionNotes(BreakdownTables breakdowns, List<String> unreported) {
		List<String> notes = new ArrayList<>(unreported);
		notes.add(this.labels.get("note.regionRanking"));
		if (breakdowns.regionsWithoutFigures() > 0) {
			notes.add(this.labels.format("note.regionsWithoutFigures", breakdowns.regionsWithoutFigures()));
		}
		return notes;
	}

	private <T> Source write(String sheetKey, String sectionKey, Table<T> table) {
		return this.sheets.write(sheetKey, sectionKey, table);
	}

	private <T> Source write(String sheetKey, String sectionKey, Table<T> table, List<String> notes) {
		return this.sheets.write(sheetKey, sectionKey, table, notes);
	}

	private <T> Source write(String sheetKey, String sectionKey, Table<T> table, Consumer<SheetWriter> widen,
			List<String> notes) {
		return this.sheets.write(sheetKey, sectionKey, table, widen, notes);
	}

}
