package cn.investpromo.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static cn.investpromo.cli.CliRun.cli;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 22 point 9: {@code history}, {@code report} and {@code deliver} refuse a data
 * folder that holds no database, naming it in one line, and make nothing there.
 */
class DataFolderRefusalTests {

	@TempDir
	Path work;

	@Test
	void aMistypedDataFolderIsNamedInOneLineAndNoDatabaseIsMadeThere() throws IOException {
		// given: a folder that does not exist, and one that exists but holds no database
		Path missing = this.work.resolve("dta");
		Path empty = Files.createDirectories(this.work.resolve("empty"));
		String out = this.work.resolve("reports").toString();
		for (Path data : new Path[] { missing, empty }) {
			// when
			CliRun history = cli("history", "--data", data.toString());
			CliRun report = cli("report", "--month", "2019-07", "--scope", "招远市", "--data", data.toString(), "--out",
					out);
			CliRun deliver = cli("deliver", "--month", "2019-07", "--scope", "招远市", "--data", data.toString(), "--out",
					out);
			// then
			for (CliRun refused : new CliRun[] { history, report, deliver }) {
				assertThat(refused.status()).isEqualTo(1);
				assertThat(refused.out()).isEmpty();
				assertThat(refused.err().lines()).containsExactly(
						"错误 / error: 数据目录中没有数据库：" + data + "；请检查 --data，或先导入台账 / no database in the data folder " + data
								+ ": check --data, or import first (investpromo import, or investpromo run)");
			}
		}
		assertThat(missing).doesNotExist();
		assertThat(empty).isEmptyDirectory();
		assertThat(this.work.resolve("reports")).doesNotExist();
	}

}
