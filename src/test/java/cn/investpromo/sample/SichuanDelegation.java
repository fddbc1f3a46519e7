package cn.investpromo.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The new-materials delegation's tour of Sichuan (Oct 30 – Nov 2, 2018) from the seed
 * report, as a ledger with English headers and no title row, plus a few synthetic
 * projects signed afterwards (the report names none).
 */
final class SichuanDelegation {

	static final List<String> EVENT_HEADERS = List.of("event_id", "name", "type", "start_date", "end_date",
			"host_region", "venue", "target_region", "organizer", "attendees", "enterprises", "industries", "notes");

	static final List<String> PROJECT_HEADERS = List.of("project_id", "name", "signed_date", "region", "investor",
			"investor_origin", "industry", "agreement_type", "amount", "currency", "status", "notes");

	static final String SOURCE = "据科沃高新2018年11月19日报道";

	private static final String ORGANIZER = "深圳科沃高新产业发展有限公司、四川省人民政府驻广州办事处";

	private static final String DELEGATION = "粤港澳大湾区";

	private SichuanDelegation() {
	}

	static List<LedgerSheet> sheets() {
		return List.of(new LedgerSheet("events", null, EVENT_HEADERS, events()),
				new LedgerSheet("projects", null, PROJECT_HEADERS, projects()));
	}

	private static List<List<Object>> events() {
		List<List<Object>> rows = new ArrayList<>();
		rows.add(event("SC-E-2018-10-01", "川粤经贸合作推介会分会：共商合作·共享机遇—开放成都深圳行", "推介会", LocalDate.of(2018, 10, 17), "成都市",
				"广东省深圳市", "深圳市", null, null, null, "新材料", SOURCE + "；陶振华董事长作“科沃高新新材料产业生态链创新发展平台”演讲"));
		rows.add(event("SC-E-2018-10-02", "新材料企业家考察团内江考察", "考察", LocalDate.of(2018, 10, 31), "内江市",
				"内江城市规划展览馆、内江高新区白马园区规划馆、内江高新区白马新材料产业园、内江经济开发区规划馆", DELEGATION, ORGANIZER, 20, 15, "新材料",
				SOURCE + "：15家新材料上市公司及行业细分龙头企业、20余位企业家代表；驻广办王强副主任带队；考察团10月30日至11月2日在川"));
		rows.add(
				event("SC-E-2018-10-03", "内江市与新材料企业考察团座谈会", "座谈会", LocalDate.of(2018, 10, 31), "内江市", "内江市", DELEGATION,
						null, null, null, "新材料、新装备、新医药、新能源、大数据", SOURCE + "；内江市委书记马波出席并讲话，市长任晓春介绍经济社会发展情况；参会人员同考察团"));
		rows.add(event("SC-E-2018-10-04", "新材料企业代表团眉山座谈交流", "座谈会", LocalDate.of(2018, 10, 31), "眉山市", "眉山市", DELEGATION,
				null, null, null, "新能源、新材料", SOURCE + "；10月31日下午，眉山市委书记慕新海会见，市委副书记黄剑东参加交流；参会人员同考察团"));
		rows.add(event("SC-E-2018-11-01", "新材料企业代表团眉山考察", "考察", LocalDate.of(2018, 11, 1), "眉山市", "天府新区青龙区域规划馆、成眉石化园区",
				DELEGATION, null, null, null, "新材料", SOURCE + "；第二天上午，眉山市领导陪同考察"));
		rows.add(event("SC-E-2018-11-02", "新材料企业代表团新津县考察", "考察", LocalDate.of(2018, 11, 1), "新津县", "新津县天府新区智能制造产业园规划厅",
				DELEGATION, null, null, null, "新材料、智能制造", SOURCE + "；报道未载明具体日期，按行程推定；新津县今为成都市新津区"));
		rows.add(event("SC-E-2018-11-03", "新材料企业代表团双流区考察交流", "考察", LocalDate.of(2018, 11, 2), "双流区",
				"成都市双流区怡心湖规划区、双流区军民融合产业园", DELEGATION, null, null, null, "新材料", SOURCE + "；报道未载明具体日期，按行程推定"));
		return rows;
	}

	private static List<Object> event(String id, String name, String type, LocalDate date, String host, String venue,
			String target, String organizer, Integer attendees, Integer enterprises, String industries, String notes) {
		return Arrays.asList(id, name, type, date, date, host, venue, target, organizer, attendees, enterprises,
				industries, notes);
	}

	/**
	 * Synthetic: the report names no signed project. Amounts are text with units; one is
	 * in US dollars.
	 */
	private static List<List<Object>> projects() {
		String synthetic = ZhaoyuanLedger.SYNTHETIC;
		List<List<Object>> rows = new ArrayList<>();
		rows.add(Arrays.asList("SC-P-2018-11-01", "先进材料产业集聚示范区合作项目", LocalDate.of(2018, 11, 28), "内江高新区",
				"深圳市锐材新材料科技有限公司", "深圳市", "新材料", "框架协议", null, null, "已签约", synthetic + "；框架协议未约定投资额"));
		rows.add(Arrays.asList("SC-P-2018-12-01", "高性能碳纤维复合材料项目", LocalDate.of(2018, 12, 18), "内江高新区", "深圳市华碳复合材料有限公司",
				"深圳市", "新材料", "投资协议", "2.5亿", "CNY", "已开工", synthetic));
		rows.add(Arrays.asList("SC-P-2019-01-01", "锂电池正极材料项目", LocalDate.of(2019, 1, 22), "内江经济开发区", "深圳市恒锂能源材料有限公司",
				"广东省深圳市", "新材料（锂电材料）", "投资协议", "8000万", null, "已开工", synthetic));
		rows.add(Arrays.asList("SC-P-2019-03-01", "电子级多晶硅材料项目", "2019-03-15", "眉山市", "广州华晶材料科技有限公司", "广州市", "新材料",
				"投资协议", "3.2亿元", "CNY", "已签约", synthetic));
		rows.add(Arrays.asList("SC-P-2019-04-01", "特种玻璃新材料项目", LocalDate.of(2019, 4, 10), "东坡区", "东莞市明晶玻璃科技有限公司",
				"广东省东莞市", "新材料", "投资协议", "1.2亿", null, "已签约", synthetic));
		rows.add(Arrays.asList("SC-P-2019-05-01", "航空用高温合金材料项目", LocalDate.of(2019, 5, 20), "双流区", "香港凯德材料集团有限公司",
				"香港特别行政区", "新材料", "投资协议", "1200万", "USD", "已签约", synthetic + "；外资项目，以美元计"));
		rows.add(Arrays.asList("SC-P-2019-06-01", "智能制造装备配套项目", LocalDate.of(2019, 6, 12), "成都市双流区", "深圳市智联装备有限公司",
				"深圳市", "高端装备", "意向协议", "6000万", "CNY", "已签约", synthetic));
		return rows;
	}

}
