package cn.investpromo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.investpromo.InvestpromoApplication;
import cn.investpromo.system.embedded.DataDirectoryLock;

/**
 * The three early answers of issue 10 as a user gets them: the real entry point
 * ({@link InvestpromoApplication#main}, with its {@code System.exit}) in a JVM of its
 * own, its exit status and its standard streams. The holder of the data folder is this
 * test's JVM, through the same operating-system lock a running command takes. How fast
 * they answer is measured by {@code tools/cli-answer-times.sh}, not asserted here.
 */
class EarlyAnswersProcessTests {

	@TempDir
	Path temp;

	@Test
	void anUnknownScopeIsOneUsageLineAndExitStatusTwo() throws Exception {
		// given a fresh data folder
		// when
		Answer answer = investpromo("report", "--month", "2019-07", "--scope", "火星市", "--data", "data");
		// then
		assertThat(answer.status()).isEqualTo(2);
		assertThat(answer.err()).containsExactly("用法错误 / usage: 未知地区：火星市");
		assertThat(answer.out()).isEmpty();
		assertThat(this.temp.resolve("data")).doesNotExist();
	}

	@Test
	void anUnknownScopeAgainstAnExistingDatabaseIsAnsweredWithoutTheFullStart() throws Exception {
		// given a database a full start created, with its log (an import: history no
		// longer makes one, issue 22)
		Answer created = investpromo("import", "--input",
				Path.of("input", "招远市招商台账2019.xlsx").toAbsolutePath().toString(), "--data", "data");
		assertThat(created.status()).isZero();
		Path log = this.temp.resolve("data").resolve("logs").resolve("investpromo.log");
		List<String> before = Files.readAllLines(log, StandardCharsets.UTF_8);
		// when
		Answer answer = investpromo("report", "--month", "2019-07", "--scope", "火星市", "--data", "data");
		// then: one line, exit 2, and nothing in the log the full start writes (it logged
		// this line when it answered)
		assertThat(answer.status()).isEqualTo(2);
		assertThat(answer.err()).containsExactly("用法错误 / usage: 未知地区：火星市");
		assertThat(Files.readAllLines(log, StandardCharsets.UTF_8)).isEqualTo(before);
	}

	@Test
	void aBadLanguageIsOneUsageLineAndExitStatusTwo() throws Exception {
		// given a fresh data folder
		// when
		Answer answer = investpromo("report", "--month", "2019-07", "--lang", "fr", "--data", "data");
		// then
		assertThat(answer.status()).isEqualTo(2);
		assertThat(answer.err()).containsExactly("用法错误 / usage: language must be zh or en, not 'fr'");
		assertThat(answer.out()).isEmpty();
		assertThat(this.temp.resolve("data")).doesNotExist();
	}

	@Test
	void aSecondLaunchOnAHeldDataFolderIsOneLineNamingTheHolderAndExitStatusOne() throws Exception {
		// given a data folder this JVM holds as a running `investpromo run` would
		Path data = this.temp.resolve("data");
		try (DataDirectoryLock held = DataDirectoryLock.acquire(data, "run")) {
			// when
			Answer answer = investpromo("report", "--month", "2019-07", "--data", "data");
			// then
			assertThat(answer.status()).isEqualTo(1);
			assertThat(answer.err()).containsExactly("错误 / error: 数据库正被另一个 investpromo 进程使用："
					+ data.toAbsolutePath().normalize() + "（pid " + ProcessHandle.current().pid()
					+ "，investpromo run）；请等它结束后再试 / try again when it has finished");
			assertThat(answer.out()).isEmpty();
			// nothing but the holder's lock file: no database was opened
			try (var files = Files.list(data)) {
				assertThat(files.map((file) -> file.getFileName().toString()))
					.containsExactly(DataDirectoryLock.FILE_NAME);
			}
		}
	}

	/** What one launch of the command line printed and returned. */
	private record Answer(int status, List<String> out, List<String> err) {
	}

	private Answer investpromo(String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Dfile.encoding=UTF-8",
						"-Dsun.stdout.encoding=UTF-8", "-Dsun.stderr.encoding=UTF-8", "-cp",
						System.getProperty("java.class.path"), InvestpromoApplication.class.getName()));
		command.addAll(List.of(args));
		Path out = this.temp.resolve("out.txt");
		Path err = this.temp.resolve("err.txt");
		Process process = new ProcessBuilder(command).directory(this.temp.toFile())
			.redirectOutput(out.toFile())
			.redirectError(err.toFile())
			.start();
		assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("answered").isTrue();
		return new Answer(process.exitValue(), Files.readAllLines(out, StandardCharsets.UTF_8),
				Files.readAllLines(err, StandardCharsets.UTF_8));
	}

}
