package cn.investpromo.report.pdf;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfPTable;

import cn.investpromo.report.Pipeline;
import cn.investpromo.report.Pipeline.StageRow;
import cn.investpromo.report.PipelineEntry;
import cn.investpromo.report.ReportModel;

/**
 * The pipeline section (SPEC §2.8, §5.2): projects and expected investment by stage, then
 * the 督办 list of overdue projects and the stale list, each streamed as it is read; left
 * out where the scope has no pipeline.
 */
final class PipelinePages {

	private final ReportModel model;

	private final Page page;

	private final PdfLabels labels;

	private final TableContext context;

	PipelinePages(DocumentParts report, Page page) {
		this.model = report.model();
		this.page = page;
		this.labels = report.labels();
		this.context = report.context();
	}

	void write() throws DocumentException {
		Pipeline pipeline = this.model.pipeline();
		if (pipeline == null) {
			return;
		}
		String basis = this.labels.format("pipeline.basis", Formats.DATE.format(pipeline.asOf()),
				Formats.count(pipeline.newLeads()), Formats.count(pipeline.converted()));
		this.page.section("section.pipeline", false, basis, List.of(), () -> byStage(pipeline));
		if (pipeline.overdue().isEmpty()) {
			this.page.heading("section.pipelineOverdue", 0, 60);
			this.page.note(this.labels.get("pipeline.noOverdue"));
		}
		else {
			this.page.listing("section.pipelineOverdue", pipeline.overdue(), overdueGrid(), this::overdueRow);
		}
		String staleBasis = this.labels.format("pipeline.staleBasis", String.valueOf(pipeline.staleDays()));
		if (pipeline.stale().isEmpty()) {
			this.page.heading("section.pipelineStale", 0, 60);
			this.page.note(staleBasis + this.labels.get("pipeline.noStale"));
		}
		else if (pipeline.stale().count() <= Grid.MEASURED) {
			// the basis between the heading and a short list, as the other sections say
			// it
			this.page.section("section.pipelineStale", false, staleBasis, () -> {
				Grid grid = staleGrid();
				pipeline.stale().forEach((p) -> staleRow(grid, p));
				return grid.table();
			});
		}
		else {
			this.page.listing("section.pipelineStale", pipeline.stale(), staleGrid(), this::staleRow);
			this.page.note(staleBasis);
		}
	}

	private PdfPTable byStage(Pipeline pipeline) {
		boolean english = this.labels.english();
		String none = this.labels.get("report.none");
		Grid grid = this.context.grid(false, this.context.text("column.stage", 80),
				this.context.number("column.projects", 50), this.context.number("column.expectedAmountYi", 70),
				this.context.number("column.withoutExpectedAmount", 60));
		for (StageRow row : pipeline.byStage()) {
			grid.add((row.stage() != null) ? row.stage().label(english) : "")
				.add(Formats.count(row.projects()))
				.add(Formats.yi(row.expectedAmountWan(), none))
				.add(Formats.count(row.withoutAmount()));
		}
		StageRow total = pipeline.total();
		grid.total(this.labels.get("report.total"))
			.total(Formats.count(total.projects()))
			.total(Formats.yi(total.expectedAmountWan(), none))
			.total(Formats.count(total.withoutAmount()));
		return grid.table();
	}

	private Grid overdueGrid() {
		return this.context.grid(true, this.context.text("column.projectName", 110),
				this.context.term("column.region", 60), this.context.centre("column.stage", 44),
				this.context.centre("column.expectedSigning", 52), this.context.number("column.daysOverdue", 40),
				this.context.text("column.responsibleUnit", 80), this.context.text("column.responsible", 50));
	}

	private void overdueRow(Grid grid, PipelineEntry p) {
		grid.add(p.name())
			.add(p.regionName())
			.add(p.stage().label(this.labels.english()))
			.add(date(p.expectedSigning()))
			.add(Formats.count(p.daysOverdue(), ""), Palette.BEHIND)
			.add(text(p.responsibleUnit()))
			.add(text(p.responsible()));
	}

	private Grid staleGrid() {
		return this.context.grid(true, this.context.text("column.projectName", 110),
				this.context.term("column.region", 60), this.context.centre("column.stage", 44),
				this.context.centre("column.lastFollowUp", 52), this.context.number("column.daysSince", 40),
				this.context.text("column.responsibleUnit", 80), this.context.text("column.responsible", 50));
	}

	private void staleRow(Grid grid, PipelineEntry p) {
		grid.add(p.name())
			.add(p.regionName())
			.add(p.stage().label(this.labels.english()))
			.add(date(p.lastFollowUp()))
			.add(Formats.count(p.daysSince(), ""), Palette.WARNING)
			.add(text(p.responsibleUnit()))
			.add(text(p.responsible()));
	}

	private static String date(@Nullable LocalDate date) {
		return (date != null) ? Formats.DATE.format(date) : "";
	}

	private static String text(@Nullable String text) {
		return (text != null) ? text : "";
	}

}
