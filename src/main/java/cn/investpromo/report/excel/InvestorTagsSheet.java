package cn.investpromo.report.excel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Sheet;
import org.jspecify.annotations.Nullable;

import cn.investpromo.report.Comparison;
import cn.investpromo.report.InvestorTags;
import cn.investpromo.report.InvestorTags.TagRow;
import cn.investpromo.report.InvestorTags.TaggedProject;
import cn.investpromo.report.ReportLabels;
import cn.investpromo.report.excel.Table.Blank;
import cn.investpromo.report.excel.Table.Figure;
import cn.investpromo.report.excel.Table.Kind;
import cn.investpromo.report.excel.Table.Placement;

/**
 * The sheet 企业标签 (SPEC §3.3): projects and agreed investment by tag with the headline
 * figures' comparisons, the 三个500强 counted once, then the period's tagged projects.
 * Written only where some project has a tag.
 */
final class InvestorTagsSheet {

	/** One line of the by-tag table: a tag's projects or its agreed investment. */
	private record TagLine(String tag, String measure, Comparison values, boolean amount) {
	}

	private final SheetContext sheets;

	private final ReportLabels labels;

	InvestorTagsSheet(SheetContext sheets) {
		this.sheets = sheets;
		this.labels = sheets.labels();
	}

	void write() {
		InvestorTags tags = this.sheets.model().figures().investorTags();
		if (tags == null) {
			return;
		}
		Table<TagLine> byTag = byTag(tags);
		Table<TaggedProject> projects = projects(tags);
		Sheet sheet = this.sheets.sheet("sheet.investorTags");
		SheetWriter writer = this.sheets.writer(sheet);
		byTag.measure(writer, 0);
		projects.measure(writer, 0);
		writer.applyWidths();
		int width = Math.max(byTag.width(), projects.width());
		writer.title(0, this.sheets.sheetTitle("section.investorTags"), width);
		Placement placement = byTag.write(writer, 1, 0);
		int row = placement.nextRow() + 1;
		writer.note(row++, this.labels.get("tags.note"), width);
		row++;
		writer.text(writer.row(row++), 0, this.labels.get("tags.projects"), writer.styles().subtitle);
		if (tags.projects().isEmpty()) {
			writer.note(row, this.labels.get("tags.none"), width);
		}
		else {
			projects.write(writer, row, 0);
		}
		SheetSetup.apply(sheet, this.labels, 2, 0, 1, this.sheets.reportTitle());
	}

	private Table<TagLine> byTag(InvestorTags tags) {
		List<TagLine> lines = new ArrayList<>();
		for (TagRow row : tags.byTag()) {
			lines.add(new TagLine(row.name(), this.labels.get("tags.measure.projects"), row.projects(), false));
			lines.add(new TagLine("", this.labels.get("tags.measure.amount"), row.amountWan(), true));
		}
		lines.add(new TagLine(this.labels.get("tags.top500"), this.labels.get("tags.measure.projects"),
				tags.top500Projects(), false));
		Table<TagLine> table = Table.of(lines)
			.column(this.labels.get("tags.column.tag"), Kind.TEXT, TagLine::tag)
			.column(this.labels.get("tags.column.measure"), Kind.TEXT, TagLine::measure);
		figure(table, 0, Comparison::month);
		figure(table, 1, Comparison::previousMonth);
		change(table, 2, Comparison::monthOnMonthPercent);
		figure(table, 3, Comparison::sameMonthLastYear);
		change(table, 4, Comparison::yearOnYearPercent);
		figure(table, 5, Comparison::ytd);
		figure(table, 6, Comparison::ytdLastYear);
		change(table, 7, Comparison::ytdPercent);
		return table;
	}

	private void figure(Table<TagLine> table, int compareKey, Function<Comparison, @Nullable BigDecimal> value) {
		// unknown (before the ledgers cover the scope) is "—", never zero
		table.column(this.labels.get(OverviewSheet.COMPARE_KEYS.get(compareKey)), Kind.FIGURE, (line) -> {
			BigDecimal figure = value.apply(line.values());
			return (figure != null) ? new Figure(figure, line.amount()) : new Blank(this.labels.get("report.none"));
		});
	}

	private void change(Table<TagLine> table, int compareKey, Function<Comparison, Object> value) {
		table.column(this.labels.get(OverviewSheet.COMPARE_KEYS.get(compareKey)), Kind.CHANGE,
				(line) -> value.apply(line.values()));
	}

	private Table<TaggedProject> projects(InvestorTags tags) {
		return Table.of(tags.projects())
			.column(this.labels.get("column.projectName"), Kind.TEXT, TaggedProject::name)
			.column(this.labels.get("column.investor"), Kind.TEXT, TaggedProject::investor)
			.column(this.labels.get("column.region"), Kind.TEXT, TaggedProject::region)
			.column(this.labels.get("column.signedDate"), Kind.DATE, TaggedProject::signedDate)
			.column(this.labels.get("column.amountYi"), Kind.AMOUNT_WAN, this::amount)
			.column(this.labels.get("tags.column.tags"), Kind.TEXT,
					(p) -> String.join(this.labels.get("tags.separator"), p.tags()));
	}

	private @Nullable Object amount(TaggedProject project) {
		if (project.amountWan() != null) {
			return project.amountWan();
		}
		return new Blank(this.labels.get(project.unagreed() ? "report.unagreed" : "report.unfilled"));
	}

}
