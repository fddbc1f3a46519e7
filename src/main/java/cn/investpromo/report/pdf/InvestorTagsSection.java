package cn.investpromo.report.pdf;

import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfPTable;

import cn.investpromo.report.InvestorTags;
import cn.investpromo.report.InvestorTags.TagRow;
import cn.investpromo.report.InvestorTags.TaggedProject;
import cn.investpromo.report.pdf.Tables.ComparisonRow;

/**
 * The PDF's section 企业标签 (SPEC §3.3), bookmarked as every section is: projects and agreed
 * investment by tag with the headline figures' comparisons, the 三个500强 counted once, and
 * the period's tagged projects. Left out where no project has a tag.
 */
final class InvestorTagsSection {

	private final DocumentParts report;

	private final Page page;

	InvestorTagsSection(DocumentParts report, Page page) {
		this.report = report;
		this.page = page;
	}

	void write() throws DocumentException {
		InvestorTags tags = this.report.model().figures().investorTags();
		if (tags == null) {
			return;
		}
		PdfLabels labels = this.report.labels();
		List<ComparisonRow> rows = new ArrayList<>();
		for (TagRow row : tags.byTag()) {
			rows.add(
					new ComparisonRow(row.name() + " · " + labels.get("tags.measure.projects"), row.projects(), false));
			rows.add(new ComparisonRow(row.name() + " · " + labels.get("tags.measure.amount"), row.amountWan(), true));
		}
		rows.add(new ComparisonRow(labels.get("tags.top500"), tags.top500Projects(), false));
		this.page.section("section.investorTags", false, null, List.of(labels.get("tags.note")),
				() -> this.report.tables().comparisons("tags.column.tag", rows));
		if (tags.projects().isEmpty()) {
			this.page.note(labels.get("tags.none"));
			return;
		}
		PdfPTable projects = projects(tags.projects(), labels);
		this.page.subheading("tags.projects", this.page.keep(projects));
		this.page.breaks().add(projects);
	}

	private PdfPTable projects(List<TaggedProject> projects, PdfLabels labels) {
		TableContext context = this.report.context();
		Grid grid = context.grid(false, context.text("column.projectName", 110), context.text("column.investor", 100),
				context.text("column.region", 60), context.centre("column.signedDate", 49),
				context.number("column.amountYi", 52), context.text("tags.column.tags", 70));
		String separator = labels.get("tags.separator");
		for (TaggedProject project : projects) {
			String amount = (project.amountWan() != null) ? Formats.yi(project.amountWan())
					: labels.get(project.unagreed() ? "report.unagreed" : "report.unfilled");
			grid.add(project.name())
				.add(project.investor())
				.add(project.region())
				.add(Formats.DATE.format(project.signedDate()))
				.add(amount)
				.add(String.join(separator, project.tags()));
		}
		return grid.table();
	}

}
