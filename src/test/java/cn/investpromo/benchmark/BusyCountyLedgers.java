package cn.investpromo.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV ledgers of a busy county (issue 24): nearly every project lands in 招远市 and
 * {@value #KEY_IN_FIVE} in five of them are of 1 亿元 or more, so a report of
 * {@link #MONTH} lists one 重点项目 for every {@value #KEY_IN_FIVE} in five of the
 * {@code shown} projects signed in its 12 months; the other rows are the county's own
 * history (2005–2016), stored but in no figure of that report. A third of the shown
 * projects name an event of the window by its id (关联活动), so the follow-through grows with
 * the events. Every value follows from the row's number, so the figures a test checks can
 * be counted.
 */
public final class BusyCountyLedgers {

	/** The month the shown rows end with: 2020-06. */
	public static final String MONTH = "2020-06";

	/** Of every five projects, this many are of at least 1 亿元. */
	public static final int KEY_IN_FIVE = 2;

	private static final LocalDate WINDOW_FIRST = LocalDate.of(2019, 7, 1);

	private static final int WINDOW_DAYS = 366;

	private static final LocalDate HISTORY_FIRST = LocalDate.of(2005, 1, 1);

	private static final int HISTORY_DAYS = 12 * 365;

	/** Where the county's projects land: its towns, its zone, itself. */
	private static final List<String> TOWNS = List.of("招远市", "招远经济技术开发区", "罗峰街道", "泉山街道", "梦芝街道", "温泉街道", "辛庄镇", "蚕庄镇",
			"金岭镇", "毕郭镇", "玲珑镇", "张星镇", "夏甸镇", "阜山镇", "齐山镇");

	/** One project in twenty lands outside the county. */
	private static final List<String> ELSEWHERE = List.of("山东省烟台市芝罘区", "山东省青岛市黄岛区", "江苏省苏州市昆山市");

	private static final List<String> INDUSTRIES = List.of("黄金深加工", "新材料", "集成电路", "生物医药", "高端装备制造", "食品加工", "文化旅游",
			"冷链物流", "尾矿综合利用", "动力电池");

	private static final List<String> STATUSES = List.of("已签约", "已开工", "已投产", "已签约", "在建", "已终止");

	private static final List<String> PROJECT_HEADERS = List.of("项目编号", "项目名称", "签约日期", "落地地区", "投资方", "投资方所在地", "所属产业",
			"协议投资额（万元）", "项目状态", "开工日期", "投产日期", "到位资金（万元）", "关联活动");

	private static final List<String> EVENT_HEADERS = List.of("活动编号", "活动名称", "活动类型", "开始日期", "主办地区", "举办地点", "参会人数");

	private BusyCountyLedgers() {
	}

	/**
	 * The two files written, and how many projects of the report's 12 months are key
	 * projects.
	 */
	public record Ledgers(Path projectsFile, int projects, Path eventsFile, int events, int keyProjects) {

		public long rows() {
			return (long) this.projects + this.events;
		}

	}

	/**
	 * Writes {@code projects} project rows, the first {@code shown} of them signed in the
	 * 12 months ending with {@link #MONTH}, and {@code events} events of those months,
	 * into {@code folder}.
	 */
	public static Ledgers write(Path folder, int projects, int shown, int events) throws IOException {
		Files.createDirectories(folder);
		Path projectsFile = folder.resolve("招远市签约项目台账-" + projects + "-" + shown + ".csv");
		Path eventsFile = folder.resolve("招远市招商活动台账-" + events + ".csv");
		int keyProjects = 0;
		try (Csv csv = new Csv(projectsFile)) {
			csv.row(PROJECT_HEADERS);
			for (int i = 1; i <= projects; i++) {
				boolean inWindow = i <= shown;
				boolean home = i % 20 != 0;
				if (inWindow && home && key(i)) {
					keyProjects++;
				}
				csv.row(projectRow(i, inWindow, home, events));
			}
		}
		try (Csv csv = new Csv(eventsFile)) {
			csv.row(EVENT_HEADERS);
			for (int e = 1; e <= events; e++) {
				LocalDate start = WINDOW_FIRST.plusDays((e * 7L) % WINDOW_DAYS);
				csv.row(Arrays.asList(eventId(e), "招远市" + INDUSTRIES.get(e % INDUSTRIES.size()) + "产业推介会第" + e + "场",
						"推介会", start, TOWNS.get(e % TOWNS.size()), "招远市会议中心", 50 + e % 200));
			}
		}
		return new Ledgers(projectsFile, projects, eventsFile, events, keyProjects);
	}

	private static boolean key(int i) {
		return i % 5 < KEY_IN_FIVE;
	}

	private static List<Object> projectRow(int i, boolean inWindow, boolean home, int events) {
		LocalDate signed = inWindow ? WINDOW_FIRST.plusDays((i * 13L) % WINDOW_DAYS)
				: HISTORY_FIRST.plusDays((i * 13L) % HISTORY_DAYS);
		long wan = key(i) ? 10_000L + 1_000L * (i % 97) : 500L + 100L * (i % 90);
		String status = STATUSES.get(i % STATUSES.size());
		boolean started = status.equals("已开工") || status.equals("在建") || status.equals("已投产");
		LocalDate construction = started ? signed.plusDays(20) : null;
		LocalDate production = status.equals("已投产") ? signed.plusDays(60) : null;
		Object funds = started ? wan * (10 + i % 80) / 100 : null;
		String event = (inWindow && events > 0 && i % 3 == 0) ? eventId(1 + i % events) : null;
		String industry = INDUSTRIES.get((i / 3) % INDUSTRIES.size());
		return Arrays.asList(String.format("BC-P-%07d", i), "招远" + industry + "项目" + i, signed,
				home ? TOWNS.get(i % TOWNS.size()) : ELSEWHERE.get(i % ELSEWHERE.size()), "投资企业" + (i % 4_999) + "有限公司",
				(i % 2 == 0) ? "深圳市" : "上海市", industry, wan, status, construction, production, funds, event);
	}

	private static String eventId(int e) {
		return String.format("BC-E-%05d", e);
	}

	/**
	 * Writes ledgers from the command line:
	 * {@code BusyCountyLedgers <folder> <projects> <shown> <events>}.
	 */
	public static void main(String[] args) throws IOException {
		Ledgers ledgers = write(Path.of(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]),
				Integer.parseInt(args[3]));
		System.out.println(ledgers);
	}

	/** A UTF-8 CSV with a byte-order mark, dates as ISO text. */
	private static final class Csv implements AutoCloseable {

		private final Writer writer;

		private final CSVPrinter printer;

		Csv(Path file) throws IOException {
			this.writer = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
			this.writer.write('\uFEFF');
			this.printer = new CSVPrinter(this.writer, CSVFormat.DEFAULT);
		}

		void row(List<?> cells) throws IOException {
			this.printer.printRecord(cells.stream().map((value) -> (value == null) ? "" : value.toString()).toList());
		}

		@Override
		public void close() throws IOException {
			this.printer.close(true);
		}

	}

}
