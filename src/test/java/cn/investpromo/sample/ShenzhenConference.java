package cn.investpromo.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The real rows of the 招远 2019 ledger: the Shenzhen promotion conference of 2019-07-28
 * and the 12 projects signed there, as faithful as the news report in
 * {@code shared/seeds/} allows (its "赵晋集团" is 招金集团, its "罗丰街道" is 罗峰街道). The report gives
 * no amounts: strategic agreements stay blank, the rest carry visibly synthetic ones.
 */
final class ShenzhenConference {

	static final LocalDate DATE = LocalDate.of(2019, 7, 28);

	static final String NAME = "招远市招商引资招才引智推介会（深圳）";

	static final String SOURCE = "据《招远市招商引资招才引智推介会成功举办》报道";

	static final String SYNTHETIC_AMOUNT = "投资额为示意值（synthetic）";

	private ShenzhenConference() {
	}

	static SampleEvent event() {
		return new SampleEvent(null, NAME, "推介会", DATE, DATE, "招远市", "广东省深圳市", "粤港澳大湾区", "招远市人民政府", 200, null,
				"黄金深加工、新材料、大健康、电子信息", SOURCE + "：200人参会，现场签约12个区域经济合作和高端产业项目");
	}

	/**
	 * The 12 projects, numbered ZY-P-2019-07-01.. in the report's order and linked to the
	 * conference's id.
	 */
	static List<SampleProject> projects(String eventId) {
		List<SampleProject> projects = new ArrayList<>();
		projects.add(strategic("区域经济合作战略合作", "招远市", "深圳乐天成控股集团", "现代服务业（商贸）", "招远市招商中心"));
		projects.add(strategic("大健康创业项目孵化及产业化", "招远经济技术开发区", "康佳集团", "大健康", "招远经济技术开发区"));
		projects.add(strategic("金银珠宝文化创意产业合作", "招远市", "深圳市金银珠宝创意产业协会", "黄金珠宝", "招金集团"));
		projects.add(investment("金银珠宝加工项目", "夏甸镇", "深圳市梅朵珠宝有限公司", "深圳市", "金银珠宝加工", 5000, "签约方：夏甸镇政府"));
		projects.add(investment("工商珠宝设计研究中心", "罗峰街道", "深圳工商文化有限公司", "深圳市", "珠宝设计", 2000, "签约方：罗峰街道办事处（报道作“罗丰街道”）"));
		projects.add(investment("金尾矿资源综合开发利用", "玲珑镇", "广州恒和环保科技有限公司", "广东省广州市", "尾矿资源综合利用", 30000, "签约方：玲珑镇政府"));
		projects.add(unnamedInvestor("柔性集成电路项目", "招远经济技术开发区", "集成电路", 50000, "落户开发区双创示范园区"));
		projects.add(unnamedInvestor("派特保健项目", "招远市", "大健康（保健品）", 10000, null));
		projects.add(unnamedInvestor("瑶柱酱深加工项目", "招远市", "海产品深加工", 3000, null));
		projects.add(unnamedInvestor("环境水处理研发中心建设项目", "招远市", "环保（水处理）", 8000, null));
		projects.add(unnamedInvestor("鲁东检测设备制造及环境和矿物样品检测建设项目", "招远市", "检测设备制造", 15000, null));
		projects.add(unnamedInvestor("碧果镇生态旅游开发项目", "招远市", "文化旅游", 20000, null));
		List<SampleProject> numbered = new ArrayList<>();
		for (int i = 0; i < projects.size(); i++) {
			SampleProject p = projects.get(i);
			numbered.add(new SampleProject(String.format("ZY-P-2019-07-%02d", i + 1), p.name(), DATE, p.region(),
					p.investor(), p.origin(), p.industry(), p.agreement(), p.amount(), "已签约", eventId, null, null, null,
					p.notes()));
		}
		return numbered;
	}

	private static SampleProject strategic(String name, String region, String investor, String industry,
			String localParty) {
		return row(name, region, investor, "深圳市", industry, "战略合作协议", null,
				SOURCE + "；签约方：" + localParty + "；战略合作协议，报道未载明投资额");
	}

	private static SampleProject investment(String name, String region, String investor, String origin, String industry,
			long wan, String party) {
		return row(name, region, investor, origin, industry, "投资协议", wan,
				SOURCE + "；" + party + "；" + SYNTHETIC_AMOUNT);
	}

	/**
	 * The report names neither investor nor landing place for these; the investor cell
	 * says so, distinctly.
	 */
	private static SampleProject unnamedInvestor(String name, String region, String industry, long wan, String note) {
		String notes = SOURCE + "；报道未载明投资方与落地地点；" + (note == null ? "" : note + "；") + SYNTHETIC_AMOUNT;
		return row(name, region, name + "投资方（报道未载明）", "深圳市", industry, "投资协议", wan, notes);
	}

	private static SampleProject row(String name, String region, String investor, String origin, String industry,
			String agreement, Long wan, String notes) {
		return new SampleProject(null, name, DATE, region, investor, origin, industry, agreement, wan, "已签约", null,
				null, null, null, notes);
	}

}
