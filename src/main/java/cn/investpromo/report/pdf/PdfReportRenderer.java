package cn.investpromo.report.pdf;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;

import org.jspecify.annotations.Nullable;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

import cn.investpromo.report.BreakdownTables;
import cn.investpromo.report.DataQuality;
import cn.investpromo.report.EventFollowThrough;
import cn.investpromo.report.FundsArrived;
import cn.investpromo.report.KeyProject;
import cn.investpromo.report.Period;
import cn.investpromo.report.ReportModel;
import cn.investpromo.report.UnreportedNotes;
import cn.investpromo.report.TargetProgress;
import cn.investpromo.store.Rows;

/**
 * Renders a report model as an A4 PDF (SPEC §5): title block, KPIs, narrative, annual
 * targets, vector charts, landing progress, funds arrived, amount bands, tables, data
 * quality.
 */
public final class PdfReportRenderer {

	// 2 cm side margins; top and bottom leave room for the running header and the page
	// number
	private static final float SIDE_MARGIN = 56.7f;

	private static final float TOP_MARGIN = 62f;

	private static final float BOTTOM_MARGIN = 62f;

	// tables up to about 15 rows are kept whole on one page
	private static final float SHORT_TABLE = 280f;

	/**
	 * Room for a section heading, a figure's caption and a one-line note under a chart.
	 */
	private static final float HEADING_ROOM = 40f;

	private static final float CAPTION_ROOM = 40f;

	private static final float NOTE_ROOM = 16f;

	private static final float SENTENCE_ROOM = 30f;

	/** The room a long table's heading keeps below it: the header and a few rows. */
	private static final float LONG_TABLE_KEEP = 140f;

	private final CjkFont font;

	private final ChartStyle chartStyle;

	/**
	 * A renderer drawing all text with {@code font}; share one font between renderers.
	 */
	public PdfReportRenderer(CjkFont font) {
		this.font = font;
		this.chartStyle = new ChartStyle(font);
	}

