package cn.investpromo.report;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

import cn.investpromo.report.ListedColumn.Format;
import cn.investpromo.value.Countries;

/**
 * 外资 (SPEC §2.9, §5.2): 合同外资 of the projects signed in the period, 实际使用外资 (the 境外
 * arrivals of the funds ledger) and the foreign-invested projects signed, each with the
 * comparisons of SPEC §5, in 万美元; by investor country or region; and the period's
 * foreign-invested projects. A report whose scope has neither leaves it out.
 *
 * @param contractedUsdWan 合同外资 of the foreign-invested projects signed, in 万美元; null
 * where there were some and none gave one
 * @param actualUsdWan 境外 arrivals in the period, in 万美元
 * @param foreignProjects projects signed with 合同外资 above zero or an investor outside the
 * mainland
 * @param byCountry the period's figures by country or region, largest first, the unknown
 * country last: its rows add up to the period's three figures
 * @param projects the period's foreign-invested projects, largest 合同外资 first
 */
public record ForeignInvestment(Comparison contractedUsdWan, Comparison actualUsdWan, Comparison foreignProjects,
		List<CountryFigures> byCountry, List<ProjectListing> projects) {

	/** The JSON's country of the row of arrivals without a linked project or country. */
	public static final String UNKNOWN_COUNTRY = Countries.UNKNOWN;

	/** The list of foreign-invested projects, as all three outputs show it. */
	public static final ListedColumns<ProjectListing> COLUMNS = ListedColumns.<ProjectListing>builder()
		.add("name", "column.projectName", Format.TEXT, (p, en) -> p.project().name())
		.printed(90)
		.add("signedDate", "column.signedDate", Format.DATE, (p, en) -> p.project().signedDate())
		.printed(52)
		.add("regionName", "column.region", Format.TEXT, (p, en) -> p.region())
		.printed(60)
		.add("investor", "column.investor", Format.TEXT, (p, en) -> p.project().investor())
		.printed(90)
		.add("investorCountry", "column.investorCountry", Format.TEXT,
				(p, en) -> CountryFigures.label(p.project().investorCountry(), en))
		.printed(60)
		.add("industryName", "column.industry", Format.TEXT, (p, en) -> p.industry())
		.printed(60)
		.add("contractedFdiUsdWan", "column.contractedFdi", Format.AMOUNT_USD_WAN,
				(p, en) -> p.project().contractedFdiUsdWan())
		.blank(ListedColumn.Blank.UNFILLED)
		.printedLast(60)
		.build();

	public ForeignInvestment {
		byCountry = List.copyOf(byCountry);
		projects = List.copyOf(projects);
	}

	/**
	 * One country or region of the period.
	 *
	 * @param country its normal name (中国香港, 新加坡 …), {@link #UNKNOWN_COUNTRY} for arrivals
	 * without a linked project or whose project names none
	 * @param name its name in the report's language
	 * @param projects foreign-invested projects signed in the period
	 * @param contractedUsdWan their 合同外资, in 万美元
	 * @param actualUsdWan the period's 境外 arrivals of its projects (whenever signed), in
	 * 万美元
	 */
	public record CountryFigures(String country, String name, long projects, BigDecimal contractedUsdWan,
			BigDecimal actualUsdWan) {

		/** A stored country in the report's language; null for none. */
		static @Nullable String label(@Nullable String country, boolean english) {
			return (country != null) ? Countries.label(country, english) : null;
		}

	}

}
