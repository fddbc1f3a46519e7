package cn.investpromo.cli;

import static cn.investpromo.cli.CliRun.cli;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Usage errors that the options, the settings and the shipped region catalogue decide answer before the application
 * starts (issue 10): one line, exit 2, and nothing written to the data folder, which proves that neither the
 * database nor Flyway nor Spring Batch started.
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
		// a known scope gets past the early checks: the database starts and says it holds no ledger yet
		CliRun known = cli("report", "--month", "2019-07", "--scope", "招远市", "--data", data.toString(), "--out",
				this.temp.resolve("out").toString());
		assertThat(known.status()).isEqualTo(1);
		assertThat(known.err()).contains("the database holds no ledger rows yet");
		assertThat(data.resolve("investpromo.script")).exists();
	}

	@Test
	void anUnknownScopeGoesToTheDatabaseOnceOneExistsForItMayDefineTheName() throws IOException {
		Path data = this.temp.resolve("data");
		cli("history", "--data", data.toString());
		assertThat(data.resolve("investpromo.script")).exists();
		CliRun run = cli("report", "--month", "2019-07", "--scope", "火星市", "--data", data.toString(), "--out",
				this.temp.resolve("out").toString());
		// the same line as before, now from the full start that also looked at the stored regions
		assertThat(run.status()).isEqualTo(2);
		assertThat(run.err().lines()).containsExactly("用法错误 / usage: 未知地区：火星市");
		try (Stream<Path> files = Files.list(data)) {
			assertThat(files.map((file) -> file.getFileName().toString())).doesNotContain(DataDirectoryLock.FILE_NAME);
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