	/**
	 * Writes the report to {@code target}, replacing it only once the whole document is
	 * written.
	 */
	public void render(ReportModel model, Path target) throws IOException {
		Path absolute = target.toAbsolutePath();
		if (absolute.getParent() != null) {
			Files.createDirectories(absolute.getParent());
		}
		Path partial = absolute.resolveSibling(absolute.getFileName() + ".part");
		try {
			try (OutputStream out = Files.newOutputStream(partial)) {
				new Run(model).write(out);
			}
			Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (DocumentException ex) {
			throw new IOException("cannot write PDF report " + target + ": " + ex.getMessage(), ex);
		}
		finally {
			Files.deleteIfExists(partial);
		}
	}

	/** The state of writing one document. */
	private final class Run {

		private final ReportModel model;

		private final PdfLabels labels;

		private final Typography type;

		private final Tables tables;

		private final String title;

		private final String subtitle;

		private final Document document = new Document(PageSize.A4, SIDE_MARGIN, SIDE_MARGIN, TOP_MARGIN,
				BOTTOM_MARGIN);

		private final PageDecorations decorations;

		private final Charts charts;

		private final UnreportedNotes unreported;

		// NullAway cannot see it: set first in write(), the one method called on a Run
		@SuppressWarnings("NullAway.Init")
		private PdfWriter writer;

		// set first in write(), with the writer
		@SuppressWarnings("NullAway.Init")
		private TableBreaks breaks;

		private int figures;

		Run(ReportModel model) {
			this.model = model;
			this.labels = new PdfLabels(model);
			this.type = Typography.of(PdfReportRenderer.this.font.baseFont());
			this.tables = new Tables(this.type, this.labels);
			this.unreported = new UnreportedNotes(this.labels.report());
			this.charts = new Charts(PdfReportRenderer.this.chartStyle, this.labels);
			this.title = this.labels.format("report.title", model.scope().name());
			this.subtitle = this.labels.report().periodName(model.period());
			this.decorations = new PageDecorations(PdfReportRenderer.this.font.baseFont(), this.labels,
					this.title + "  ·  " + this.subtitle);
		}

		void write(OutputStream out) throws DocumentException {
			this.writer = PdfWriter.getInstance(this.document, out);
			this.breaks = new TableBreaks(this.document, this.writer, this.type.note());
			this.writer.setPageEvent(this.decorations);
			// charts and tables stay in the order they are added, even when a chart moves
			// to the next page
			this.writer.setStrictImageSequence(true);
			this.writer.setViewerPreferences(PdfWriter.PageModeUseOutlines | PdfWriter.DisplayDocTitle);
			metadata();
			this.document.open();
			try {
				titleBlock();
				frontPage();
				kpis();
				narrative();
				targets();
				charts();
				landing();
				followThrough();
				funds();
				amountBands();
				tables();
				dataQuality();
			}
			finally {
				this.document.close();
			}
		}

		private void metadata() {
			String scope = this.model.scope().name();
			this.document.addTitle(this.title + " " + this.subtitle);
			this.document.addSubject(this.labels.pdf("pdf.subject", scope, this.subtitle));
			this.document
				.addKeywords(this.labels.pdf("pdf.keywords", scope, (this.model.period().kind() == Period.Kind.MONTH)
						? Formats.MONTH.format(this.model.month()) : this.model.period().label()));
			this.document.addAuthor("investpromo");
			this.document.addCreator("investpromo");
			this.document.addCreationDate();
			this.document.setDocumentLanguage(this.labels.english() ? "en" : "zh-CN");
		}

		/**
		 * The title as the first page shows it: on one line when it fits, else broken
		 * after the scope's name (the English "Zhaoyuan (招远市)" above "Investment
		 * Promotion Monthly Report") rather than wherever a word ends.
		 */
		private String titleLines() {
			Font font = this.type.title();
			float width = this.document.right() - this.document.left();
			String scope = this.model.scope().name();
			if (font.getBaseFont().getWidthPoint(this.title, font.getSize()) <= width || !this.title.startsWith(scope)
					|| this.title.length() == scope.length()) {
				return this.title;
			}
			String rest = this.title.substring(scope.length()).replaceFirst("^[:：]?\\s*", "");
			return scope + "\n" + rest;
		}

		private void titleBlock() throws DocumentException {
			Paragraph title = new Paragraph("", this.type.title());
			title.add(this.decorations.heading(this.title, titleLines(), 0, this.type.title()));
			title.setAlignment(Element.ALIGN_CENTER);
			title.setSpacingBefore(6);
			title.setLeading(0, 1.3f);
			this.document.add(title);
			Paragraph subtitle = new Paragraph(this.subtitle, this.type.subtitle());
			subtitle.setAlignment(Element.ALIGN_CENTER);
			subtitle.setSpacingBefore(4);
			subtitle.setSpacingAfter(10);
			this.document.add(subtitle);
			// one line, so that the 本月要点 below stand in the page's first lines
			meta(String.join("      ",
					this.labels.labelValue("report.scope",
							this.model.scope().code().equals(cn.investpromo.region.RegionCatalog.CHINA_CODE)
									? this.model.scope().name() // 000000 is our own code,
																// not one a reader knows
									: this.labels.pdf("pdf.scopeWithCode", this.model.scope().name(),
											this.model.scope().code())),
					this.labels.labelValue("report.period",
							this.labels.pdf("pdf.dateRange", Formats.DATE.format(this.model.period().from()),
									Formats.DATE.format(this.model.period().to()))),
					this.labels.labelValue("report.generatedAt", Formats.DATE_TIME.format(this.model.generatedAt()))));
			// a rule as wide as the tables below it: an empty cell showing only its top
			// border
			PdfPTable rule = new PdfPTable(1);
			rule.setWidthPercentage(100);
			rule.setSpacingBefore(10);
			PdfPCell line = new PdfPCell(new Phrase("", this.type.meta()));
			line.setBorder(Rectangle.TOP);
			line.setBorderColor(Palette.ACCENT);
			line.setBorderWidthTop(1.2f);
			line.setFixedHeight(2f);
			rule.addCell(line);
			this.document.add(rule);
		}

		private void meta(String line) throws DocumentException {
			Paragraph paragraph = new Paragraph(line, this.type.meta());
			paragraph.setAlignment(Element.ALIGN_CENTER);
			paragraph.setLeading(0, 1.4f);
			this.document.add(paragraph);
		}

		private void kpis() throws DocumentException {
			heading("section.kpis", 0, 160);
			Paragraph unit = new Paragraph(this.labels.get("report.unit"), this.type.note());
			unit.setAlignment(Element.ALIGN_RIGHT);
			this.document.add(unit);
			this.document.add(this.tables.kpis(this.model));
			notes(this.unreported.headline(this.model.headline()));
		}

		/**
		 * Right under the title, what a director reads first: the 本月要点 and the KPI tiles.
		 */
		private void frontPage() throws DocumentException {
			FrontPageBlocks blocks = new FrontPageBlocks(PdfReportRenderer.this.font.baseFont(), this.type);
			if (!this.model.frontPage().highlights().isEmpty()) {
				this.document
					.add(blocks.highlights(this.labels.get("section.highlights"), this.model.frontPage().highlights()));
			}
			this.document.add(blocks.tiles(this.model.frontPage()));
		}

		private void narrative() throws DocumentException {
			heading("section.narrative", 0, 80);
			FrontPageBlocks blocks = new FrontPageBlocks(PdfReportRenderer.this.font.baseFont(), this.type);
			for (cn.investpromo.report.NarrativeParagraph paragraph : this.model.narrativeParagraphs()) {
				this.document.add(blocks.narrative(paragraph, this.labels.english()));
			}
		}

		private void targets() throws DocumentException {
			TargetProgress targets = this.model.targets();
			if (targets.targets().isEmpty()) {
				heading("section.targets", 0, 60);
				String none = targets.any() ? "targets.noneOwn" : "targets.none";
				this.document
					.add(new Paragraph(this.labels.format(none, String.valueOf(targets.year())), this.type.body()));
			}
			else {
				PdfPTable table = this.tables.progress().targets(targets);
				heading("section.targets", 0, keep(table) + 24);
				note(this.labels.get("note.lights"));
				this.document.add(table);
				figure(this.charts.targets(targets));
			}
			if (!targets.byRegion().isEmpty()) {
				PdfPTable table = this.tables.progress().regionTargets(targets);
				subheading("section.regionTargets", Math.min(keep(table), 200) + 24);
				note(this.labels.get("note.regionTargets"));
				this.breaks.add(table);
			}
		}

		private void charts() throws DocumentException {
			List<Charts.Drawn> pending = new ArrayList<>(this.charts.overview(this.model));
			// the section heading stays on the page of the first chart
			heading("section.charts", 0, keep(pending.get(0)) + 40);
			while (!pending.isEmpty()) {
				// a chart too tall for the rest of the page lets a shorter one go first,
				// so no page is left half empty
				Charts.Drawn next = pending.stream()
					.filter((drawn) -> keep(drawn) <= room())
					.findFirst()
					.orElse(pending.get(0));
				pending.remove(next);
				figure(next);
			}
		}

		private void landing() throws DocumentException {
			Charts.Drawn chart = this.charts.landing(this.model);
			PdfPTable table = this.breaks.withNotes(
					this.tables.progress().landing(this.model.landing().byRegion(), this.model.landing().total()),
					List.of(this.labels.get("landing.basis"), this.labels.pdf("pdf.landing.shares")));
			// a tall chart that would leave this page half empty goes after the table,
			// which can start here
			boolean tableFirst = keep(chart) + 40 > room() && room() > keep(table) + 100;
			heading("section.landing", 0, tableFirst ? keep(table) : keep(chart) + 40);
			if (!tableFirst) {
				figure(chart);
				ensureSpace(keep(table) + 30);
			}
			this.breaks.add(table);
			if (tableFirst) {
				figure(chart);
			}
		}

		/**
		 * The events of the last 12 months and what became of their signings, kept with
		 * its heading when short.
		 */
		private void followThrough() throws DocumentException {
			EventFollowThrough followThrough = this.model.followThrough();
			if (followThrough.events().isEmpty()) {
				heading("section.followThrough", 0, 60);
				note(this.labels.get("followThrough.none"));
				return;
			}
			PdfPTable table = this.breaks.withNotes(
					new FollowThroughTable(this.tables, this.labels).table(followThrough),
					List.of(this.labels.get("followThrough.basis")));
			heading("section.followThrough", 0, keep(table));
			this.breaks.add(table);
		}

		private void funds() throws DocumentException {
			FundsArrived funds = this.model.funds();
			YearMonth month = this.model.month();
			PdfPTable table = this.breaks.withNotes(this.tables.progress().funds(funds), List
				.of(this.labels.labelValue("column.projectsWithFunds", Formats.count(funds.projectsWithFunds()))));
			heading("section.fundsArrived", 0, keep(table) + 40);
			note(this.labels.format("funds.basis", String.valueOf(month.getYear()),
					String.valueOf(month.getMonthValue())));
			if (!funds.bySourceApplies()) {
				note(this.labels.get("funds.notSplit"));
			}
			this.breaks.add(table);
			Charts.Drawn chart = this.charts.funds(this.model);
			if (chart != null) {
				figure(chart);
			}
		}

		private void amountBands() throws DocumentException {
			section("section.amountBands", this.model.headline().amountBands().isEmpty(),
					() -> this.tables.amountBands(this.model.headline().amountBands()));
		}

		/**
		 * A numbered figure: its caption, which is also a bookmark, and the chart, kept
		 * on one page.
		 */
		private void figure(Charts.Drawn drawn) throws DocumentException {
			if (drawn.sentence() != null) {
				// a chart of one item says it in a sentence, unnumbered
				ensureSpace(keep(drawn));
				Paragraph sentence = new Paragraph(Kinsoku.chunk(drawn.sentence(), this.type.body()));
				sentence.setSpacingBefore(8);
				sentence.setSpacingAfter(4);
				this.document.add(sentence);
				return;
			}
			String caption = this.labels.pdf("pdf.figure", String.valueOf(++this.figures),
					this.labels.get(drawn.titleKey()));
			ensureSpace(keep(drawn));
			Paragraph paragraph = new Paragraph("", this.type.subheading());
			paragraph.add(this.decorations.heading(caption, 1, this.type.subheading()));
			paragraph.setAlignment(Element.ALIGN_CENTER);
			paragraph.setSpacingBefore(10);
			paragraph.setSpacingAfter(4);
			this.document.add(paragraph);
			Image chart = vector(drawn);
			if (chart.getScaledHeight() > chartHeight(drawn)) {
				chart.scaleToFit(Charts.WIDTH, chartHeight(drawn));
			}
			this.document.add(chart);
			if (drawn.noteKey() != null) {
				Paragraph note = new Paragraph(Kinsoku.chunk(this.labels.pdf(drawn.noteKey()), this.type.note()));
				note.setAlignment(Element.ALIGN_CENTER);
				this.document.add(note);
			}
		}

		private void notes(List<String> lines) throws DocumentException {
			for (String line : lines) {
				note(line);
			}
		}

		private void note(String text) throws DocumentException {
			Paragraph note = new Paragraph(Kinsoku.chunk(text, this.type.note()));
			note.setLeading(0, 1.4f);
			note.setSpacingAfter(2);
			this.document.add(note);
		}

		/**
		 * The chart drawn as PDF vector graphics into a form XObject, never as a bitmap.
		 */
		private Image vector(Charts.Drawn drawn) throws DocumentException {
			PdfTemplate template = this.writer.getDirectContent().createTemplate(Charts.WIDTH, drawn.height());
			Graphics2D g2 = template.createGraphics(Charts.WIDTH, drawn.height(),
					PdfReportRenderer.this.font.fontMapper());
			try {
				drawn.chart().draw(g2, new Rectangle2D.Double(0, 0, Charts.WIDTH, drawn.height()));
			}
			finally {
				g2.dispose();
			}
			Image image = Image.getInstance(template);
			image.setAlignment(Image.MIDDLE);
			return image;
		}

		private void tables() throws DocumentException {
			BreakdownTables breakdowns = this.model.breakdowns();
			// how the rows are ranked, and what is left out, above the table: a footnote
			// never starts a page alone
			String regionNote = this.labels.get("note.regionRanking");
			if (breakdowns.regionsWithoutFigures() > 0) {
				regionNote += this.labels.english() ? " " : "";
				regionNote += this.labels.format("note.regionsWithoutFigures",
						Formats.count(breakdowns.regionsWithoutFigures()));
			}
			section("section.byRegion", breakdowns.byRegion().isEmpty(), regionNote,
					this.unreported.byRegion(breakdowns.byRegion()), () -> this.tables.byRegion(this.model));
			List<String> amountNotes = this.unreported.byIndustry(this.model.breakdowns().byIndustry());
			section("section.byIndustry", this.model.breakdowns().byIndustry().isEmpty(), null, amountNotes,
					() -> this.tables.byIndustry(this.model));
			crossTable(amountNotes);
			section("section.topProjects", this.model.rankings().topProjects().isEmpty(),
					() -> this.tables.topProjects(this.model.rankings().topProjects()));
			// a page or two of the largest: a director reads the PDF, the workbook lists
			// them all
			Rows<KeyProject> key = this.model.rankings().keyProjects();
			List<KeyProject> shown = key.first(Tables.MAX_KEY_PROJECTS);
			String keyNote = (key.count() > shown.size())
					? this.labels.pdf("pdf.keyProjectsShown", Formats.count(shown.size()), Formats.count(key.count()))
					: null;
			section("section.keyProjects", shown.isEmpty(), keyNote, () -> {
				Grid grid = this.tables.keyProjects();
				shown.forEach((row) -> this.tables.keyProject(grid, row));
				return grid.table();
			});
			listing("section.events", this.model.listings().events(), this.tables.events(), this.tables::event);
			listing("section.projects", this.model.listings().projects(), this.tables.projects(), this.tables::project);
		}

		/**
		 * The region × industry table, whole across one page: transposed or on a
		 * landscape page of its own when it is too wide for portrait (see
		 * {@link CrossTables}).
		 */
		private void crossTable(List<String> amountNotes) throws DocumentException {
			CrossTables.Layout cross = this.tables.cross().layout(this.model);
			if (cross == null) {
				section("section.byRegionIndustry", true, () -> {
					throw new IllegalStateException("an empty section has no table");
				});
				return;
			}
			if (cross.landscape()) {
				this.document.setPageSize(PageSize.A4.rotate());
				this.document.newPage();
			}
			PdfPTable table = this.breaks.withNotes(cross.table(), amountNotes);
			// the heading's room covers its note and the table's first rows, or the
			// heading would end a page alone
			heading("section.byRegionIndustry", 0, keep(table) + 20);
			note(this.labels.pdf("pdf.cross.cells"));
			this.breaks.add(table);
			if (cross.landscape()) {
				this.document.setPageSize(PageSize.A4);
				this.document.newPage();
			}
		}

		private void dataQuality() throws DocumentException {
			DataQuality quality = this.model.dataQuality();
			DataQuality.Totals totals = quality.totals();
			PdfPTable files = quality.files().isEmpty() ? null : this.tables.qualityFiles(quality);
			// the heading stays with its summary line and the start of the files table
			heading("section.dataQuality", 0, ((files != null) ? keep(files) : 60) + 60);
			this.document.add(new Paragraph(Kinsoku.chunk(
					this.labels.pdf("pdf.quality",
							this.labels.report().format("quality.totals", totals.files(), totals.sheets()),
							this.labels.format("quality.summary", Formats.count(totals.read()),
									Formats.count(totals.accepted()), Formats.count(totals.rejected()))),
					this.type.body())));
			subsection("quality.files", files == null, () -> Objects.requireNonNull(files));
			subsection("quality.rejects", quality.rejects().isEmpty(), () -> this.tables.rejects(quality));
			if (quality.rejects().count() > Tables.MAX_REJECTS) {
				this.document.add(new Paragraph(this.labels.pdf("pdf.rejectsShown", String.valueOf(Tables.MAX_REJECTS),
						Formats.count(quality.rejects().count())), this.type.note()));
			}
			subsection("quality.possibleDuplicates", quality.possibleDuplicates().isEmpty(),
					() -> this.tables.possibleDuplicates(quality));
			subheading("quality.unmatchedIndustries", 60);
			String unmatched = String.join(this.labels.english() ? ", " : "、", quality.unmatchedIndustries());
			this.document.add(unmatched.isEmpty() ? new Paragraph(this.labels.pdf("pdf.noneFound"), this.type.note())
					: new Paragraph(Kinsoku.chunk(unmatched, this.type.body())));
		}

		/**
		 * A section of one table, its heading kept with the whole table when short, else
		 * with its first rows.
		 */
		private void section(String key, boolean empty, TableSupplier table) throws DocumentException {
			section(key, empty, null, table);
		}

		/** A section of one table with a note between its heading and the table. */
		private void section(String key, boolean empty, @Nullable String note, TableSupplier table)
				throws DocumentException {
			section(key, empty, note, List.of(), table);
		}

		/**
		 * A section of one table with a note between its heading and the table, and notes
		 * under it that stay with its last rows.
		 */
		private void section(String key, boolean empty, @Nullable String note, List<String> below, TableSupplier table)
				throws DocumentException {
			if (empty) {
				heading(key, 0, 60);
				this.document.add(new Paragraph(this.labels.get("report.noData"), this.type.note()));
			}
			else {
				PdfPTable built = this.breaks.withNotes(table.get(), below);
				heading(key, 0, keep(built) + ((note != null) ? 24 : 0));
				if (note != null) {
					note(note);
				}
				this.breaks.add(built);
			}
		}

		/**
		 * A list section: a short list as {@link #section}, a long one streamed into the
		 * document as it is read, its heading kept with the header and first rows.
		 */
		private <T> void listing(String key, Rows<T> rows, Grid grid, BiConsumer<Grid, T> row)
				throws DocumentException {
			if (rows.count() <= Grid.MEASURED) {
				section(key, rows.isEmpty(), () -> {
					rows.forEach((item) -> row.accept(grid, item));
					return grid.table();
				});
				return;
			}
			heading(key, 0, LONG_TABLE_KEEP);
			grid.stream(this.document, rows, row);
		}

		/** A data-quality part: a subheading and its table, or "none". */
		private void subsection(String key, boolean empty, TableSupplier table) throws DocumentException {
			if (empty) {
				subheading(key, 60);
				this.document.add(new Paragraph(this.labels.pdf("pdf.noneFound"), this.type.note()));
			}
			else {
				PdfPTable built = table.get();
				subheading(key, keep(built));
				this.breaks.add(built);
			}
		}

		/**
		 * The room a table needs below its heading: all of a short table, so that it is
		 * not split for its last row or two, and the header with a few rows of a long
		 * one.
		 */
		private float keep(PdfPTable table) {
			table.setTotalWidth(this.document.right() - this.document.left());
			float height = table.getTotalHeight();
			return (height <= SHORT_TABLE) ? height + 40 : LONG_TABLE_KEEP;
		}

		private void heading(String key, int level, float keepWithNext) throws DocumentException {
			ensureSpace(keepWithNext);
			Paragraph paragraph = new Paragraph("", this.type.heading());
			paragraph.add(this.decorations.heading(this.labels.get(key), level, this.type.heading()));
			paragraph.setSpacingBefore(14);
			paragraph.setSpacingAfter(4);
			this.document.add(paragraph);
		}

		private void subheading(String key, float keepWithNext) throws DocumentException {
			ensureSpace(keepWithNext);
			Paragraph paragraph = new Paragraph("", this.type.subheading());
			paragraph.add(this.decorations.heading(this.labels.get(key), 1, this.type.subheading()));
			paragraph.setSpacingBefore(8);
			paragraph.setSpacingAfter(2);
			this.document.add(paragraph);
		}

		/** The room a figure needs: its caption, its chart and the note under it. */
		private float keep(Charts.Drawn drawn) {
			if (drawn.sentence() != null) {
				return SENTENCE_ROOM;
			}
			return CAPTION_ROOM + chartHeight(drawn) + noteRoom(drawn);
		}

		/**
		 * The height a chart is drawn at: its own, or, for a chart taller than a page
		 * holds below a heading with its caption and note, that height, so that the note
		 * never starts a page alone.
		 */
		private float chartHeight(Charts.Drawn drawn) {
			float most = this.document.top() - this.document.bottom() - HEADING_ROOM - CAPTION_ROOM - noteRoom(drawn);
			return Math.min(drawn.height(), most);
		}

		private float noteRoom(Charts.Drawn drawn) {
			return (drawn.noteKey() != null) ? NOTE_ROOM : 0;
		}

		/**
		 * Starts a new page unless {@code height} points are left, so a heading never
		 * ends a page alone.
		 */
		private void ensureSpace(float height) {
			if (room() < height) {
				this.document.newPage();
			}
		}

		/** Points left on the current page. */
		private float room() {
			return this.writer.getVerticalPosition(true) - this.document.bottom();
		}

	}

	@FunctionalInterface
	private interface TableSupplier {

		PdfPTable get();

	}

}
