package cn.investpromo.job;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.investpromo.benchmark.BusyCountyLedgers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A busy county's report in a small heap (issue 24): 200,000 stored rows, nearly all of
 * them 招远市's, of which the 12 months ending with 2020-06 hold 30,000 projects and 10,500
 * 重点项目 of at least 1 亿元. The report runs in a child JVM under {@code -Xmx128m} that exits
 * at the first {@link OutOfMemoryError}, and its workbook lists every key project. Before
 * the key projects and the follow-through were streamed, and before the long lists'
 * results were kept out of HSQLDB's memory, this report ran out of memory.
 */
class BusyCountyReportFunctionalTests {

	private static final int PROJECTS = 198_000;

	private static final int SHOWN = 30_000;

	private static final int EVENTS = 2_000;

	@TempDir
	Path work;

	@Test
	void aBusyCountysReportRunsIn128Megabytes() throws Exception {
		BusyCountyLedgers.Ledgers ledgers = BusyCountyLedgers.write(this.work.resolve("input"), PROJECTS, SHOWN,
				EVENTS);
		Path data = this.work.resolve("data");
		Path out = this.work.resolve("reports");
		Run imported = run("512m", "import", "--input", this.work.resolve("input").toString(), "--data",
				data.toString(), "--out", out.toString());
		assertThat(imported.status()).as(imported.output()).isZero();
		assertThat(imported.output()).contains("200000 row(s) read, 200000 accepted, 0 rejected");
		Path gcLog = this.work.resolve("gc.log");
		Run report = run("128m", "-Xlog:gc:file=" + gcLog, "report", "--month", BusyCountyLedgers.MONTH, "--scope",
				"招远市", "--data", data.toString(), "--out", out.toString(), "--no-deliver");
		assertThat(report.status()).as(report.output()).isZero();
		assertThat(report.output()).contains("报告已生成 / report 招远市 2020-06 written");
		Path workbook = out.resolve("招远市/2020-06/招远市_2020-06.xlsx");
		List<String> sheets = new ArrayList<>();
		List<Integer> rows = new ArrayList<>();
		try (OPCPackage pkg = OPCPackage.open(workbook.toFile(), PackageAccess.READ)) {
			XSSFReader.SheetIterator iterator = (XSSFReader.SheetIterator) new XSSFReader(pkg).getSheetsData();
			while (iterator.hasNext()) {
				try (InputStream sheet = iterator.next()) {
					rows.add(rows(sheet));
					sheets.add(iterator.getSheetName());
				}
			}
		}
		// two in five of the window's projects, less those landing outside the county
		assertThat(ledgers.keyProjects()).isEqualTo(10_500);
		// title, header, one row per key project, the note
		assertThat(rows.get(sheets.indexOf("重点项目"))).isEqualTo(ledgers.keyProjects() + 3);
		// the streamed sheets stand where the in-memory ones stood
		assertThat(sheets.indexOf("重点项目")).isEqualTo(sheets.indexOf("前十项目") + 1);
		assertThat(sheets.indexOf("活动成效")).isEqualTo(sheets.indexOf("落地进展") + 1);
		// one row per event at which projects of the county were signed (the projects of
		// every twentieth event land elsewhere), the total, title, header and note
		assertThat(rows.get(sheets.indexOf("活动成效"))).isEqualTo(EVENTS * 19 / 20 + 4);
		System.out.printf("busy county report: %d key projects, live heap after full GCs at most %d MB of 128%n",
				ledgers.keyProjects(), largestAfterFullGc(gcLog));
	}

	/** The rows of a sheet's XML, counted as they stream by. */
	private static int rows(InputStream sheet) throws Exception {
		XMLStreamReader reader = XMLInputFactory.newFactory().createXMLStreamReader(sheet);
		int rows = 0;
		while (reader.hasNext()) {
			if (reader.next() == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals("row")) {
				rows++;
			}
		}
		return rows;
	}

	/** The largest heap a full GC left, in MB, from the child's GC log; 0 without any. */
	private static int largestAfterFullGc(Path gcLog) throws IOException {
		Matcher full = Pattern.compile("Pause Full .* \\d+M->(\\d+)M\\(")
			.matcher(Files.readString(gcLog, StandardCharsets.UTF_8));
		int largest = 0;
		while (full.find()) {
			largest = Math.max(largest, Integer.parseInt(full.group(1)));
		}
		return largest;
	}

	private record Run(int status, String output) {
	}

	/**
	 * The real command in a JVM of its own under {@code heap}, which ends at the first
	 * out-of-memory error: {@code args} starting with {@code -} are JVM options.
	 */
	private static Run run(String heap, String... args) throws Exception {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap,
						"-XX:+ExitOnOutOfMemoryError", "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8"));
		int i = 0;
		for (; i < args.length && args[i].startsWith("-"); i++) {
			command.add(args[i]);
		}
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), "cn.investpromo.InvestpromoApplication"));
		command.addAll(List.of(args).subList(i, args.length));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		byte[] output = process.getInputStream().readAllBytes();
		assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
		return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
	}

}
