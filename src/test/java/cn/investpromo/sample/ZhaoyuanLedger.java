package cn.investpromo.sample;

import static cn.investpromo.sample.Vocabulary.pick;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Generates one year of the 招远 ledgers (events and signed projects), deterministically from the year's seed. Every
 * synthetic row says "示意数据（synthetic）" in 备注; the real Shenzhen conference rows come from
 * {@link ShenzhenConference}.
 */
final class ZhaoyuanLedger {

	static final String SYNTHETIC = "示意数据（synthetic）";

	static final YearMonth CONFERENCE_MONTH = YearMonth.from(ShenzhenConference.DATE);

	static final String MALFORMED_START = "2019年6月下旬";

	/** Ledgers are kept up to date until the end of 2019: no construction or production date after it. */
	private static final LocalDate AS_OF = LocalDate.of(2019, 12, 31);

	/** Start dates a clerk typed as text instead of an Excel date, one per listed month. */
	private static final Map<YearMonth, TextDate> TEXT_DATES = Map.of(YearMonth.of(2018, 2), new TextDate(6, "%d/%d/%d"),
			YearMonth.of(2018, 10), new TextDate(16, "%d年%d月%d日"), YearMonth.of(2018, 12), new TextDate(5, "%d-%02d-%02d"),
			YearMonth.of(2019, 3), new TextDate(5, "%d/%d/%d"), YearMonth.of(2019, 4), new TextDate(8, "%d年%d月%d日"),
			YearMonth.of(2019, 5), new TextDate(6, "%d.%d.%d"), YearMonth.of(2019, 6), new TextDate(3, "%d%02d%02d"));

	/** Amounts a clerk typed as text with their own unit (2018 ledger, whose column is in 亿元). */
	private static final Map<YearMonth, AmountText> AMOUNT_TEXTS = Map.of(YearMonth.of(2018, 3),
			new AmountText(15000L, "1.5亿元", null), YearMonth.of(2018, 5), new AmountText(3000L, "约3000万元", null),
			YearMonth.of(2018, 8), new AmountText(5000L, "5,000万", null), YearMonth.of(2018, 10),
			new AmountText(null, "500万美元", List.of("韩国首尔", "韩国")), YearMonth.of(2018, 12),
			new AmountText(20000L, "2亿", null));

	/** Months whose last project is a major one (10 亿元 or more), so each year has a few. */
	private static final Set<YearMonth> MAJOR_PROJECT = Set.of(YearMonth.of(2018, 6), YearMonth.of(2018, 11),
			YearMonth.of(2019, 3), YearMonth.of(2019, 10));

	/** Months whose first project is in an industry outside the taxonomy. */
	private static final Set<YearMonth> UNMATCHED_INDUSTRY = Set.of(YearMonth.of(2018, 5), YearMonth.of(2019, 10));

	private final int year;

	private final AmountUnit unit;

	private final Random random;

	private final Set<String> investors = new HashSet<>();

	private final Set<String> projectNames = new HashSet<>();

	private final List<SampleEvent> events = new ArrayList<>();

	private final List<SampleProject> projects = new ArrayList<>();

	private ZhaoyuanLedger(int year, AmountUnit unit) {
		this.year = year;
		this.unit = unit;
		this.random = new Random(20_190_728L + year);
	}

	/** The year's workbook sheets: 招商活动, 签约项目 and 填表说明. */
	static List<LedgerSheet> sheets(int year, AmountUnit unit) {
		ZhaoyuanLedger ledger = new ZhaoyuanLedger(year, unit);
		for (int month = 1; month <= 12; month++) {
			ledger.generateMonth(YearMonth.of(year, month));
		}
		List<List<Object>> eventRows = new ArrayList<>();
		for (SampleEvent event : ledger.events) {
			eventRows.add(event.cells(eventRows.size() + 1));
		}
		List<List<Object>> projectRows = new ArrayList<>();
		for (SampleProject project : ledger.projects) {
			projectRows.add(project.cells(projectRows.size() + 1));
		}
		return List.of(
				new LedgerSheet("招商活动", "招远市" + year + "年招商活动台账", SampleEvent.HEADERS, eventRows),
				new LedgerSheet("签约项目", "招远市" + year + "年签约项目台账", SampleProject.headers(unit), projectRows),
				LedgerSheet.notes("填表说明", List.of("填表说明", "1. 本台账由各镇街、开发区按月填报，每月5日前报市商务局汇总。",
						"2. 日期一律填写为“2019-07-28”格式，不要写“上旬”“下旬”等模糊表述。",
						"3. " + unit.amountHeader().replaceAll("（.*", "") + "以表头所示单位填写，外币请注明币种。",
						"4. 同一项目在不同活动中重复签约的，只填报一次，并在备注中说明。", "5. 示意数据均在备注中注明“示意数据（synthetic）”。")));
	}

