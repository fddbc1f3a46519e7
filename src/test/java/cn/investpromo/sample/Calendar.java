package cn.investpromo.sample;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Recurring fairs and festivals 招远 takes part in every year. The dates of the Hannover
 * fair, the import expo and the Hi-Tech Fair are the real ones; the other dates, the head
 * counts and 招远's participation are synthetic, and the rows say so.
 */
final class Calendar {

	private Calendar() {
	}

	static List<SampleEvent> fixedEvents(YearMonth month) {
		return switch (month.toString()) {
			case "2018-04" ->
				List.of(expo("2018汉诺威工业博览会", LocalDate.of(2018, 4, 23), 4, "德国汉诺威", "德国", 8, 6, "高端装备、新材料"));
			case "2019-04" ->
				List.of(expo("2019汉诺威工业博览会", LocalDate.of(2019, 4, 1), 4, "德国汉诺威", "德国", 9, 7, "高端装备、新材料"));
			case "2018-08" -> List.of(festival("第十二届中国·招远黄金节重点项目签约仪式", LocalDate.of(2018, 8, 18), 260, 85));
			case "2019-08" -> List.of(festival("第十三届中国·招远黄金周重点项目签约仪式", LocalDate.of(2019, 8, 17), 280, 92));
			case "2018-09" ->
				List.of(expo("中国（深圳）国际黄金珠宝玉石展览会", LocalDate.of(2018, 9, 13), 4, "广东省深圳市", "深圳市", 12, 9, "黄金深加工、金银珠宝"));
			case "2019-09" ->
				List.of(expo("中国（深圳）国际黄金珠宝玉石展览会", LocalDate.of(2019, 9, 12), 4, "广东省深圳市", "深圳市", 14, 10, "黄金深加工、金银珠宝"));
			case "2018-11" -> List.of(
					expo("首届中国国际进口博览会", LocalDate.of(2018, 11, 5), 5, "上海市", "上海市", 15, 11, "高端装备、食品加工"),
					expo("第二十届中国国际高新技术成果交易会", LocalDate.of(2018, 11, 14), 4, "广东省深圳市", "粤港澳大湾区", 10, 8, "电子信息、新材料"));
			case "2019-11" -> List.of(
					expo("第二届中国国际进口博览会", LocalDate.of(2019, 11, 5), 5, "上海市", "上海市", 16, 12, "高端装备、食品加工"),
					expo("第二十一届中国国际高新技术成果交易会", LocalDate.of(2019, 11, 13), 4, "广东省深圳市", "粤港澳大湾区", 12, 9, "电子信息、新材料"));
			default -> List.of();
		};
	}

	private static SampleEvent expo(String name, LocalDate start, int extraDays, String venue, String target,
			int delegation, int enterprises, String industries) {
		return new SampleEvent(null, name, "展会", start, start.plusDays(extraDays), Vocabulary.ZHAOYUAN, venue, target,
				"招远市商务局", delegation, enterprises, industries, ZhaoyuanLedger.SYNTHETIC + "；招远市组团参展");
	}

	private static SampleEvent festival(String name, LocalDate date, int attendees, int enterprises) {
		return new SampleEvent(null, name, "签约仪式", date, date, Vocabulary.ZHAOYUAN, "招远市黄金广场", "粤港澳大湾区", "招远市人民政府",
				attendees, enterprises, "黄金深加工、金银珠宝、文化旅游", ZhaoyuanLedger.SYNTHETIC);
	}

}
