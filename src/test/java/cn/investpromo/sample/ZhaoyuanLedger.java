package cn.investpromo.sample;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * One year of the 招远 ledgers (events and signed projects), drawn deterministically from
 * the year's seed. Every synthetic row says "示意数据（synthetic）" in 备注; the real Shenzhen
 * conference rows come from {@link ShenzhenConference}.
 */
final class ZhaoyuanLedger {

	static final String SYNTHETIC = "示意数据（synthetic）";

	static final YearMonth CONFERENCE_MONTH = YearMonth.from(ShenzhenConference.DATE);

	private ZhaoyuanLedger() {
	}

	/** The year's workbook sheets: 招商活动, 签约项目, 填表说明 and 年度目标. */
	static List<LedgerSheet> sheets(int year, AmountUnit unit) {
		// one stream per year, so that changing one year's rules leaves the other year's
		// file alone
		Random random = new Random(20_190_728L + year);
		ZhaoyuanEvents eventDraws = new ZhaoyuanEvents(random);
		ZhaoyuanProjects projectDraws = new ZhaoyuanProjects(random, unit);
		List<List<Object>> eventRows = new ArrayList<>();
		List<List<Object>> projectRows = new ArrayList<>();
		for (int m = 1; m <= 12; m++) {
			YearMonth month = YearMonth.of(year, m);
			List<SampleEvent> events = eventDraws.month(month);
			List<SampleProject> projects = month.equals(CONFERENCE_MONTH)
					? ShenzhenConference.projects(conferenceId(events)) : projectDraws.month(month, events);
			events.forEach(event -> eventRows.add(event.cells(eventRows.size() + 1)));
			projects.forEach(project -> projectRows.add(project.cells(projectRows.size() + 1)));
		}
		return List.of(new LedgerSheet("招商活动", "招远市" + year + "年招商活动台账", SampleEvent.HEADERS, eventRows),
				new LedgerSheet("签约项目", "招远市" + year + "年签约项目台账", SampleProject.headers(unit), projectRows),
				LedgerSheet.notes("填表说明",
						List.of("填表说明", "1. 本台账由各镇街、开发区按月填报，每月5日前报市商务局汇总。",
								"2. 日期一律填写为“2019-07-28”格式，不要写“上旬”“下旬”等模糊表述。",
								"3. " + unit.amountHeader().replaceAll("（.*", "") + "以表头所示单位填写，外币请注明币种。",
								"4. 同一项目在不同活动中重复签约的，只填报一次，并在备注中说明。", "5. 示意数据均在备注中注明“示意数据（synthetic）”。")),
				targets(year));
	}

	/**
	 * Annual targets as leadership sets them (SPEC §2.3 targets sheet); the figures are
	 * synthetic.
	 */
	private static LedgerSheet targets(int year) {
		String note = "示意数据（synthetic）";
		List<List<Object>> rows = List.of(List.of("招远市", year, "签约项目数", 60, note),
				List.of("招远市", year, "协议投资额", (year == 2018) ? "150亿元" : "120亿元", note),
				List.of("招远市", year, "到位资金", "30亿元", note));
		return new LedgerSheet("年度目标", "招远市" + year + "年招商引资目标任务", List.of("地区", "年度", "指标", "目标值", "备注"), rows);
	}

	private static String conferenceId(List<SampleEvent> events) {
		return events.stream().filter(e -> e.name().equals(ShenzhenConference.NAME)).findFirst().orElseThrow().id();
	}

}
