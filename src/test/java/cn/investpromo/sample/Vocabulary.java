package cn.investpromo.sample;

import java.util.List;
import java.util.Random;

/**
 * Names the synthetic 招远 rows are drawn from: regions, origins, sectors, investor brands.
 */
final class Vocabulary {

	static final String ZHAOYUAN = "招远市";

	static final String ZONE = "招远经济技术开发区";

	static final List<String> TOWNS = List.of("罗峰街道", "泉山街道", "梦芝街道", "温泉街道", "大秦家街道", "辛庄镇", "蚕庄镇", "金岭镇", "毕郭镇",
			"玲珑镇", "张星镇", "夏甸镇", "阜山镇", "齐山镇");

	static final List<Sector> SECTORS = List.of(
			new Sector("黄金深加工", List.of("黄金饰品精深加工项目", "高纯金靶材生产项目", "键合金丝扩产项目", "黄金首饰智能制造项目"), "贵金属有限公司"),
			new Sector("金银珠宝加工", List.of("金银珠宝首饰加工项目", "珠宝设计创意中心项目", "银饰品加工项目"), "珠宝有限公司"),
			new Sector("新材料", List.of("高性能陶瓷新材料项目", "石墨烯导热材料项目", "特种合金材料项目", "高分子复合材料项目"), "新材料科技有限公司"),
			new Sector("电子信息", List.of("智能终端电子元器件项目", "柔性线路板生产项目", "物联网模组生产项目"), "电子科技有限公司"),
			new Sector("集成电路", List.of("集成电路封装测试项目", "功率半导体器件项目"), "半导体有限公司"),
			new Sector("生物医药", List.of("生物制药产业化项目", "医用敷料生产项目", "中药饮片加工项目"), "生物医药有限公司"),
			new Sector("大健康", List.of("康养服务中心项目", "健康食品研发生产项目", "温泉康养综合体项目"), "健康产业有限公司"),
			new Sector("高端装备", List.of("智能装备制造项目", "工业机器人集成应用项目", "精密数控机床项目"), "智能装备有限公司"),
			new Sector("矿山机械", List.of("矿山机械智能化改造项目", "选矿设备制造项目", "矿用液压支架项目"), "重工机械有限公司"),
			new Sector("食品加工", List.of("粉丝食品深加工项目", "果蔬冷链加工项目", "苹果浓缩汁加工项目"), "食品有限公司"),
			new Sector("海产品深加工", List.of("海参精深加工项目", "海洋食品加工项目", "扇贝柱深加工项目"), "海洋食品有限公司"),
			new Sector("文化旅游", List.of("黄金文化旅游综合体项目", "淘金小镇文旅提升项目", "乡村旅游度假区项目"), "文旅发展有限公司"),
			new Sector("现代物流", List.of("冷链物流园项目", "陆港物流中心项目", "电商快递分拨中心项目"), "供应链管理有限公司"),
			new Sector("环保", List.of("固废综合处置项目", "尾矿综合利用项目", "污水处理提标改造项目"), "环保科技有限公司"),
			new Sector("新能源汽车零部件", List.of("新能源汽车电机项目", "汽车轻量化零部件项目", "动力电池结构件项目"), "汽车零部件有限公司"));

	/**
	 * Deliberately outside the industry taxonomy, so the data-quality report lists it as
	 * unmatched.
	 */
	static final Sector UNMATCHED = new Sector("其他制造", List.of("包装制品生产项目", "日用五金制品项目"), "实业有限公司");

	/** Investor origins with the prefix the investor's name starts with. */
	static final List<List<String>> ORIGINS = List.of(List.of("深圳市", "深圳市"), List.of("深圳市", "深圳"), List.of("广州市", "广州"),
			List.of("上海市", "上海"), List.of("北京市", "北京"), List.of("青岛市", "青岛"), List.of("烟台市", "烟台"),
			List.of("济南市", "济南"), List.of("杭州市", "杭州"), List.of("苏州市", "苏州"), List.of("香港特别行政区", "香港"),
			List.of("韩国首尔", "韩国"), List.of("广东省东莞市", "东莞市"), List.of("天津市", "天津"));

	static final List<String> BRANDS = List.of("华鑫", "金瑞", "中科辰", "恒达", "瑞丰", "博源", "鼎盛", "润泽", "海天晟", "天成", "宏图", "聚能",
			"汇通", "嘉诚", "万通", "卓越", "远航", "新锐", "同创", "金鹰", "盛世", "德润", "华拓", "信元", "宝利", "祥和", "中金汇", "安泰", "东方旭",
			"启明", "凯瑞", "银河", "晨光", "锦程", "百川", "泰和", "诚信达", "正阳", "永安", "蓝海", "明德", "华夏龙", "利群", "长城源", "合力", "弘毅",
			"广宇", "金岸");

	/** Target regions of outbound events, each with the venue a clerk writes for it. */
	static final List<List<String>> TARGETS = List.of(List.of("深圳市", "广东省深圳市"), List.of("上海市", "上海市"),
			List.of("北京市", "北京市"), List.of("粤港澳大湾区", "广东省广州市"), List.of("长三角", "江苏省苏州市"), List.of("韩国", "韩国首尔"),
			List.of("德国", "德国杜塞尔多夫"), List.of("杭州市", "浙江省杭州市"), List.of("青岛市", "山东省青岛市"), List.of("广州市", "广东省广州市"));

	static final List<String> EVENT_INDUSTRIES = List.of("黄金深加工", "新材料", "大健康", "电子信息", "高端装备", "生物医药", "文化旅游", "食品加工",
			"海洋食品", "新能源汽车零部件", "现代物流", "节能环保", "矿山机械", "集成电路");

	static final List<String> LOCAL_VENUES = List.of("招远市会议中心", "招远经济技术开发区管委会", "招远市政务服务中心", "招远国际会展中心");

	private Vocabulary() {
	}

	static <T> T pick(Random random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	/** Short form of a target for event names: 深圳市 → 深圳. */
	static String shortName(String region) {
		return region.endsWith("市") ? region.substring(0, region.length() - 1) : region;
	}

	/** The organising body a clerk names for a host region. */
	static String organizer(Random random, String host) {
		if (host.equals(ZHAOYUAN)) {
			return pick(random, List.of("招远市人民政府", "招远市商务局", "招远市投资促进中心", "招远市商务局"));
		}
		if (host.equals(ZONE)) {
			return "招远经济技术开发区管委会";
		}
		return host.endsWith("街道") ? host + "办事处" : host + "人民政府";
	}

}
