package cn.investpromo.sample;

import static cn.investpromo.sample.Vocabulary.pick;
import static cn.investpromo.sample.ZhaoyuanLedger.SYNTHETIC;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Draws the synthetic rows of the 招远 events ledger, month by month, with a few clerk's
 * quirks on purpose.
 */
final class ZhaoyuanEvents {

	static final String MALFORMED_START = "2019年6月下旬";

	/**
	 * Start dates a clerk typed as text instead of an Excel date, one per listed month.
	 */
	private static final Map<YearMonth, TextDate> TEXT_DATES = Map.of(YearMonth.of(2018, 2),
			new TextDate(6, "%d/%d/%d"), YearMonth.of(2018, 10), new TextDate(16, "%d年%d月%d日"), YearMonth.of(2018, 12),
			new TextDate(5, "%d-%02d-%02d"), YearMonth.of(2019, 3), new TextDate(5, "%d/%d/%d"), YearMonth.of(2019, 4),
			new TextDate(8, "%d年%d月%d日"), YearMonth.of(2019, 5), new TextDate(6, "%d.%d.%d"), YearMonth.of(2019, 6),
			new TextDate(3, "%d%02d%02d"));

	private final Random random;

	ZhaoyuanEvents(Random random) {
		this.random = random;
	}

	/**
	 * The month's events, numbered ZY-E-yyyy-MM-nn in date order; in July 2019 with the
	 * Shenzhen conference.
	 */
	List<SampleEvent> month(YearMonth month) {
		List<SampleEvent> monthEvents = new ArrayList<>(Calendar.fixedEvents(month));
		boolean conference = month.equals(ZhaoyuanLedger.CONFERENCE_MONTH);
		int wanted = conference ? 1 + this.random.nextInt(2) : 2 + this.random.nextInt(5);
		int synthetic = conference ? wanted : Math.max(wanted - monthEvents.size(), 2 - monthEvents.size());
		TextDate textDate = TEXT_DATES.get(month);
		for (int i = 0; i < synthetic; i++) {
			int day = (i == 0 && textDate != null) ? textDate.day()
					: 1 + this.random.nextInt(conference ? 25 : month.lengthOfMonth());
			monthEvents.add(syntheticEvent(month.atDay(day)));
		}
		if (conference) {
			monthEvents.add(ShenzhenConference.event());
		}
		monthEvents.sort(Comparator.comparing(e -> (LocalDate) e.start()));
		List<SampleEvent> numbered = new ArrayList<>();
		for (SampleEvent event : monthEvents) {
			SampleEvent withId = event.withId(String.format("ZY-E-%s-%02d", month, numbered.size() + 1));
			numbered.add(withTextDate(withId, textDate));
		}
		if (month.equals(YearMonth.of(2019, 6))) {
			numbered.add(malformedEvent(String.format("ZY-E-%s-%02d", month, numbered.size() + 1)));
		}
		return numbered;
	}

	private static SampleEvent withTextDate(SampleEvent event, TextDate textDate) {
		LocalDate start = (LocalDate) event.start();
		if (textDate == null || start.getDayOfMonth() != textDate.day() || !event.notes().contains(SYNTHETIC)) {
			return event;
		}
		String text = String.format(textDate.pattern(), start.getYear(), start.getMonthValue(), start.getDayOfMonth());
		return event.withDates(text, start.equals(event.end()) ? text : event.end());
	}

	private SampleEvent malformedEvent(String id) {
		return new SampleEvent(id, "招远市（杭州）电子信息产业招商推介会", "推介会", MALFORMED_START, null, Vocabulary.ZHAOYUAN, "浙江省杭州市",
				"长三角", "招远市商务局", 60, 18, "电子信息、集成电路",
				SYNTHETIC + "；开始日期故意写成无法识别的“" + MALFORMED_START + "”，用于演示数据质量检查的拒收行");
	}

