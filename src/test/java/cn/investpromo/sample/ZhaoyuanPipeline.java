package cn.investpromo.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * 招远市's pipeline ledger (在谈项目台账, SPEC §2.8) as a clerk keeps it at the end of July 2019:
 * a title row, alias headers (意向企业, 来源地, 计划投资额（亿元）, 推进阶段, 接洽日期, 计划签约时间, 跟进日期, 包联领导,
 * 进展情况), stage synonyms (在谈, 待签约, 接洽, 意向, 放弃), text dates and a month, an amount written
 * with its own unit and one not yet known. All of it is synthetic and marked so, but for
 * the two projects signed at the Shenzhen conference of 2019-07-28, which link to the
 * 2019 signed-projects ledger by id (金尾矿) and by name and region (瑶柱酱). The July report
 * shows every stage, one new lead, two conversions, three overdue projects (the 督办 list)
 * and one stale project; one project first contacted in August is not yet in July's
 * pipeline.
 */
final class ZhaoyuanPipeline {

	static final String FILE = "招远市在谈项目台账2019.xlsx";

	static final List<String> HEADERS = List.of("序号", "项目编号", "项目名称", "意向企业", "来源地", "拟落地地区", "所属产业", "计划投资额（亿元）",
			"推进阶段", "接洽日期", "计划签约时间", "跟进日期", "责任单位", "包联领导", "进展情况");

	private static final String SYNTHETIC = ZhaoyuanLedger.SYNTHETIC;

	private ZhaoyuanPipeline() {
	}

	static List<LedgerSheet> sheets() {
		List<List<Object>> rows = new ArrayList<>();
		add(rows, "ZY-T-2019-01", "高端海洋牧场综合体项目", "青岛蓝海渔业发展有限公司", "青岛市", "辛庄镇", "海洋食品", 6, "洽谈中",
				LocalDate.of(2019, 1, 15), "2019年5月", LocalDate.of(2019, 7, 18), "辛庄镇人民政府", "孙建国",
				"用海手续办理中；" + SYNTHETIC);
		add(rows, "ZY-T-2019-02", "黄金尾矿制备新型建材项目", "山东鲁砾新材料有限公司", "济南市", "玲珑镇", "新材料", 3.5, "拟签约",
				LocalDate.of(2019, 2, 20), LocalDate.of(2019, 6, 15), LocalDate.of(2019, 7, 9), "玲珑镇人民政府", "刘海燕",
				"协议文本已审定，待对方董事会批准；" + SYNTHETIC);
		add(rows, "ZY-T-2019-03", "智能矿山装备制造项目", "沈阳北方智矿装备有限公司", "沈阳市", "招远经济技术开发区", "矿山机械", 2.8, "待签约",
				LocalDate.of(2019, 3, 6), "2019.7.20", LocalDate.of(2019, 7, 25), "招远经济技术开发区管委会", "王志强",
				"签约时间待市领导确定；" + SYNTHETIC);
		add(rows, "ZY-T-2019-04", "温泉文旅康养小镇项目", "北京华康文旅集团有限公司", "北京市", "大秦家街道", "文化旅游", 12, "意向",
				LocalDate.of(2019, 4, 2), "2019年12月", LocalDate.of(2019, 5, 20), "大秦家街道办事处", "陈晓东",
				"对方考察后未再回复；" + SYNTHETIC);
		add(rows, "ZY-T-2019-05", "海参精深加工项目", "大连海宝食品有限公司", "大连市", "辛庄镇", "海产品深加工", "5000万", "接洽", "2019.7.10",
				"2019年10月", LocalDate.of(2019, 7, 26), "辛庄镇人民政府", "孙建国", "首次来招考察；" + SYNTHETIC);
		add(rows, "ZY-T-2019-06", "光伏储能一体化项目", "江苏明晖新能源有限公司", "苏州市", "阜山镇", "光伏", 4, "放弃", LocalDate.of(2018, 11, 8),
				LocalDate.of(2019, 4, 30), LocalDate.of(2019, 3, 1), "阜山镇人民政府", "赵明", "对方投资计划调整，终止洽谈；" + SYNTHETIC);
		add(rows, "ZY-T-2019-07", "生物医药中间体项目", "浙江华睿药业有限公司", "台州市", "招远经济技术开发区", "生物医药", "待定", "在谈",
				LocalDate.of(2019, 5, 28), LocalDate.of(2019, 10, 31), LocalDate.of(2019, 7, 22), "招远市商务局", "李娜",
				"环评要求沟通中；" + SYNTHETIC);
		add(rows, "ZY-P-2019-07-06", "金尾矿资源综合开发利用", "广州恒和环保科技有限公司", "广州市", "玲珑镇", "尾矿资源综合利用", 3, "已签约",
				LocalDate.of(2019, 3, 18), LocalDate.of(2019, 7, 28), LocalDate.of(2019, 7, 28), "玲珑镇人民政府", "刘海燕",
				"2019-07-28深圳推介会现场签约；编号沿用签约项目台账");
		add(rows, null, "瑶柱酱深加工项目", null, "深圳市", "招远市", "海产品深加工", 0.3, "已签约", LocalDate.of(2019, 6, 5),
				LocalDate.of(2019, 7, 28), LocalDate.of(2019, 7, 28), "招远市商务局", "李娜", "2019-07-28深圳推介会现场签约");
		add(rows, "ZY-T-2019-08", "跨境电商产业园项目", "深圳前海跨境通供应链有限公司", "深圳市", "罗峰街道", "物流", 2, "初步接洽",
				LocalDate.of(2019, 8, 12), "2020年3月", LocalDate.of(2019, 8, 20), "罗峰街道办事处", "周敏", "8月新接洽；" + SYNTHETIC);
		return List.of(new LedgerSheet("在谈项目", "招远市2019年在谈项目台账（项目储备库）", HEADERS, rows));
	}

	private static void add(List<List<Object>> rows, Object... cells) {
		List<Object> row = new ArrayList<>();
		row.add(rows.size() + 1);
		row.addAll(Arrays.asList(cells));
		rows.add(row);
	}

}
