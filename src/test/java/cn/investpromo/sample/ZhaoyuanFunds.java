package cn.investpromo.sample;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The 招远 funds ledger (到位资金台账, SPEC §2.7) of 2018–2019: each signed project of the two
 * sample ledgers that reports 到位资金 has that total split into arrivals in the month of
 * signing, three and six months after (40 %, 35 %, the rest), so that the arrivals add up
 * to the column; written with a clerk's habits (a title row, the alias 本月到位, months as
 * text in three forms and as date cells, most sources blank), plus the rows a real ledger
 * has: an arrival in US dollars of the Korean-invested project, one for a project the
 * projects ledger does not know, and one project whose arrivals exceed its column.
 */
final class ZhaoyuanFunds {

	static final List<String> HEADERS = List.of("序号", "项目编号", "项目名称", "落地地区", "到位月份", "本月到位（万元）", "币种", "资金来源", "备注");

	private static final YearMonth LAST = YearMonth.of(2019, 12);

	private static final int[] AFTER_MONTHS = { 0, 3, 6 };

	private static final int[] PERCENT = { 40, 35 };

	private ZhaoyuanFunds() {
	}

	/** One arrival row before it is numbered. */
	private record Arrival(YearMonth month, String id, String name, String region, long wan, String currency,
			String source, String notes) {
	}

	static List<LedgerSheet> sheets() {
		List<Arrival> arrivals = new ArrayList<>();
		split(arrivals, ZhaoyuanLedger.sheets(2018, AmountUnit.YI), BigDecimal.valueOf(10_000));
		split(arrivals, ZhaoyuanLedger.sheets(2019, AmountUnit.WAN), BigDecimal.ONE);
		String note = ZhaoyuanLedger.SYNTHETIC;
		arrivals.add(new Arrival(YearMonth.of(2019, 7), "ZY-P-2019-06-02", "柔性线路板生产项目", "", 300, "USD", "境外",
				note + "；外方股东美元出资"));
		arrivals.add(new Arrival(YearMonth.of(2019, 7), "", "黄金产业园配套仓储项目", "招远经济技术开发区", 500, "", "省外",
				note + "；签约台账未登记该项目"));
		arrivals.add(new Arrival(YearMonth.of(2019, 7), "ZY-P-2019-04-04", "健康食品研发生产项目", "", 200, "", "",
				note + "；签约台账到位资金未更新"));
		arrivals.sort(Comparator.comparing(Arrival::month).thenComparing(Arrival::id).thenComparing(Arrival::name));
		List<List<Object>> rows = new ArrayList<>();
		for (Arrival a : arrivals) {
			rows.add(Arrays.asList(rows.size() + 1, a.id().isEmpty() ? null : a.id(), a.name(),
					a.region().isEmpty() ? null : a.region(), month(a.month(), rows.size()), a.wan(),
					a.currency().isEmpty() ? null : a.currency(), a.source().isEmpty() ? null : a.source(), a.notes()));
		}
		return List.of(new LedgerSheet("到位资金", "招远市2018—2019年到位资金台账", HEADERS, rows),
				LedgerSheet.notes("填表说明",
						List.of("填表说明", "1. 每个项目每月到位的资金填一行，到位月份填写“2019-07”或“2019年7月”。", "2. 项目编号与签约项目台账一致；无编号的填写项目名称。",
								"3. 资金来源不清楚的可不填，系统按投资方所在地判断。", "4. 示意数据均在备注中注明“示意数据（synthetic）”。")));
	}

	/**
	 * The arrivals of each project of a year's ledger that reports funds, in 万元
	 * ({@code wanPerUnit} of its funds column); the 2019 projects name themselves by id,
	 * every third of them by name only, as clerks do.
	 */
	private static void split(List<Arrival> arrivals, List<LedgerSheet> sheets, BigDecimal wanPerUnit) {
		LedgerSheet projects = sheets.stream().filter((s) -> s.name().equals("签约项目")).findFirst().orElseThrow();
		int count = 0;
		for (List<Object> row : projects.rows()) {
			if (!(row.get(14) instanceof Number funds) || !(row.get(3) instanceof LocalDate signed)) {
				continue;
			}
			long total = new BigDecimal(funds.toString()).multiply(wanPerUnit).longValue();
			String id = (count++ % 3 == 2) ? "" : (String) row.get(1);
			String region = id.isEmpty() ? (String) row.get(4) : "";
			long left = total;
			for (int i = 0; i < AFTER_MONTHS.length; i++) {
				YearMonth month = YearMonth.from(signed).plusMonths(AFTER_MONTHS[i]);
				long wan = (i < PERCENT.length) ? total * PERCENT[i] / 100 : left;
				left -= wan;
				arrivals.add(new Arrival(month.isAfter(LAST) ? LAST : month, id, (String) row.get(2), region, wan, "",
						"", ZhaoyuanLedger.SYNTHETIC));
			}
		}
	}

	/**
	 * The month as clerks write it: mostly 2019-07, some 2019年7月 or 2019.7, some dates.
	 */
	private static Object month(YearMonth month, int serial) {
		return switch (serial % 4) {
			case 1 -> month.getYear() + "年" + month.getMonthValue() + "月";
			case 2 -> month.getYear() + "." + month.getMonthValue();
			case 3 -> month.atDay(1);
			default -> month.toString();
		};
	}

}