	private void generateMonth(YearMonth month) {
		List<SampleEvent> monthEvents = new ArrayList<>(Calendar.fixedEvents(month));
		boolean conference = month.equals(CONFERENCE_MONTH);
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
		this.events.addAll(numbered);
		if (conference) {
			String eventId = numbered.stream().filter(e -> e.name().equals(ShenzhenConference.NAME)).findFirst()
					.orElseThrow().id();
			this.projects.addAll(ShenzhenConference.projects(eventId));
		}
		else {
			this.projects.addAll(projects(month, numbered));
		}
	}

	private static SampleEvent withTextDate(SampleEvent event, TextDate textDate) {
		LocalDate start = (LocalDate) event.start();
		if (textDate == null || start.getDayOfMonth() != textDate.day() || event.notes().indexOf(SYNTHETIC) < 0) {
			return event;
		}
		String text = String.format(textDate.pattern(), start.getYear(), start.getMonthValue(), start.getDayOfMonth());
		return event.withDates(text, start.equals(event.end()) ? text : event.end());
	}

	private SampleEvent malformedEvent(String id) {
		return new SampleEvent(id, "招远市（杭州）电子信息产业招商推介会", "推介会", MALFORMED_START, null, Vocabulary.ZHAOYUAN,
				"浙江省杭州市", "长三角", "招远市商务局", 60, 18, "电子信息、集成电路",
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
			case "推介会" -> host.equals(Vocabulary.ZONE) ? "招远经济技术开发区（" + where + "）招商推介会"
					: pick(this.random, List.of("招远市（" + where + "）招商引资推介会", "招远市" + industry + "产业招商推介会（" + where + "）"));
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
				Vocabulary.organizer(this.random, host), attendeesCell, enterprisesCell, String.join(separator, industries),
				SYNTHETIC);
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

	private List<SampleProject> projects(YearMonth month, List<SampleEvent> monthEvents) {
		List<SampleEvent> signingEvents = monthEvents.stream()
				.filter(e -> e.start() instanceof LocalDate && List.of("签约仪式", "推介会", "洽谈会").contains(e.type()))
				.toList();
		int count = 2 + this.random.nextInt(5);
		List<SampleProject> drafts = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Sector sector = (i == 0 && UNMATCHED_INDUSTRY.contains(month)) ? Vocabulary.UNMATCHED
					: pick(this.random, Vocabulary.SECTORS);
			AmountText amountText = i == 0 ? AMOUNT_TEXTS.get(month) : null;
			boolean major = i == count - 1 && MAJOR_PROJECT.contains(month);
			drafts.add(project(month, sector, amountText, major, signingEvents));
		}
		drafts.sort(Comparator.comparing(p -> (LocalDate) p.signed()));
		List<SampleProject> numbered = new ArrayList<>();
		for (SampleProject draft : drafts) {
			numbered.add(draft.withId(String.format("ZY-P-%s-%02d", month, numbered.size() + 1)));
		}
		return numbered;
	}

	private SampleProject project(YearMonth month, Sector sector, AmountText amountText, boolean major,
			List<SampleEvent> signingEvents) {
		LocalDate signed = month.atDay(1 + this.random.nextInt(month.lengthOfMonth()));
		String eventRef = null;
		List<String> origin = pick(this.random, Vocabulary.ORIGINS);
		if (!signingEvents.isEmpty() && this.random.nextInt(10) < 4) {
			SampleEvent event = pick(this.random, signingEvents);
			signed = (LocalDate) event.start();
			eventRef = this.random.nextInt(4) == 0 ? event.name() : event.id();
		}
		if (amountText != null && amountText.origin() != null) {
			origin = amountText.origin();
		}
		Investor investor = investor(origin.get(1), sector);
		String name = pick(this.random, sector.projectNames());
		if (!this.projectNames.add(name)) {
			// a second project of the same kind in the year is told apart by its investor's brand, as clerks do
			name = investor.brand() + name;
			this.projectNames.add(name);
		}
		int agreementDraw = this.random.nextInt(100);
		String agreement = agreementDraw < 75 ? "投资协议" : agreementDraw < 83 ? "框架协议" : agreementDraw < 90 ? "意向协议" : "战略合作协议";
		Long wan = amountText != null ? amountText.wan() : major ? majorAmountWan() : amountWan(agreement);
		// an agreement without an amount is a declaration of intent: nothing to build yet
		Progress progress = wan == null && amountText == null ? new Progress("已签约", null, null, null)
				: progress(month, signed, wan);
		Object amountCell = amountText != null ? amountText.text() : wan == null ? null : this.unit.cell(wan);
		String notes = progress.status().equals("已终止") ? SYNTHETIC + "；投资方战略调整，项目终止" : SYNTHETIC;
		return new SampleProject(null, name, signed, region(), investor.name(), origin.get(0), sector.ledgerText(), agreement,
				amountCell, progress.status(), eventRef, progress.started(), progress.producing(),
				progress.fundsWan() == null ? null : this.unit.cell(progress.fundsWan()), notes);
	}

