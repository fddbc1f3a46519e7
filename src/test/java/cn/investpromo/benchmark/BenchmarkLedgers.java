package cn.investpromo.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Generated 招远市 ledgers of any size for the benchmark: a signed-projects ledger and an
 * events ledger, written row by row (SXSSF for .xlsx, so generating a million rows needs
 * no more memory than a hundred). Values are varied the way clerks type them — Excel
 * dates and dates as text, amounts in 万元 or with their own unit, counts with 人/家, status
 * synonyms, about fifty industry texts, investors that come back — and drawn from a fixed
 * seed, so the same arguments give the same rows. {@value #HOME_PERCENT} % of the rows
 * land in 招远市 (its towns, its zone, itself), the others in several thousand regions of
 * every province, written as short names, city + name or full paths
 * ({@link LandingRegions}). Every {@value #REJECT_EVERY}th project has an unreadable
 * signing date, so the reject path is measured too.
 */
public final class BenchmarkLedgers {

	/** Every this many project rows one has an unreadable signing date (a reject). */
	public static final int REJECT_EVERY = 1000;

	/**
	 * The generated rows are signed and held in 2015 to 2024; the benchmark reports on a
	 * month inside.
	 */
	static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);

	static final LocalDate LAST_DAY = LocalDate.of(2024, 12, 31);

	/**
	 * Project rows beyond this many (and event rows beyond a tenth of it) are other
	 * regions' history: they land in the {@link LandingRegions} outside 招远市 and are dated
	 * {@link #HISTORY_FIRST_DAY} to {@link #HISTORY_LAST_DAY}, before every row of 招远市. A
	 * larger database then holds more stored rows but the same rows in any report of 2015
	 * to 2024, for 招远市 and for 全国 alike: what the benchmark's report shows stays the same
	 * while the database grows.
	 */
	public static final int BASE_PROJECTS = 100_000;

	static final LocalDate HISTORY_FIRST_DAY = LocalDate.of(1995, 1, 1);

	static final LocalDate HISTORY_LAST_DAY = LocalDate.of(2014, 12, 31);

	private static final int HISTORY_DAYS = (int) (HISTORY_LAST_DAY.toEpochDay() - HISTORY_FIRST_DAY.toEpochDay()) + 1;

	private static final long SEED = 20_190_728L;

	private static final String SYNTHETIC = "基准测试生成数据（synthetic）";

	/**
	 * The towns of 招远市, its development zone and 招远市 itself: {@value #HOME_PERCENT} % of
	 * the rows land there.
	 */
	private static final List<String> REGIONS = List.of("招远市", "招远经济技术开发区", "罗峰街道", "泉山街道", "梦芝街道", "温泉街道", "大秦家街道",
			"辛庄镇", "蚕庄镇", "金岭镇", "毕郭镇", "玲珑镇", "张星镇", "夏甸镇", "阜山镇", "齐山镇");

	/**
	 * Industry texts as ledgers write them, several per sector (a dozen sectors, about
	 * fifty texts), the project name stems and the investor's business suffix of the
	 * sector.
	 */
	private static final List<Sector> SECTORS = List.of(
			new Sector(List.of("黄金深加工", "黄金珠宝", "黄金饰品加工", "贵金属精深加工", "金银首饰制造"), "黄金饰品精深加工项目", "贵金属有限公司"),
			new Sector(List.of("新材料", "先进陶瓷材料", "高性能新材料", "功能材料", "新型建材"), "高性能陶瓷新材料项目", "新材料科技有限公司"),
			new Sector(List.of("电子信息", "电子元器件", "新一代信息技术", "智能终端制造"), "智能终端电子元器件项目", "电子科技有限公司"),
			new Sector(List.of("集成电路", "半导体", "功率半导体", "芯片封装测试"), "功率半导体器件项目", "半导体有限公司"),
			new Sector(List.of("生物医药", "医疗器械", "医用耗材", "中医药"), "医用敷料生产项目", "生物医药有限公司"),
			new Sector(List.of("大健康", "康养产业", "温泉康养", "健康管理服务"), "温泉康养综合体项目", "健康产业有限公司"),
			new Sector(List.of("高端装备", "高端装备制造", "数控机床", "智能制造装备"), "精密数控机床项目", "智能装备有限公司"),
			new Sector(List.of("矿山机械", "矿山设备", "选矿机械制造"), "选矿设备制造项目", "重工机械有限公司"),
			new Sector(List.of("食品加工", "农副产品加工", "果蔬加工", "现代农业"), "果蔬冷链加工项目", "食品有限公司"),
			new Sector(List.of("海产品深加工", "海洋食品", "海参加工"), "海参精深加工项目", "海洋食品有限公司"),
			new Sector(List.of("文化旅游", "文旅融合", "乡村旅游", "研学旅游"), "乡村旅游度假区项目", "文旅发展有限公司"),
			new Sector(List.of("现代物流", "冷链物流", "供应链服务"), "冷链物流园项目", "供应链管理有限公司"),
			new Sector(List.of("环保", "节能环保", "固废综合利用", "尾矿资源化"), "尾矿综合利用项目", "环保科技有限公司"),
			new Sector(List.of("新能源汽车零部件", "汽车零部件", "动力电池"), "动力电池结构件项目", "汽车零部件有限公司"),
			new Sector(List.of("其他制造", "五金制品", "日用品制造"), "日用五金制品项目", "实业有限公司"));

	/**
	 * A sector of the generated ledgers: the ways its industry is written, a project
	 * stem, a business suffix.
	 */
	record Sector(List<String> industryTexts, String projectStem, String businessSuffix) {
	}

	/**
	 * Investor origin as written in the ledger, and the prefix of the investor's name.
	 */
	private static final List<List<String>> ORIGINS = List.of(List.of("深圳市", "深圳"), List.of("广州市", "广州"),
			List.of("上海市", "上海"), List.of("北京市", "北京"), List.of("青岛市", "青岛"), List.of("烟台市", "烟台"),
			List.of("济南市", "济南"), List.of("杭州市", "杭州"), List.of("苏州市", "苏州"), List.of("香港特别行政区", "香港"),
			List.of("韩国首尔", "韩国"), List.of("广东省东莞市", "东莞"), List.of("天津市", "天津"), List.of("招远市", "招远"));

	private static final List<String> BRANDS = List.of("华鑫", "金瑞", "中科辰", "恒达", "瑞丰", "博源", "鼎盛", "润泽", "海天晟", "天成",
			"宏图", "聚能", "汇通", "嘉诚", "万通", "卓越", "远航", "新锐", "同创", "金鹰", "盛世", "德润", "华拓", "信元", "宝利", "祥和", "中金汇", "安泰",
			"东方旭", "启明", "凯瑞", "银河", "晨光", "锦程", "百川", "泰和");

	private static final List<String> AGREEMENTS = List.of("投资协议", "投资协议", "投资协议", "投资合同", "框架协议", "意向协议", "战略合作协议");

	private static final List<String> EVENT_TYPES = List.of("推介会", "考察", "实地考察", "座谈会", "洽谈会", "签约仪式", "展会");

	/** Target region and the venue a clerk writes for it. */
	private static final List<List<String>> TARGETS = List.of(List.of("深圳市", "广东省深圳市"), List.of("上海市", "上海市"),
			List.of("北京市", "北京市"), List.of("粤港澳大湾区", "广东省广州市"), List.of("长三角", "江苏省苏州市"), List.of("韩国", "韩国首尔"),
			List.of("杭州市", "浙江省杭州市"), List.of("青岛市", "山东省青岛市"));

	private static final List<String> PROJECT_HEADERS = List.of("序号", "项目编号", "项目名称", "签约日期", "落地地区", "投资方", "投资方所在地",
			"所属产业", "协议类型", "协议投资额（万元）", "项目状态", "开工日期", "投产日期", "到位资金（万元）", "备注");

	private static final List<String> EVENT_HEADERS = List.of("序号", "活动编号", "活动名称", "活动类型", "开始日期", "结束日期", "主办地区",
			"举办地点", "目标地区", "主办单位", "参会人数", "参会企业数", "重点产业", "备注");

	/**
	 * The share of rows (in per cent) that land in 招远市; the others land anywhere in
	 * China.
	 */
	static final int HOME_PERCENT = 40;

	private static final int DAYS = (int) (LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay()) + 1;

	private BenchmarkLedgers() {
	}

	/** How the ledgers are stored. */
	public enum Format {

		XLSX("xlsx"), CSV("csv");

		private final String extension;

		Format(String extension) {
			this.extension = extension;
		}

		public String extension() {
			return this.extension;
		}

	}

	/**
	 * What was written: the two files and how many data rows each holds, of which
	 * {@code rejects} are bad.
	 */
	public record Ledgers(Path projectsFile, int projects, Path eventsFile, int events, int rejects) {

		/** Rows an import reads: every data row of both ledgers. */
		public long rows() {
			return (long) this.projects + this.events;
		}

	}

	/**
	 * The number of project rows with an unreadable date among {@code projects} generated
	 * rows.
	 */
	public static int rejects(int projects) {
		return projects / REJECT_EVERY;
	}

	/**
	 * Writes {@code projects} project rows and {@code events} event rows into
	 * {@code folder}, named so that the importer takes 招远市 as their context (the towns
	 * resolve within it).
	 */
	public static Ledgers write(Path folder, int projects, int events, Format format) throws IOException {
		Files.createDirectories(folder);
		Path projectsFile = folder.resolve("招远市签约项目台账-" + projects + "." + format.extension());
		Path eventsFile = folder.resolve("招远市招商活动台账-" + events + "." + format.extension());
		Random random = new Random(SEED);
		LandingRegions landing = LandingRegions.load();
		try (RowSink sink = sink(projectsFile, format, "签约项目")) {
			sink.row(List.of("招远市签约项目台账（基准测试生成）"));
			sink.row(new ArrayList<>(PROJECT_HEADERS));
			for (int i = 1; i <= projects; i++) {
				sink.row(projectRow(random, i, landing));
			}
		}
		try (RowSink sink = sink(eventsFile, format, "招商活动")) {
			sink.row(List.of("招远市招商活动台账（基准测试生成）"));
			sink.row(new ArrayList<>(EVENT_HEADERS));
			for (int i = 1; i <= events; i++) {
				sink.row(eventRow(random, i, landing));
			}
		}
		return new Ledgers(projectsFile, projects, eventsFile, events, rejects(projects));
	}

	static List<Object> projectRow(Random random, int i, LandingRegions landing) {
		boolean history = i > BASE_PROJECTS;
		LocalDate signed = history ? HISTORY_FIRST_DAY.plusDays(random.nextInt(HISTORY_DAYS))
				: FIRST_DAY.plusDays(random.nextInt(DAYS));
		Sector sector = pick(random, SECTORS);
		List<String> origin = pick(random, ORIGINS);
		String brand = pick(random, BRANDS);
		String investor = origin.get(1) + brand + sector.businessSuffix();
		String agreement = pick(random, AGREEMENTS);
		long wan = amountWan(random);
		Object amount = amountCell(random, wan);
		// how far the project got depends on how long ago it was signed, as in a real
		// ledger
		long age = LAST_DAY.toEpochDay() - signed.toEpochDay();
		int draw = random.nextInt(100);
		String status;
		LocalDate started = null;
		LocalDate producing = null;
		if (draw < 6) {
			status = pick(random, List.of("已终止", "终止合作", "已取消"));
		}
		else if (age < 60 || draw < 35) {
			status = pick(random, List.of("已签约", "已签约", "签约未开工", "待开工"));
		}
		else {
			started = signed.plusDays(30 + random.nextInt((int) Math.min(age - 29, 300)));
			long sinceStart = LAST_DAY.toEpochDay() - started.toEpochDay();
			if (sinceStart > 180 && random.nextInt(100) < 55) {
				producing = started.plusDays(180 + random.nextInt((int) Math.min(sinceStart - 179, 540)));
				status = pick(random, List.of("已投产", "已投产", "建成投产", "试生产"));
			}
			else {
				status = pick(random, List.of("已开工", "在建", "在建", "开工建设"));
			}
		}
		Object funds = (started == null) ? null : wan * (10 + random.nextInt(91)) / 100;
		Object signedCell = (i % REJECT_EVERY == 0) ? "某日" : dateCell(random, signed);
		String region = (!history && random.nextInt(100) < HOME_PERCENT) ? pick(random, REGIONS)
				: pick(random, landing.texts());
		return Arrays.asList(i, String.format("BM-P-%07d", i), brand + sector.projectStem(), signedCell, region,
				investor, origin.get(0), pick(random, sector.industryTexts()), agreement, amount, status, started,
				producing, funds, SYNTHETIC);
	}

	static List<Object> eventRow(Random random, int i, LandingRegions landing) {
		boolean history = i > BASE_PROJECTS / 10;
		LocalDate start = history ? HISTORY_FIRST_DAY.plusDays(random.nextInt(HISTORY_DAYS))
				: FIRST_DAY.plusDays(random.nextInt(DAYS));
		String type = pick(random, EVENT_TYPES);
		List<String> target = pick(random, TARGETS);
		String industry = pick(random, pick(random, SECTORS).industryTexts());
		String host = (random.nextInt(3) == 0) ? pick(random, REGIONS) : "招远市";
		if (history) {
			host = pick(random, landing.texts());
		}
		boolean outbound = type.equals("推介会") || random.nextBoolean();
		String where = target.get(0).endsWith("市") ? target.get(0).substring(0, target.get(0).length() - 1)
				: target.get(0);
		String name = outbound ? host + "（" + where + "）" + industry + type : where + industry + "企业来招" + type;
		int attendees = type.equals("推介会") ? 80 + random.nextInt(221) : 5 + random.nextInt(60);
		int enterprises = Math.max(1, attendees * (20 + random.nextInt(40)) / 100);
		LocalDate end = start.plusDays(type.contains("考察") ? random.nextInt(4) : 0);
		return Arrays.asList(i, String.format("BM-E-%07d", i), name, type, dateCell(random, start),
				(random.nextInt(5) == 0) ? null : end, host, outbound ? target.get(1) : host, target.get(0),
				host.endsWith("街道") ? host + "办事处" : host + "人民政府",
				(random.nextInt(10) == 0) ? attendees + "人" : attendees,
				(random.nextInt(10) == 0) ? enterprises + "家" : enterprises, industry, SYNTHETIC);
	}

	/**
	 * The project rows {@link #write} writes first, in the same order: what a test
	 * compares the stored rows with.
	 */
	static List<List<Object>> projectRows(int projects, LandingRegions landing) {
		Random random = new Random(SEED);
		List<List<Object>> rows = new ArrayList<>(projects);
		for (int i = 1; i <= projects; i++) {
			rows.add(projectRow(random, i, landing));
		}
		return rows;
	}

	/**
	 * Mostly an Excel date; one in ten typed as text in one of the ways clerks type
	 * dates.
	 */
	private static Object dateCell(Random random, LocalDate date) {
		if (random.nextInt(10) != 0) {
			return date;
		}
		int y = date.getYear();
		int m = date.getMonthValue();
		int d = date.getDayOfMonth();
		return switch (random.nextInt(5)) {
			case 0 -> String.format("%d/%d/%d", y, m, d);
			case 1 -> String.format("%d年%d月%d日", y, m, d);
			case 2 -> String.format("%d.%d.%d", y, m, d);
			case 3 -> String.format("%d%02d%02d", y, m, d);
			default -> date.toString();
		};
	}

	/** 500 万元 to 80 亿元, most under 1 亿 and a few of 10 亿 or more. */
	private static long amountWan(Random random) {
		int band = random.nextInt(100);
		if (band < 55) {
			return 500L + 100L * random.nextInt(96);
		}
		if (band < 85) {
			return 10_000L + 500L * random.nextInt(41);
		}
		if (band < 97) {
			return 30_000L + 1_000L * random.nextInt(71);
		}
		return 100_000L + 10_000L * random.nextInt(71);
	}

	/**
	 * Mostly a number in the column's 万元; some text with a unit of its own, some left
	 * blank.
	 */
	private static Object amountCell(Random random, long wan) {
		int draw = random.nextInt(100);
		if (draw < 85) {
			return wan;
		}
		return switch (draw) {
			case 85, 86 -> String.format("%.2f亿元", wan / 10_000.0);
			case 87, 88 -> String.format("%,d万元", wan);
			case 89, 90 -> "约" + wan + "万";
			case 91 -> (wan / 7) + "万美元";
			default -> null;
		};
	}

	private static <T> T pick(Random random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	private static RowSink sink(Path file, Format format, String sheet) throws IOException {
		return (format == Format.XLSX) ? new XlsxSink(file, sheet) : new CsvSink(file);
	}

	/** Where generated rows go, one at a time. */
	private interface RowSink extends AutoCloseable {

		void row(List<Object> cells) throws IOException;

		@Override
		void close() throws IOException;

	}

	/**
	 * A one-sheet .xlsx written through SXSSF: only a window of rows is in memory, the
	 * rest is on disk.
	 */
	private static final class XlsxSink implements RowSink {

		private final Path file;

		private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);

		private final Sheet sheet;

		private final CellStyle dateStyle;

		private int rowNumber;

		XlsxSink(Path file, String sheetName) {
			this.file = file;
			this.sheet = this.workbook.createSheet(sheetName);
			this.dateStyle = this.workbook.createCellStyle();
			this.dateStyle.setDataFormat(this.workbook.createDataFormat().getFormat("yyyy-mm-dd"));
		}

		@Override
		public void row(List<Object> cells) {
			Row row = this.sheet.createRow(this.rowNumber++);
			for (int c = 0; c < cells.size(); c++) {
				Object value = cells.get(c);
				if (value == null) {
					continue;
				}
				Cell cell = row.createCell(c);
				if (value instanceof LocalDate date) {
					cell.setCellValue(date);
					cell.setCellStyle(this.dateStyle);
				}
				else if (value instanceof Number number) {
					cell.setCellValue(number.doubleValue());
				}
				else {
					cell.setCellValue(value.toString());
				}
			}
		}

		@Override
		public void close() throws IOException {
			try (OutputStream out = Files.newOutputStream(this.file)) {
				this.workbook.write(out);
			}
			finally {
				this.workbook.dispose();
				this.workbook.close();
			}
		}

	}

	/** A UTF-8 CSV with a byte-order mark, as Excel saves one; dates as ISO text. */
	private static final class CsvSink implements RowSink {

		private final Writer writer;

		private final CSVPrinter printer;

		CsvSink(Path file) throws IOException {
			this.writer = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
			this.writer.write('\uFEFF');
			this.printer = new CSVPrinter(this.writer, CSVFormat.DEFAULT);
		}

		@Override
		public void row(List<Object> cells) throws IOException {
			this.printer.printRecord(cells.stream().map((value) -> (value == null) ? "" : value.toString()).toList());
		}

		@Override
		public void close() throws IOException {
			this.printer.close(true);
		}

	}

}
