package cn.investpromo.cli;

import static cn.investpromo.cli.CliRun.cli;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import cn.investpromo.system.embedded.DataDirectoryLock;
import cn.investpromo.system.embedded.StoredRegions;

/**
 * Usage errors that the options, the settings and the shipped region catalogue decide
 * answer before the application starts (issue 10): one line, exit 2, and nothing written
 * to the data folder, which proves that neither the database nor Flyway nor Spring Batch
 * started.
 */
class EarlyAnswersTests {

	@TempDir
	Path temp;

	@Test
	void anUnknownScopeAnswersWithOneLineAndTouchesNoDatabase() throws IOException {
		Path data = this.temp.resolve("data");
		CliRun run = cli("report", "--month", "2019-07", "--scope", "火星市", "--data", data.toString(), "--out",
				this.temp.resolve("out").toString());
		assertThat(run.status()).isEqualTo(2);
		assertThat(run.err().lines()).containsExactly("用法错误 / usage: 未知地区：火星市");
		assertThat(data).doesNotExist();
		assertThat(this.temp.resolve("out")).doesNotExist();
	}

	@Test
	void aBadLanguageAnswersWithOneLineAndTouchesNoDatabase() {
		Path data = this.temp.resolve("data");
		CliRun run = cli("run", "--month", "2019-07", "--lang", "fr", "--data", data.toString(), "--input",
				this.temp.toString());
		assertThat(run.status()).isEqualTo(2);
		assertThat(run.err().lines()).containsExactly("用法错误 / usage: language must be zh or en, not 'fr'");
		assertThat(data).doesNotExist();
	}

	@Test
	void anAmbiguousOrUnknownCodeIsAnsweredEarlyAndAKnownScopeStillNeedsTheDatabase() throws IOException {
		Path data = this.temp.resolve("data");
		CliRun code = cli("deliver", "--month", "2019-07", "--scope", "999999", "--data", data.toString());
		assertThat(code.status()).isEqualTo(2);
		assertThat(code.err().lines()).containsExactly("用法错误 / usage: 未知地区代码 / unknown region code: 999999");
		assertThat(data).doesNotExist();
		// a known scope gets past the scope's check, and the data folder's says it holds
		// no
		// database (issue 22: none is made there)
		CliRun known = cli("report", "--month", "2019-07", "--scope", "招远市", "--data", data.toString(), "--out",
				this.temp.resolve("out").toString());
		assertThat(known.status()).isEqualTo(1);
		assertThat(known.err()).contains("no database in the data folder " + data);
		assertThat(data).doesNotExist();
	}

	@Test
	void anUnknownScopeIsLookedUpAmongTheStoredRegionsOnceADatabaseExists() throws IOException {
		// given: a database whose regions sheet defines 金星产业园 in 招远市
		Path input = Files.createDirectories(this.temp.resolve("input"));
		try (XSSFWorkbook workbook = new XSSFWorkbook();
				OutputStream out = Files.newOutputStream(input.resolve("参考.xlsx"))) {
			Sheet regions = workbook.createSheet("地区");
			row(regions, 0, "地区名称", "上级地区", "类型");
			row(regions, 1, "金星产业园", "山东省烟台市招远市", "园区");
			Sheet projects = workbook.createSheet("签约项目");
			row(projects, 0, "项目名称", "签约日期", "落地地区", "投资方", "所属产业", "协议投资额（万元）");
			row(projects, 1, "园区项目", "2019-07-10", "金星产业园", "某公司", "新材料", "8000");
			workbook.write(out);
		}
		Path data = this.temp.resolve("data");
		CliRun imported = cli("import", "--input", input.toString(), "--data", data.toString());
		assertThat(imported.status()).as(imported.err()).isZero();
		// its script lists a stored user region, so the early check reads the database
		assertThat(StoredRegions.storedRegionsEmpty(url(data))).isFalse();
		// when
		CliRun unknown = cli("report", "--month", "2019-07", "--scope", "火星市", "--data", data.toString(), "--out",
				this.temp.resolve("out").toString());
		CliRun stored = cli("report", "--month", "2019-07", "--scope", "金星产业园", "--data", data.toString(), "--out",
				this.temp.resolve("out").toString(), "--no-deliver");
		// then: the unknown name is one line, answered from the stored regions; the
		// stored one gets its report
		assertThat(unknown.status()).isEqualTo(2);
		assertThat(unknown.err().lines()).containsExactly("用法错误 / usage: 未知地区：火星市");
		assertThat(stored.status()).as(stored.err()).isZero();
		assertThat(stored.out()).contains("report 金星产业园 2019-07 written");
		try (Stream<Path> files = Files.list(data)) {
			assertThat(files.map((file) -> file.getFileName().toString())).doesNotContain(DataDirectoryLock.FILE_NAME);
		}
	}

	@Test
	void aDatabaseWhoseScriptListsNoUserRegionIsNotOpenedForThem() throws IOException {
		// given: a migrated database without user regions, shut down by the start that
		// made it (history no longer makes one: issue 22)
		Path data = this.temp.resolve("data");
		ApplicationContexts.start("history", Map.of("investpromo.data-dir", data.toString())).close();
		// then: its script says so
		assertThat(StoredRegions.storedRegionsEmpty(url(data))).isTrue();
		// a log of changes not yet in the script leaves the question to the database
		Files.writeString(data.resolve("investpromo.log"), "INSERT INTO USER_REGION VALUES(...)");
		assertThat(StoredRegions.storedRegionsEmpty(url(data))).isFalse();
		// so does a folder without a script
		assertThat(StoredRegions.storedRegionsEmpty(url(this.temp.resolve("elsewhere")))).isFalse();
	}

	private static String url(Path data) {
		return "jdbc:hsqldb:file:" + data.resolve("investpromo") + ";hsqldb.tx=mvcc;shutdown=true";
	}

	private static void row(Sheet sheet, int r, String... values) {
		Row row = sheet.createRow(r);
		for (int c = 0; c < values.length; c++) {
			row.createCell(c).setCellValue(values[c]);
		}
	}

	@Test
	void aBadSettingIsOneLineBeforeTheDatabaseStarts() {
		Path data = this.temp.resolve("data");
		System.setProperty("investpromo.chunk-size", "0");
		try {
			CliRun run = cli("report", "--month", "2019-07", "--data", data.toString());
			assertThat(run.status()).isEqualTo(1);
			assertThat(run.err().lines())
				.containsExactly("错误 / error: investpromo.chunk-size must be at least 1, not 0");
			assertThat(data).doesNotExist();
		}
		finally {
			System.clearProperty("investpromo.chunk-size");
		}
	}

}