	/** 500 万元 to 20 亿元: most under 1 亿, a few of 10 亿 or more; strategic agreements mostly without an amount. */
	private Long amountWan(String agreement) {
		int draw = this.random.nextInt(100);
		if (draw < 4 || (agreement.equals("战略合作协议") && draw < 60)) {
			return null;
		}
		int band = this.random.nextInt(100);
		if (band < 55) {
			return 500L + 100L * this.random.nextInt(96);
		}
		if (band < 85) {
			return 10_000L + 500L * this.random.nextInt(41);
		}
		if (band < 95) {
			return 30_000L + 1_000L * this.random.nextInt(71);
		}
		return majorAmountWan();
	}

	private Long majorAmountWan() {
		return 100_000L + 10_000L * this.random.nextInt(11);
	}

	/** Older projects are further along; dates never pass the end of 2019. */
	private Progress progress(YearMonth month, LocalDate signed, Long wan) {
		long age = month.until(YearMonth.from(AS_OF), ChronoUnit.MONTHS);
		int draw = this.random.nextInt(100);
		String status;
		if (age <= 2) {
			status = draw < 90 ? "已签约" : "已开工";
		}
		else if (age <= 8) {
			status = draw < 40 ? "已签约" : draw < 90 ? "已开工" : draw < 95 ? "已投产" : "已终止";
		}
		else if (age <= 14) {
			status = draw < 20 ? "已签约" : draw < 60 ? "已开工" : draw < 90 ? "已投产" : "已终止";
		}
		else {
			status = draw < 10 ? "已签约" : draw < 45 ? "已开工" : draw < 92 ? "已投产" : "已终止";
		}
		LocalDate started = signed.plusDays(20 + this.random.nextInt(100));
		LocalDate producing = started.plusDays(120 + this.random.nextInt(240));
		if (status.equals("已投产") && producing.isAfter(AS_OF)) {
			status = "已开工";
		}
		if (status.equals("已开工") && started.isAfter(AS_OF)) {
			status = "已签约";
		}
		boolean hasStarted = status.equals("已开工") || status.equals("已投产");
		Long funds = null;
		if (hasStarted && wan != null && this.random.nextInt(10) < 7) {
			int share = status.equals("已投产") ? 50 + this.random.nextInt(51) : 10 + this.random.nextInt(41);
			funds = Math.max(100L, wan * share / 100 / 100 * 100);
		}
		return new Progress(status, hasStarted ? started : null, status.equals("已投产") ? producing : null, funds);
	}

	private String region() {
		int draw = this.random.nextInt(100);
		if (draw < 30) {
			return Vocabulary.ZONE;
		}
		if (draw < 40) {
			return Vocabulary.ZHAOYUAN;
		}
		String town = pick(this.random, Vocabulary.TOWNS);
		return draw < 55 ? "招远市" + town : town;
	}

	private Investor investor(String prefix, Sector sector) {
		while (true) {
			String brand = pick(this.random, Vocabulary.BRANDS);
			String name = switch (prefix) {
				case "韩国" -> "韩国" + brand + "株式会社";
				case "香港" -> "香港" + brand + "集团有限公司";
				default -> prefix + brand + sector.companySuffix();
			};
			if (this.investors.add(name)) {
				return new Investor(name, brand);
			}
		}
	}

	/** A start date a clerk typed as text: the day it falls on and the pattern (year, month, day). */
	private record TextDate(int day, String pattern) {
	}

	/** An amount typed as text with its own unit; {@code wan} is null when it is in a foreign currency. */
	private record AmountText(Long wan, String text, List<String> origin) {
	}

	/** An investor's full name and the brand word that tells it apart. */
	private record Investor(String name, String brand) {
	}

	/** How far a project has got, with the dates and funds that go with it. */
	private record Progress(String status, LocalDate started, LocalDate producing, Long fundsWan) {
	}

}
