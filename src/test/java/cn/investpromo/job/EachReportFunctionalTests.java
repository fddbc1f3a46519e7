package cn.investpromo.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import cn.investpromo.cli.CliRun;
import cn.investpromo.region.Region;
import cn.investpromo.region.RegionCatalog;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code report --each} on the sample ledgers (issue 23): the scope's report and one per
 * unit below it, each the report {@code report --scope <unit>} writes; a unit that fails
 * fails the run without stopping the others, and the same command again writes only it.
 */
class EachReportFunctionalTests {

	private static final Pattern WRITTEN = Pattern.compile("report (\\S+) 2019-Q3 written: ");

	@TempDir
	Path work;

	private Path data;

	@BeforeEach
	void importTheSampleLedgers() throws IOException {
		System.setProperty("investpromo.each.threads", "2");
		Path input = Files.createDirectories(this.work.resolve("input"));
		Files.copy(Path.of("input", "招远市招商台账2019.xlsx"), input.resolve("招远市招商台账2019.xlsx"));
		this.data = this.work.resolve("data");
		CliRun imported = CliRun.cli("import", "--input", input.toString(), "--data", this.data.toString());
		assertThat(imported.status()).as(imported.err()).isZero();
	}

	@AfterEach
	void clearTheThreads() {
		System.clearProperty("investpromo.each.threads");
	}

	@Test
	void everyUnitsReportIsTheReportOfThatUnitAlone() throws IOException {
		// when
		Path each = this.work.resolve("each");
		CliRun run = CliRun.cli("report", "--period", "2019-Q3", "--scope", "招远市", "--each", "--data",
				this.data.toString(), "--out", each.toString());
		// then: the scope first, then every unit below it with figures in the quarter
		assertThat(run.status()).as(run.err()).isZero();
		List<String> units = written(run.out());
		assertThat(units).hasSizeGreaterThan(3).first().isEqualTo("招远市");
		assertThat(run.out()).contains(units.size() + " reports written, 0 failed")
			.contains("已生成" + units.size() + "份报告，0份失败");
		Path single = this.work.resolve("single");
		RegionCatalog regions = RegionCatalog.loadDefault();
		Region zhaoyuan = regions.byCode("370685").orElseThrow();
		for (String unit : units) {
			String code = regions.resolve(unit, zhaoyuan).region().code();
			CliRun alone = CliRun.cli("report", "--period", "2019-Q3", "--scope", code, "--data", this.data.toString(),
					"--out", single.toString());
			assertThat(alone.status()).as(alone.err()).isZero();
			assertThat(json(each, unit)).as(unit).isEqualTo(json(single, unit));
		}
	}