	private SampleEvent syntheticEvent(LocalDate start) {
		String type = pick(this.random, List.of("推介会", "推介会", "考察", "考察", "考察", "座谈会", "座谈会", "洽谈会", "洽谈会", "签约仪式"));
		boolean outbound = type.equals("推介会") || (!type.equals("签约仪式") && this.random.nextInt(10) < 5);
		String host = outbound ? (this.random.nextInt(5) == 0 ? Vocabulary.ZONE : Vocabulary.ZHAOYUAN) : localHost();
		List<String> targetAndVenue = pick(this.random, Vocabulary.TARGETS);
		String target = targetAndVenue.get(0);
		String venue = outbound ? targetAndVenue.get(1) : localVenue(host);
		List<String> industries = industries();
		String where = Vocabulary.shortName(target);
		String industry = industries.get(0);
		String name = switch (type) {
			case "推介会" -> host.equals(Vocabulary.ZONE) ? "招远经济技术开发区（" + where + "）招商推介会" : pick(this.random,
					List.of("招远市（" + where + "）招商引资推介会", "招远市" + industry + "产业招商推介会（" + where + "）"));
			case "考察" -> outbound ? "赴" + where + industry + "企业招商考察" : where + industry + "企业家来招考察";
			case "座谈会" -> outbound ? "在" + where + "招远籍企业家座谈会" : where + "客商投资环境座谈会";
			case "洽谈会" -> outbound ? "招远—" + where + "产业合作洽谈会" : industry + "项目对接洽谈会";
			default -> host + "重点项目集中签约仪式";
		};
		int attendees = switch (type) {
			case "推介会" -> 80 + this.random.nextInt(221);
			case "考察" -> outbound ? 5 + this.random.nextInt(11) : 6 + this.random.nextInt(25);
			case "座谈会" -> 15 + this.random.nextInt(46);
			case "洽谈会" -> 30 + this.random.nextInt(91);
			default -> 50 + this.random.nextInt(151);
		};
		int enterprises = Math.max(1, attendees * (20 + this.random.nextInt(40)) / 100);
		LocalDate end = type.equals("考察") && outbound ? start.plusDays(this.random.nextInt(4)) : start;
		if (end.getMonthValue() != start.getMonthValue()) {
			end = start;
		}
		Object endCell = (end.equals(start) && this.random.nextInt(5) == 0) ? null : end;
		Object attendeesCell = this.random.nextInt(16) == 0 ? attendees + "人" : attendees;
		int enterpriseDraw = this.random.nextInt(100);
		Object enterprisesCell = enterpriseDraw < 12 ? null : enterpriseDraw < 18 ? enterprises + "家" : enterprises;
		String separator = this.random.nextInt(10) == 0 ? "，" : "、";
		return new SampleEvent(null, name, type, start, endCell, host, venue, target,
				Vocabulary.organizer(this.random, host), attendeesCell, enterprisesCell,
				String.join(separator, industries), SYNTHETIC);
	}

	private String localHost() {
		int draw = this.random.nextInt(10);
		return draw < 4 ? Vocabulary.ZHAOYUAN : draw < 7 ? Vocabulary.ZONE : pick(this.random, Vocabulary.TOWNS);
	}

	private String localVenue(String host) {
		return Vocabulary.TOWNS.contains(host) ? "招远市" + host : pick(this.random, Vocabulary.LOCAL_VENUES);
	}

	private List<String> industries() {
		List<String> chosen = new ArrayList<>();
		int count = 1 + this.random.nextInt(3);
		while (chosen.size() < count) {
			String industry = pick(this.random, Vocabulary.EVENT_INDUSTRIES);
			if (!chosen.contains(industry)) {
				chosen.add(industry);
			}
		}
		return chosen;
	}

	/**
	 * A start date a clerk typed as text: the day it falls on and the pattern (year,
	 * month, day).
	 */
	private record TextDate(int day, String pattern) {
	}

}
