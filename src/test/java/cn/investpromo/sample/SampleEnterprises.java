package cn.investpromo.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Writes {@code input/企业名录.xlsx}, the sample enterprise sheet (SPEC §3.3): invented
 * enterprises ("示例…", no real ranking list) whose aliases are investors of the 招远市
 * ledgers as the reports name them, with a clerk's habits (a title row, 简称 and 榜单年份 for
 * 别名 and 年份, tags written as 财富世界500强 or A股上市, a year as 2019年). The 2019 lists tag two
 * of the 2019-07-28 signings with 三个500强; the 2018 中国500强 list names an enterprise the
 * 2019 one no longer names, and its 2019 世界500强 listing does not reach back to its 2018
 * signing.
 * <p>
 * Regenerate from the project folder with:
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=cn.investpromo.sample.SampleEnterprises}.
 */
public final class SampleEnterprises {

	/** The file under {@code input/}. */
	public static final String FILE = "企业名录.xlsx";

	private static final String SYNTHETIC = "示意数据（synthetic），非真实榜单";

	private SampleEnterprises() {
	}

	public static void main(String[] args) throws IOException {
		write(Path.of(args.length > 0 ? args[0] : "input"));
	}

	/** Writes the sheet into {@code folder} and returns its path. */
	public static Path write(Path folder) throws IOException {
		Files.createDirectories(folder);
		Path file = folder.resolve(FILE);
		List<List<Object>> rows = List.of(row("示例海韵食品集团有限公司", "瑶柱酱深加工项目投资方（报道未载明）", "行业龙头企业", "2018年"),
				row("示例鲁东检测集团有限公司", "鲁东检测设备制造及环境和矿物样品检测建设项目投资方（报道未载明）", "A股上市", "2018"),
				row("示例柔性电子集团有限公司", "柔性集成电路项目投资方（报道未载明）", "财富世界500强、中国企业500强", "2019年"),
				row("示例派特健康集团有限公司", "派特保健项目投资方（报道未载明）", "中国民营企业500强，总部", "2019年"),
				row("示例清源水务科技股份有限公司", "环境水处理研发中心建设项目投资方（报道未载明）", "A股上市；研发中心", "2019年"),
				row("示例碧果文旅集团有限公司", "碧果镇生态旅游开发项目投资方（报道未载明）", "省重点招引企业", null));
		LedgerWorkbook.write(file, "investpromo sample data", List.of(new LedgerSheet("企业名录", "招远市重点企业名录（示意）",
				List.of("序号", "企业名称", "简称", "标签", "榜单年份", "备注"), numbered(rows))));
		return file;
	}

	private static List<Object> row(String name, String aliases, String tags, String year) {
		return Arrays.asList(name, aliases, tags, year, SYNTHETIC);
	}

	private static List<List<Object>> numbered(List<List<Object>> rows) {
		List<List<Object>> numbered = new java.util.ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			List<Object> row = new java.util.ArrayList<>();
			row.add(i + 1);
			row.addAll(rows.get(i));
			numbered.add(row);
		}
		return numbered;
	}

}