	@Test
	void aUnitThatFailsFailsTheRunWithoutStoppingTheOthersAndIsAloneRunAgain() throws IOException {
		// given: the folder of one unit's reports cannot be made
		Path each = this.work.resolve("each");
		Path blocked = Files.createDirectories(each).resolve("玲珑镇");
		Files.writeString(blocked, "not a folder");
		String[] command = { "report", "--period", "2019-Q3", "--scope", "招远市", "--each", "--data",
				this.data.toString(), "--out", each.toString() };
		// when
		CliRun failed = CliRun.cli(command);
		// then: exit 1 naming the unit, every other unit written
		assertThat(failed.status()).isEqualTo(1);
		assertThat(failed.out()).contains("report 玲珑镇 2019-Q3 FAILED").contains("9 reports written, 1 failed");
		assertThat(written(failed.out())).hasSize(9).doesNotContain("玲珑镇");
		assertThat(failed.err().lines()).contains("错误 / error: 以下单位的报告生成失败 / the report failed for: 玲珑镇")
			.anySatisfy((line) -> assertThat(line).contains("cannot create the report folder").contains("玲珑镇"))
			.noneMatch((line) -> line.startsWith("\tat "));
		// when: the folder can be made, the same command again
		Files.delete(blocked);
		CliRun again = CliRun.cli(command);
		// then: only the unit that failed is written
		assertThat(again.status()).as(again.err()).isZero();
		assertThat(written(again.out())).containsExactly("玲珑镇");
		assertThat(again.out()).contains("10 reports written, 0 failed (9 already up to date)")
			.contains("report 招远市 2019-Q3 already up to date");
		assertThat(each.resolve("玲珑镇").resolve("2019-Q3").resolve("玲珑镇_2019-Q3.pdf")).isRegularFile();
		// and history shows both executions with their units, the period and names
		List<String> table = CliRun.cli("history", "--data", this.data.toString()).out().lines().toList();
		assertThat(table.get(1)).contains("eachReportJob (10 units)")
			.contains("period=2019-Q3 scope=招远市 lang=zh eachLevel=children")
			.contains("COMPLETED")
			.doesNotContain("370685");
		assertThat(table.subList(2, 12)).allSatisfy((line) -> assertThat(line).contains("└ "));
		assertThat(table.get(2)).contains("└ 招远市").contains("COMPLETED earlier");
		assertThat(table.subList(2, 12)).filteredOn((line) -> line.contains("└ 玲珑镇"))
			.singleElement()
			.asString()
			.contains(" COMPLETED ")
			.doesNotContain("earlier")
			.contains("玲珑镇_2019-Q3.{xlsx,pdf,json}");
		assertThat(table.get(12)).contains("eachReportJob (10 units)").contains("FAILED");
		JsonNode runs = JsonMapper.builder()
			.build()
			.readTree(CliRun.cli("history", "--json", "--data", this.data.toString()).out());
		JsonNode failedRun = runs.get(1);
		assertThat(failedRun.get("period").asString()).isEqualTo("2019-Q3");
		assertThat(failedRun.get("scopeName").asString()).isEqualTo("招远市");
		assertThat(failedRun.get("units")).hasSize(10).anySatisfy((unit) -> {
			assertThat(unit.get("name").asString()).isEqualTo("玲珑镇");
			assertThat(unit.get("status").asString()).isEqualTo("FAILED");
			assertThat(unit.get("files")).isEmpty();
		});
	}

	@Test
	void runEachImportsThenWritesEveryUnitsReport() throws IOException {
		// given: a data folder of its own, nothing imported yet
		Path input = this.work.resolve("input");
		String data = this.work.resolve("data-run").toString();
		Path out = this.work.resolve("run");
		// when
		CliRun run = CliRun.cli("run", "--month", "2019-07", "--scope", "招远市", "--each", "--input", input.toString(),
				"--data", data, "--out", out.toString());
		// then
		assertThat(run.status()).as(run.err()).isZero();
		assertThat(run.out()).startsWith("导入完成 / import completed: 1 file(s)")
			.contains("report 招远市 2019-07 written")
			.containsPattern("已生成(\\d+)份报告，0份失败 / \\1 reports written, 0 failed");
		assertThat(out.resolve("招远市").resolve("2019-07").resolve("招远市_2019-07.pdf")).isRegularFile();
		assertThat(CliRun
			.cli("run", "--month", "2019-07", "--scope", "招远市", "--each-level", "town", "--input", input.toString(),
					"--data", data)
			.err()).contains("用法错误 / usage: --each-level needs --each");
	}

	private static List<String> written(String out) {
		List<String> units = new ArrayList<>();
		Matcher matcher = WRITTEN.matcher(out);
		while (matcher.find()) {
			units.add(matcher.group(1));
		}
		return units;
	}

	private static JsonNode json(Path reports, String unit) throws IOException {
		Path file = reports.resolve(unit).resolve("2019-Q3").resolve(unit + "_2019-Q3.json");
		ObjectNode json = (ObjectNode) JsonMapper.builder().build().readTree(file.toFile());
		json.remove("generatedAt");
		return json;
	}

}
