package cn.investpromo.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleLedgersTests {

	private static final String SYNTHETIC = "示意数据（synthetic）";

	private static final List<DateTimeFormatter> TEXT_DATES = List.of(DateTimeFormatter.ofPattern("uuuu-M-d"),
			DateTimeFormatter.ofPattern("uuuu/M/d"), DateTimeFormatter.ofPattern("uuuu.M.d"),
			DateTimeFormatter.ofPattern("uuuu年M月d日"), DateTimeFormatter.ofPattern("uuuuMMdd"));

	private static final DataFormatter formatter = new DataFormatter();

	@TempDir
	static Path generated;

	@BeforeAll
	static void generate() throws IOException {
		SampleLedgers.write(generated);
	}

	@Test
	void writesTwoZhaoyuanYearsWithTitleRowsAndAnInstructionsSheet() throws IOException {
		// given
		Path ledger2019 = generated.resolve("招远市招商台账2019.xlsx");
		Path ledger2018 = generated.resolve("招远市招商台账2018.xlsx");

		// when
		try (Workbook workbook2019 = open(ledger2019); Workbook workbook2018 = open(ledger2018)) {

			// then
			assertThat(sheetNames(workbook2019)).containsExactly("招商活动", "签约项目", "填表说明", "年度目标");
			assertThat(sheetNames(workbook2018)).containsExactly("招商活动", "签约项目", "填表说明", "年度目标");
			Sheet events = workbook2019.getSheet("招商活动");
			assertThat(events.getRow(0).getCell(0).getStringCellValue()).isEqualTo("招远市2019年招商活动台账");
			assertThat(events.getMergedRegions()).contains(new CellRangeAddress(0, 0, 0, 13));
			assertThat(events.getRow(1)).isNull();
			assertThat(headers(events.getRow(2))).startsWith("序号", "活动编号", "活动名称", "活动类型", "开始日期");
			assertThat(workbook2018.getSheet("签约项目").getRow(0).getCell(0).getStringCellValue())
				.isEqualTo("招远市2018年签约项目台账");
			assertThat(headers(workbook2019.getSheet("签约项目").getRow(2))).contains("协议投资额（万元）", "签约日期", "关联活动");
			assertThat(headers(workbook2018.getSheet("签约项目").getRow(2))).contains("投资额（亿元）")
				.doesNotContain("协议投资额（万元）");
		}
	}

	@Test
	void shenzhenConferenceIsTheReportedRowWith200Attendees() throws IOException {
		// given
		List<Map<String, Cell>> events = zhaoyuan(2019, "招商活动");

		// when
		Map<String, Cell> conference = only(events, "活动名称", "招远市招商引资招才引智推介会（深圳）");

		// then
		assertThat(date(conference.get("开始日期"))).contains(LocalDate.of(2019, 7, 28));
		assertThat(conference.get("开始日期").getCellType()).isEqualTo(CellType.NUMERIC);
		assertThat(conference.get("参会人数").getNumericCellValue()).isEqualTo(200);
		assertThat(text(conference, "活动类型")).isEqualTo("推介会");
		assertThat(text(conference, "主办地区")).isEqualTo("招远市");
		assertThat(text(conference, "举办地点")).isEqualTo("广东省深圳市");
		assertThat(text(conference, "目标地区")).isEqualTo("粤港澳大湾区");
		assertThat(text(conference, "主办单位")).isEqualTo("招远市人民政府");
		assertThat(text(conference, "重点产业")).isEqualTo("黄金深加工、新材料、大健康、电子信息");
		assertThat(text(conference, "备注")).contains("200人参会", "12").doesNotContain("synthetic");
	}

	@Test
	void exactlyTwelveProjectsAreSignedAtTheConferenceAndNoneElseThatMonth() throws IOException {
		// given
		String conferenceId = text(only(zhaoyuan(2019, "招商活动"), "活动名称", ShenzhenConference.NAME), "活动编号");
		List<Map<String, Cell>> projects = zhaoyuan(2019, "签约项目");

		// when
		List<Map<String, Cell>> linked = projects.stream().filter(p -> text(p, "关联活动").equals(conferenceId)).toList();
		List<Map<String, Cell>> july = projects.stream()
			.filter(p -> date(p.get("签约日期")).map(YearMonth::from).orElseThrow().equals(YearMonth.of(2019, 7)))
			.toList();

		// then
		assertThat(linked).hasSize(12).isEqualTo(july);
		assertThat(linked).allSatisfy(p -> assertThat(date(p.get("签约日期"))).contains(LocalDate.of(2019, 7, 28)));
		assertThat(linked).extracting(p -> text(p, "项目编号")).first().isEqualTo("ZY-P-2019-07-01");
		assertThat(linked).extracting(p -> text(p, "投资方"))
			.doesNotHaveDuplicates()
			.contains("深圳乐天成控股集团", "康佳集团", "深圳市梅朵珠宝有限公司", "广州恒和环保科技有限公司", "柔性集成电路项目投资方（报道未载明）");
		assertThat(linked).extracting(p -> text(p, "落地地区")).contains("夏甸镇", "罗峰街道", "玲珑镇", "招远经济技术开发区");
		assertThat(linked.subList(0, 3)).allSatisfy(p -> {
			assertThat(p.get("协议投资额（万元）")).isNull();
			assertThat(text(p, "协议类型")).isEqualTo("战略合作协议");
		});
		assertThat(linked.subList(3, 12)).allSatisfy(p -> assertThat(text(p, "备注")).contains("投资额为示意值（synthetic）"));
		assertThat(linked).allSatisfy(p -> assertThat(text(p, "项目状态")).isEqualTo("已签约"));
		assertThat(sumWan(linked, "协议投资额（万元）")).isEqualByComparingTo("143000");
	}

	@Test
	void everySyntheticRowSaysSoInItsNotes() throws IOException {
		// given
		List<Map<String, Cell>> rows = new ArrayList<>();
		for (int year : List.of(2018, 2019)) {
			rows.addAll(zhaoyuan(year, "招商活动"));
			rows.addAll(zhaoyuan(year, "签约项目"));
		}
		rows.addAll(ledger(SampleLedgers.SICHUAN, "projects", 0));
		String conferenceId = text(only(zhaoyuan(2019, "招商活动"), "活动名称", ShenzhenConference.NAME), "活动编号");

		// when
		Map<Boolean, List<Map<String, Cell>>> reported = rows.stream()
			.collect(Collectors.partitioningBy(
					row -> text(row, "活动编号").equals(conferenceId) || text(row, "关联活动").equals(conferenceId)));

		// then
		assertThat(reported.get(true)).hasSize(13)
			.allSatisfy(
					row -> assertThat(text(row, "备注")).contains("据《招远市招商引资招才引智推介会成功举办》报道").doesNotContain(SYNTHETIC));
		assertThat(reported.get(false)).hasSizeGreaterThan(150)
			.allSatisfy(row -> assertThat(text(row, "备注", "notes")).contains(SYNTHETIC));
		assertThat(ledger(SampleLedgers.SICHUAN, "events", 0)).allSatisfy(
				row -> assertThat(text(row, "notes")).startsWith(SichuanDelegation.SOURCE).doesNotContain(SYNTHETIC));
	}

	@Test
	void everyMonthOf2018And2019HasZhaoyuanEventsAndProjects() throws IOException {
		// given
		List<Map<String, Cell>> events = new ArrayList<>(zhaoyuan(2018, "招商活动"));
		events.addAll(zhaoyuan(2019, "招商活动"));
		List<Map<String, Cell>> projects = new ArrayList<>(zhaoyuan(2018, "签约项目"));
		projects.addAll(zhaoyuan(2019, "签约项目"));

		// when
		Map<YearMonth, Long> eventsByMonth = countByMonth(events, "开始日期");
		Map<YearMonth, Long> projectsByMonth = countByMonth(projects, "签约日期");
		List<String> unreadable = events.stream()
			.filter(e -> date(e.get("开始日期")).isEmpty())
			.map(e -> text(e, "开始日期"))
			.toList();

		// then
		for (YearMonth month = YearMonth.of(2018, 1); !month.isAfter(YearMonth.of(2019, 12)); month = month
			.plusMonths(1)) {
			assertThat(eventsByMonth.get(month)).as("events in %s", month).isBetween(2L, 6L);
			assertThat(projectsByMonth.get(month)).as("projects in %s", month).isBetween(2L, 12L);
		}
		assertThat(eventsByMonth).hasSize(24);
		assertThat(projectsByMonth).hasSize(24);
		assertThat(unreadable).containsExactly("2019年6月下旬");
		assertThat(events).extracting(e -> text(e, "开始日期")).contains("2019/3/5", "2019年4月8日", "2019.5.6", "20190603");
		assertThat(events).extracting(e -> text(e, "参会人数")).anyMatch(v -> v.endsWith("人"));
		assertThat(events).extracting(e -> text(e, "参会企业数")).anyMatch(v -> v.endsWith("家"));
	}

	@Test
	void amountsRunFrom500WanTo20YiWithTextUnitsIn2018() throws IOException {
		// given
		List<Map<String, Cell>> projects2018 = zhaoyuan(2018, "签约项目");
		List<Map<String, Cell>> projects2019 = zhaoyuan(2019, "签约项目");

		// when
		List<String> texts = projects2018.stream()
			.map(p -> p.get("投资额（亿元）"))
			.filter(c -> c != null && c.getCellType() == CellType.STRING)
			.map(Cell::getStringCellValue)
			.toList();
		List<Double> yi = new ArrayList<>(numbers(projects2018, "投资额（亿元）"));
		numbers(projects2019, "协议投资额（万元）").forEach(wan -> yi.add(wan / 10_000));

		// then
		assertThat(texts).containsExactlyInAnyOrder("1.5亿元", "约3000万元", "5,000万", "500万美元", "2亿");
		assertThat(yi).allSatisfy(amount -> assertThat(amount).isBetween(0.05, 20.0));
		assertThat(yi.stream().filter(amount -> amount >= 10)).hasSizeBetween(2, 8);
		assertThat(projects2018).extracting(p -> text(p, "所属产业")).contains("其他制造");
	}

	@Test
	void sichuanLedgerHasEnglishHeadersInTheFirstRowAndTheDelegationsTour() throws IOException {
		// given
		Path file = generated.resolve(SampleLedgers.SICHUAN);

		// when
		List<Map<String, Cell>> events = ledger(SampleLedgers.SICHUAN, "events", 0);
		List<Map<String, Cell>> projects = ledger(SampleLedgers.SICHUAN, "projects", 0);

		// then
		try (Workbook workbook = open(file)) {
			assertThat(headers(workbook.getSheet("events").getRow(0))).isEqualTo(SichuanDelegation.EVENT_HEADERS);
			assertThat(headers(workbook.getSheet("projects").getRow(0))).isEqualTo(SichuanDelegation.PROJECT_HEADERS);
		}
		Map<String, Cell> neijiang = only(events, "name", "新材料企业家考察团内江考察");
		assertThat(date(neijiang.get("start_date"))).contains(LocalDate.of(2018, 10, 31));
		assertThat(neijiang.get("enterprises").getNumericCellValue()).isEqualTo(15);
		assertThat(neijiang.get("attendees").getNumericCellValue()).isEqualTo(20);
		assertThat(events).extracting(e -> text(e, "host_region"))
			.containsExactly("成都市", "内江市", "内江市", "眉山市", "眉山市", "新津县", "双流区");
		assertThat(events).extracting(e -> date(e.get("start_date")).orElseThrow())
			.allSatisfy(d -> assertThat(d).isBetween(LocalDate.of(2018, 10, 17), LocalDate.of(2018, 11, 2)));
		assertThat(projects).extracting(p -> text(p, "currency")).contains("USD");
		assertThat(projects).extracting(p -> date(p.get("signed_date")).orElseThrow())
			.allSatisfy(d -> assertThat(d).isBetween(LocalDate.of(2018, 11, 1), LocalDate.of(2019, 6, 30)));
	}

	@Test
	void generatingTwiceWritesTheSameBytes(@TempDir Path again) throws IOException {
		// given
		List<Path> second = SampleLedgers.write(again);

		// when / then
		for (Path file : second) {
			assertThat(Files.readAllBytes(file)).isEqualTo(Files.readAllBytes(generated.resolve(file.getFileName())));
		}
	}

	/**
	 * Compares zip contents, not zip bytes, so a different zlib on another machine cannot
	 * fail it.
	 */
	@Test
	void committedSamplesInInputMatchTheGenerator() throws IOException {
		// given
		Path committed = Path.of("input");

		// when / then
		for (String name : List.of(SampleLedgers.ZHAOYUAN_2019, SampleLedgers.ZHAOYUAN_2018, SampleLedgers.SICHUAN,
				ZhaoyuanPipeline.FILE, SampleLedgers.ZHAOYUAN_FUNDS)) {
			assertThat(committed.resolve(name)).as("regenerate input/ with SampleLedgers").exists();
			assertThat(entries(committed.resolve(name))).as(name).isEqualTo(entries(generated.resolve(name)));
		}
	}

	private static Workbook open(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return new XSSFWorkbook(in);
		}
	}

	private static List<String> sheetNames(Workbook workbook) {
		List<String> names = new ArrayList<>();
		workbook.forEach(sheet -> names.add(sheet.getSheetName()));
		return names;
	}

	private static List<String> headers(Row row) {
		List<String> headers = new ArrayList<>();
		row.forEach(cell -> headers.add(cell.getStringCellValue()));
		return headers;
	}

	private static List<Map<String, Cell>> zhaoyuan(int year, String sheet) throws IOException {
		return ledger("招远市招商台账" + year + ".xlsx", sheet, 2);
	}

	/** The data rows of a sheet as header → cell; a blank cell is absent. */
	private static List<Map<String, Cell>> ledger(String file, String sheetName, int headerRow) throws IOException {
		try (Workbook workbook = open(generated.resolve(file))) {
			Sheet sheet = workbook.getSheet(sheetName);
			List<String> headers = headers(sheet.getRow(headerRow));
			List<Map<String, Cell>> rows = new ArrayList<>();
			for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
				Map<String, Cell> row = new LinkedHashMap<>();
				for (Cell cell : sheet.getRow(r)) {
					row.put(headers.get(cell.getColumnIndex()), cell);
				}
				rows.add(row);
			}
			return rows;
		}
	}

	private static Map<String, Cell> only(List<Map<String, Cell>> rows, String header, String value) {
		List<Map<String, Cell>> found = rows.stream().filter(row -> text(row, header).equals(value)).toList();
		assertThat(found).as("rows with %s = %s", header, value).hasSize(1);
		return found.get(0);
	}

	private static String text(Map<String, Cell> row, String... headers) {
		for (String header : headers) {
			Cell cell = row.get(header);
			if (cell != null) {
				return formatter.formatCellValue(cell);
			}
		}
		return "";
	}

	/**
	 * A date as the spec reads it (SPEC §2.4): an Excel date or one of the text forms;
	 * empty when unreadable.
	 */
	private static Optional<LocalDate> date(Cell cell) {
		if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
			return Optional.of(cell.getLocalDateTimeCellValue().toLocalDate());
		}
		for (DateTimeFormatter format : TEXT_DATES) {
			try {
				return Optional.of(LocalDate.parse(cell.getStringCellValue(), format));
			}
			catch (DateTimeParseException ex) {
				// try the next form
			}
		}
		return Optional.empty();
	}

	private static Map<YearMonth, Long> countByMonth(List<Map<String, Cell>> rows, String header) {
		return rows.stream()
			.map(row -> date(row.get(header)))
			.flatMap(Optional::stream)
			.collect(Collectors.groupingBy(YearMonth::from, TreeMap::new, Collectors.counting()));
	}

	private static List<Double> numbers(List<Map<String, Cell>> rows, String header) {
		return rows.stream()
			.map(row -> row.get(header))
			.filter(cell -> cell != null && cell.getCellType() == CellType.NUMERIC)
			.map(Cell::getNumericCellValue)
			.toList();
	}

	private static BigDecimal sumWan(List<Map<String, Cell>> rows, String header) {
		return numbers(rows, header).stream().map(BigDecimal::valueOf).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** The xlsx's parts by name, as text (they are all XML). */
	private static Map<String, String> entries(Path xlsx) throws IOException {
		Map<String, String> entries = new TreeMap<>();
		try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(xlsx))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				entries.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		return entries;
	}

}
