package cn.investpromo.report;

import org.jspecify.annotations.Nullable;

import cn.investpromo.enterprise.InvestorTag;

import cn.investpromo.project.AgreementType;
import cn.investpromo.project.SignedProject;
import cn.investpromo.report.ListedColumn.Blank;
import cn.investpromo.report.ListedColumn.Blanked;
import cn.investpromo.report.ListedColumn.Coded;
import cn.investpromo.report.ListedColumn.Format;
import cn.investpromo.value.Countries;

/**
 * One project signed in the period, as the lists show it: the stored project and the
 * names the report gives its codes, so that a listed column of a stored value is one line
 * of {@link #COLUMNS} and nothing else.
 *
 * @param region the landing region's name (S（本级） for the scope itself)
 * @param industry the industry's name in the report language
 * @param subIndustry its sub-industry's name (SPEC §3.2), null when it has none
 * @param event the name of the event it was signed at, where the ledger names the event
 * by an id the period's events carry; else the ledger's reference as written
 */
public record ProjectListing(SignedProject project, String region, String industry, @Nullable String subIndustry,
		@Nullable String event) {

	/** A listing whose event is named as its ledger row names it (an id or a name). */
	public ProjectListing(SignedProject project, String region, String industry, @Nullable String subIndustry) {
		this(project, region, industry, subIndustry, project.eventRef());
	}

	/**
	 * The project list's columns, as the workbook, the PDF and the JSON show them: a new
	 * listed column is one line here and its labels.
	 */
	public static final ListedColumns<ProjectListing> COLUMNS = ListedColumns.<ProjectListing>builder()
		.add("id", "column.id", Format.CODE, (p, en) -> p.project().id())
		.add("name", "column.projectName", Format.TEXT, (p, en) -> p.project().name())
		.printed(70)
		.add("signedDate", "column.signedDate", Format.DATE, (p, en) -> p.project().signedDate())
		.printed(48)
		.add("regionName", "column.region", Format.TEXT, (p, en) -> p.region())
		.printed(50)
		.add("investor", "column.investor", Format.TEXT, (p, en) -> p.project().investor())
		.printed(60)
		.add("investorOrigin", "column.origin", Format.TEXT, (p, en) -> p.project().investorOriginText())
		.add("industryCode", "column.industryCode", Format.CODE, (p, en) -> p.project().industryCode())
		.add("industryName", "column.industry", Format.TEXT, (p, en) -> p.industry())
		.printed(50)
		.add("subIndustry", "column.subIndustry", Format.CODED,
				(p, en) -> Coded.of(p.project().industrySubCode(), p.subIndustry()))
		.blank(Blank.NONE)
		.printed(52)
		.add("agreementType", "column.agreementType", Format.TEXT, (p, en) -> p.project().agreementType().label(en))
		.printed(50)
		.add("amountWan", "column.amountYi", Format.AMOUNT_WAN, ProjectListing::amount)
		.blank(Blank.UNFILLED)
		.printedLast(56)
		.add("status", "column.statusAtEnd", Format.TEXT, (p, en) -> p.project().status().label(en))
		.printed(45)
		.add("event", "column.eventRef", Format.CODE, (p, en) -> p.project().eventRef())
		.add("eventName", "column.event", Format.TEXT, (p, en) -> p.event())
		.add("notes", "column.notes", Format.TEXT, (p, en) -> p.project().notes())
		// beside the codes, out of the printed page: the 企业标签 sheet lists each tagged
		// project with all its tags
		.add("investorTags", "column.investorTags", Format.CODE,
				(p, en) -> InvestorTag.labels(p.project().investorTags(), en))
		// beside them, out of print too: the 利用外资 sheet lists the foreign-invested
		// projects with both, and printed they would squeeze the notes
		.add("contractedFdiUsdWan", "column.contractedFdi", Format.CODE, (p, en) -> p.project().contractedFdiUsdWan())
		.add("investorCountry", "column.investorCountry", Format.CODE,
				(p, en) -> countryLabel(p.project().investorCountry(), en))
		.build();

	private static @Nullable String countryLabel(@Nullable String country, boolean english) {
		return (country != null) ? Countries.label(country, english) : null;
	}

	/**
	 * The agreed investment; where an agreement other than 投资协议 gives none, 未约定 rather
	 * than 未填 (issue 22).
	 */
	private static @Nullable Object amount(ProjectListing listing, boolean english) {
		SignedProject project = listing.project();
		if (project.amountWan() == null && project.agreementType() != AgreementType.INVESTMENT) {
			return Blanked.UNAGREED;
		}
		return project.amountWan();
	}

}
