package cn.investpromo.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static cn.investpromo.cli.CliRun.cli;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code investpromo import} on a folder with a bad file beside a good one, as a user
 * runs it (SPEC §2.6, §6).
 */
class ImportCommandFunctionalTests {

	@TempDir
	Path work;

	@Test
	void aBadFileGivesOneLineOnStandardErrorAndExitStatus1WhileTheGoodFileIsImported() throws Exception {
		// given
		Path input = Files.createDirectories(this.work.resolve("input"));
		Path data = this.work.resolve("data");
		Files.writeString(input.resolve("a-招远市签约项目.csv"), """
				项目编号,项目名称,签约日期,落地地区,投资方,所属产业,协议投资额
				P-1,金银珠宝加工项目,2019-07-28,夏甸镇,梅朵珠宝,黄金深加工,1.5亿
				""");
		Files.writeString(input.resolve("b-报表.xlsx"), "%PDF-1.7\n");
		// when
		CliRun broken = cli("import", "--input", input.toString(), "--data", data.toString());
		Files.delete(input.resolve("b-报表.xlsx"));
		CliRun fixed = cli("import", "--input", input.toString(), "--data", data.toString());
		// then
		assertThat(broken.status()).isEqualTo(1);
		assertThat(broken.err().lines()).containsExactly(
				"错误 / error: b-报表.xlsx：不是电子表格：文件内容是 PDF 文档 / not a spreadsheet: the file is a PDF document");
		assertThat(broken.out())
			.contains("import FAILED: 2 file(s), 1 row(s) read, 1 accepted, 0 rejected, 1 unreadable file(s)");
		assertThat(fixed.status()).isZero();
		assertThat(fixed.err()).isEmpty();
		assertThat(fixed.out())
			.contains("import completed: 1 file(s) (1 unchanged, skipped), 1 row(s) read, 1 accepted, 0 rejected");
	}

}
