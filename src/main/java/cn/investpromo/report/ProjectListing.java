package cn.investpromo.report;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import cn.investpromo.project.AgreementType;
import cn.investpromo.project.ProjectStatus;
import cn.investpromo.report.ListedColumn.Blank;
import cn.investpromo.report.ListedColumn.Coded;
import cn.investpromo.report.ListedColumn.Format;

/**
 * One project signed in the month, as the list sheet shows it; amounts in 万元, null when
 * unknown.
 *
 * @param subIndustryCode its second-level industry (SPEC §3.2), null when it has none
 * @param subIndustry that sub-industry's name in the report language, null when it has
 * none
 */
public record ProjectListing(@Nullable String id, String name, LocalDate signedDate, String region, String investor,
		@Nullable String investorOrigin, String industryCode, String industry, AgreementType agreementType,
		@Nullable BigDecimal amountWan, ProjectStatus status, @Nullable String event, @Nullable String notes,
		@Nullable String subIndustryCode, @Nullable String subIndustry) {

	/**
	 * The project list's columns, as the workbook, the PDF and the JSON show them: a new
	 * listed column is one line here and its labels.
	 */
	public static final ListedColumns<ProjectListing> COLUMNS = ListedColumns.<ProjectListing>builder()
		.add("id", "column.id", Format.CODE, (p, en) -> p.id())
		.add("name", "column.projectName", Format.TEXT, (p, en) -> p.name())
		.printed(70)
		.add("signedDate", "column.signedDate", Format.DATE, (p, en) -> p.signedDate())
		.printed(48)
		.add("regionName", "column.region", Format.TEXT, (p, en) -> p.region())
		.printed(50)
		.add("investor", "column.investor", Format.TEXT, (p, en) -> p.investor())
		.printed(60)
		.add("investorOrigin", "column.origin", Format.TEXT, (p, en) -> p.investorOrigin())
		.add("industryCode", "column.industryCode", Format.CODE, (p, en) -> p.industryCode())
		.add("industryName", "column.industry", Format.TEXT, (p, en) -> p.industry())
		.printed(50)
		.add("subIndustry", "column.subIndustry", Format.CODED,
				(p, en) -> Coded.of(p.subIndustryCode(), p.subIndustry()))
		.blank(Blank.NONE)
		.printed(52)
		.add("agreementType", "column.agreementType", Format.TEXT, (p, en) -> p.agreementType().label(en))
		.printed(50)
		.add("amountWan", "column.amountYi", Format.AMOUNT_WAN, (p, en) -> p.amountWan())
		.blank(Blank.UNFILLED)
		.printedLast(56)
		.add("status", "column.status", Format.TEXT, (p, en) -> p.status().label(en))
		.printed(45)
		.add("event", "column.event", Format.TEXT, (p, en) -> p.event())
		.add("notes", "column.notes", Format.TEXT, (p, en) -> p.notes())
		.build();

}
