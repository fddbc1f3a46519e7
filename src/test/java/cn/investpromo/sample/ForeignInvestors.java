package cn.investpromo.sample;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * 合同外资 and 投资方国别 of a few 招远 projects (SPEC §2.9, issue 21), appended after 备注 as a clerk
 * adds columns a new return asks for, so that every other cell stays where it was. The
 * figures are synthetic; the countries are written as clerks write them (香港, Singapore,
 * 国内 …), one 合同外资 in another currency's words, one left blank. No random draw: the other
 * cells of the ledgers do not change.
 */
final class ForeignInvestors {

	/** 合同外资 without a unit: 万美元. 国别（地区） is an alias of 投资方国别. */
	static final List<String> HEADERS = List.of("合同外资", "国别（地区）");

	private static final Map<String, List<Object>> BY_ID = Map.ofEntries(
			// 2019: 韩国 in June, 中国香港 and 新加坡 before July, one after it
			Map.entry("ZY-P-2019-01-01", cells(null, "国内")), Map.entry("ZY-P-2019-01-04", cells("3000万港元", "香港")),
			Map.entry("ZY-P-2019-02-02", cells(null, "中国香港")), Map.entry("ZY-P-2019-04-01", cells(2000, "Singapore")),
			Map.entry("ZY-P-2019-04-02", cells(500, "德国")), Map.entry("ZY-P-2019-06-02", cells(1100, "韩国")),
			Map.entry("ZY-P-2019-10-02", cells("0.12亿美元", "新加坡")),
			// 2018: last year's comparisons
			Map.entry("ZY-P-2018-01-02", cells(230, "韩国")), Map.entry("ZY-P-2018-03-05", cells("2000万美元", "韩国")),
			Map.entry("ZY-P-2018-06-01", cells(2500, "香港特别行政区")), Map.entry("ZY-P-2018-07-02", cells(150, "韩国")));

	private ForeignInvestors() {
	}

	/** The two cells of a project's row: blank for the projects not listed. */
	static List<Object> of(String id) {
		List<Object> cells = (id != null) ? BY_ID.get(id) : null;
		return (cells != null) ? cells : cells(null, null);
	}

	private static List<Object> cells(Object contracted, String country) {
		return Arrays.asList(contracted, country);
	}

}
