package cn.investpromo.report;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import cn.investpromo.project.ProjectStatus;
import cn.investpromo.report.ListedColumn.Blank;
import cn.investpromo.report.ListedColumn.Format;

/**
 * A 亿元以上重点项目: a project of at least 1 亿元 signed in the 12 months ending with the period,
 * as the report follows it; amounts in 万元.
 *
 * @param status its status at the period's end (as landing progress counts it)
 * @param fundsArrivedWan the 到位资金 the ledger records, null when it gives none
 */
public record KeyProject(String name, String region, String industry, BigDecimal amountWan, LocalDate signedDate,
		ProjectStatus status, @Nullable LocalDate constructionDate, @Nullable LocalDate productionDate,
		@Nullable BigDecimal fundsArrivedWan) {

	/** The least agreed investment of a key project: 1 亿元. */
	public static final BigDecimal LEAST_WAN = new BigDecimal("10000");

	/**
	 * The key projects' columns, as the workbook, the PDF and the JSON show them: a new
	 * listed column is one line here and its labels.
	 */
	public static final ListedColumns<KeyProject> COLUMNS = ListedColumns.<KeyProject>builder()
		.add("name", "column.projectName", Format.TEXT, (p, en) -> p.name())
		.printed(96)
		.add("regionName", "column.region", Format.TEXT, (p, en) -> p.region())
		.printed(60)
		.add("industryName", "column.industry", Format.TEXT, (p, en) -> p.industry())
		.printed(58)
		.add("amountWan", "column.amountYi", Format.AMOUNT_WAN, (p, en) -> p.amountWan())
		.printed(50)
		.add("signedDate", "column.signedDate", Format.DATE, (p, en) -> p.signedDate())
		.printed(48)
		.add("status", "column.statusAtEnd", Format.LABEL, (p, en) -> p.status().label(en))
		.printed(42)
		.add("constructionDate", "column.constructionDate", Format.DATE, (p, en) -> p.constructionDate())
		.blank(Blank.NONE)
		.printed(48)
		.add("productionDate", "column.productionDate", Format.DATE, (p, en) -> p.productionDate())
		.blank(Blank.NONE)
		.printed(48)
		.add("fundsArrivedWan", "column.fundsYi", Format.AMOUNT_WAN, (p, en) -> p.fundsArrivedWan())
		.blank(Blank.UNFILLED_IN_PRINT)
		.printed(50)
		.build();

}
