package cn.investpromo.report.pdf;

import java.util.List;
import java.util.Objects;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;

import cn.investpromo.report.BreakdownTables;
import cn.investpromo.report.DataQuality;
import cn.investpromo.report.KeyProject;
import cn.investpromo.report.ListedColumns;
import cn.investpromo.report.PeriodListings;
import cn.investpromo.report.ReportModel;
import cn.investpromo.report.TopProject;
import cn.investpromo.report.UnreportedNotes;
import cn.investpromo.store.Rows;

/**
 * The tables at the document's end: breakdowns, rankings, the period's lists, and data
 * quality.
 */
final class TableSections {

	private final ReportModel model;

	private final Page page;

	private final Document document;

	private final PdfLabels labels;

	private final Typography type;

	private final TableContext context;

	private final Tables tables;

	private final CrossTables cross;

	private final QualityTables quality;

	private final UnreportedNotes unreported;

	TableSections(DocumentParts report, Page page) {
		this.model = report.model();
		this.page = page;
		this.document = page.document();
		this.labels = report.labels();
		this.type = report.type();
		this.context = report.context();
		this.tables = report.tables();
		this.cross = new CrossTables(this.context);
		this.quality = new QualityTables(this.context);
		this.unreported = new UnreportedNotes(this.labels.report(), this.model.headline().terms());
	}

	void tables() throws DocumentException {
		BreakdownTables breakdowns = this.model.breakdowns();
		// how the rows are ranked, and what is left out, above the table: a footnote
		// never starts a page alone
		String regionNote = this.labels.get("note.regionRanking");
		if (breakdowns.regionsWithoutFigures() > 0) {
			regionNote += this.labels.english() ? " " : "";
			regionNote += this.labels.format("note.regionsWithoutFigures",
					Formats.count(breakdowns.regionsWithoutFigures()));
		}
		this.page.section("section.byRegion", breakdowns.byRegion().isEmpty(), regionNote,
				this.unreported.byRegion(breakdowns.byRegion()), () -> this.tables.byRegion(this.model));
		List<String> amountNotes = this.unreported.byIndustry(this.model.breakdowns().byIndustry());
		this.page.section("section.byIndustry", this.model.breakdowns().byIndustry().isEmpty(), null, amountNotes,
				() -> this.tables.byIndustry(this.model));
		crossTable(amountNotes);
		List<TopProject> top = this.model.rankings().topProjects();
		this.page.titled(this.labels.report().topProjectsTitle(top.size()), top.isEmpty(), null, List.of(),
				() -> this.tables.topProjects(top));
		// a page or two of the largest: a director reads the PDF, the workbook lists
		// them all
		Rows<KeyProject> key = this.model.rankings().keyProjects();
		List<KeyProject> shown = key.first(Tables.MAX_KEY_PROJECTS);
		String keyNote = (key.count() > shown.size())
				? this.labels.pdf("pdf.keyProjectsShown", Formats.count(shown.size()), Formats.count(key.count()))
				: null;
		this.page.section("section.keyProjects", shown.isEmpty(), keyNote, () -> {
			ListedGrid<KeyProject> listed = new ListedGrid<>(this.context, KeyProject.COLUMNS);
			Grid grid = listed.grid();
			shown.forEach((row) -> listed.row(grid, row));
			return grid.table();
		});
		PeriodListings listings = this.model.listings();
		listing("section.events", listings.events(), listings.eventColumns());
		listing("section.projects", listings.projects(), listings.projectColumns());
	}

	/**
	 * The region × industry table, whole across one page: transposed or on a landscape
	 * page of its own when it is too wide for portrait (see {@link CrossTables}).
	 */
	private void crossTable(List<String> amountNotes) throws DocumentException {
		CrossTables.Layout cross = this.cross.layout(this.model);
		if (cross == null) {
			this.page.section("section.byRegionIndustry", true, () -> {
				throw new IllegalStateException("an empty section has no table");
			});
			return;
		}
		if (cross.landscape()) {
			this.document.setPageSize(PageSize.A4.rotate());
			this.document.newPage();
		}
		PdfPTable table = this.page.breaks().withNotes(cross.table(), amountNotes);
		// the heading's room covers its note and the table's first rows, or the
		// heading would end a page alone
		this.page.heading("section.byRegionIndustry", 0, this.page.keep(table) + 20);
		this.page.note(this.labels.pdf("pdf.cross.cells"));
		this.page.breaks().add(table);
		if (cross.landscape()) {
			this.document.setPageSize(PageSize.A4);
			this.document.newPage();
		}
	}

	/** A list of the period, its columns as the model declares them. */
	private <T> void listing(String key, Rows<T> rows, ListedColumns<T> columns) throws DocumentException {
		ListedGrid<T> listed = new ListedGrid<>(this.context, columns);
		this.page.listing(key, rows, listed.grid(), listed::row);
	}

	void dataQuality() throws DocumentException {
		DataQuality quality = this.model.dataQuality();
		DataQuality.Totals totals = quality.totals();
		PdfPTable files = quality.files().isEmpty() ? null : this.quality.qualityFiles(quality);
		// the heading stays with its summary line and the start of the files table
		this.page.heading("section.dataQuality", 0, ((files != null) ? this.page.keep(files) : 60) + 60);
		this.document.add(new Paragraph(Kinsoku.chunk(
				this.labels.pdf("pdf.quality",
						this.labels.report().format("quality.totals", totals.files(), totals.sheets()),
						this.labels.format("quality.summary", Formats.count(totals.read()),
								Formats.count(totals.accepted()), Formats.count(totals.rejected()))),
				this.type.body())));
		this.page.subsection("quality.files", files == null, () -> Objects.requireNonNull(files));
		this.page.subsection("quality.rejects", quality.rejects().isEmpty(), () -> this.quality.rejects(quality));
		if (quality.rejects().count() > QualityTables.MAX_REJECTS) {
			this.document
				.add(new Paragraph(this.labels.pdf("pdf.rejectsShown", String.valueOf(QualityTables.MAX_REJECTS),
						Formats.count(quality.rejects().count())), this.type.note()));
		}
		this.page.subsection("quality.possibleDuplicates", quality.possibleDuplicates().isEmpty(),
				() -> this.quality.possibleDuplicates(quality));
		this.page.subheading("quality.unmatchedIndustries", 60);
		String unmatched = this.labels.report().join(quality.unmatchedIndustries());
		this.document.add(unmatched.isEmpty() ? new Paragraph(this.labels.pdf("pdf.noneFound"), this.type.note())
				: new Paragraph(Kinsoku.chunk(unmatched, this.type.body())));
	}

}
