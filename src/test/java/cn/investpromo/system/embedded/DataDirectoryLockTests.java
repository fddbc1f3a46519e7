package cn.investpromo.system.embedded;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.support.ResourcePropertySource;

import cn.investpromo.cli.CliRun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The data directory's lock: who is refused, what they are told, and which databases it
 * guards.
 */
class DataDirectoryLockTests {

	@TempDir
	Path work;

	@Test
	void aHeldDataDirectoryRefusesTheNextCommandNamingTheHolderAndIsFreeAgainOnceReleased() throws Exception {
		// given
		Path data = this.work.resolve("data");
		long pid = ProcessHandle.current().pid();
		// when
		try (DataDirectoryLock held = DataDirectoryLock.acquire(data, "run")) {
			// then
			assertThat(Files.readString(data.resolve("investpromo.lock"))).isEqualTo(pid + " run\n");
			assertThatThrownBy(() -> DataDirectoryLock.acquire(data, "report"))
				.isInstanceOf(DatabaseInUseException.class)
				.hasMessage("数据库正被另一个 investpromo 进程使用：" + data + "（pid " + pid
						+ "，investpromo run）；请等它结束后再试 / try again when it has finished");
		}
		try (DataDirectoryLock again = DataDirectoryLock.acquire(data, "history")) {
			assertThat(Files.readString(data.resolve("investpromo.lock"))).isEqualTo(pid + " history\n");
		}
	}

	@Test
	void theRefusalSaysWhatToDoWhenTheScheduleHoldsTheDatabase() {
		// given
		String schedule = "4711 schedule\n";
		// when / then
		assertThat(DataDirectoryLock.refusal(schedule, "history"))
			.isEqualTo("（pid 4711，investpromo schedule）；schedule 运行期间独占嵌入式数据库，要查看运行历史请先停止它，"
					+ "或改用 PostgreSQL / the running schedule holds the embedded database: stop it to see the history,"
					+ " or use PostgreSQL");
		assertThat(DataDirectoryLock.refusal(schedule, "run"))
			.isEqualTo("（pid 4711，investpromo schedule）；schedule 运行期间独占嵌入式数据库，请先停止它，或改用 PostgreSQL"
					+ " / the running schedule holds the embedded database: stop it first, or use PostgreSQL");
		// a holder that had not written its pid yet
		assertThat(DataDirectoryLock.refusal("", "history")).isEqualTo("；请等它结束后再试 / try again when it has finished");
	}

	@Test
	void onlyTheEmbeddedDatabaseInsideTheDataDirectoryIsLocked() throws Exception {
		// given: the shipped defaults, then PostgreSQL's profile, then an HSQLDB file
		// elsewhere
		Path data = this.work.resolve("data");
		StandardEnvironment defaults = environment(Map.of("investpromo.data-dir", data.toString()));
		StandardEnvironment postgres = environment(Map.of("investpromo.data-dir", data.toString()));
		postgres.getPropertySources().addFirst(new ResourcePropertySource("classpath:application-postgres.properties"));
		StandardEnvironment elsewhere = environment(Map.of("investpromo.data-dir", data.toString(),
				"spring.datasource.url", "jdbc:hsqldb:file:" + this.work.resolve("other/db") + ";shutdown=true"));
		// when / then
		assertThat(EmbeddedDatabaseFiles.folder(defaults)).isEqualTo(data);
		assertThat(EmbeddedDatabaseFiles.folder(postgres)).isNull();
		assertThat(EmbeddedDatabaseFiles.folder(elsewhere)).isNull();
	}

	@Test
	void aCommandRefusedByTheLockPrintsOneLineAndExitsWithStatusOne() {
		// given: the schedule of another process, as far as the lock file tells
		Path data = this.work.resolve("data");
		try (DataDirectoryLock held = DataDirectoryLock.acquire(data, "schedule")) {
			// when
			CliRun history = CliRun.cli("history", "--data", data.toString());
			// then
			assertThat(history.status()).isEqualTo(1);
			assertThat(history.out()).isEmpty();
			assertThat(history.err()).isEqualTo("错误 / error: 数据库正被另一个 investpromo 进程使用：" + data + "（pid "
					+ ProcessHandle.current().pid() + "，investpromo schedule）；schedule 运行期间独占嵌入式数据库，"
					+ "要查看运行历史请先停止它，或改用 PostgreSQL / the running schedule holds the embedded database: "
					+ "stop it to see the history, or use PostgreSQL" + System.lineSeparator());
		}
		// and: nothing was created in the data folder but the lock file (and the log the
		// start-up opens)
		assertThat(data.resolve("investpromo.script")).doesNotExist();
		assertThat(data.resolve("investpromo.properties")).doesNotExist();
	}

	/**
	 * The shipped application.properties under the given settings, placeholders resolved
	 * as at start-up.
	 */
	private static StandardEnvironment environment(Map<String, Object> settings) throws Exception {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new ResourcePropertySource("classpath:application.properties"));
		environment.getPropertySources().addFirst(new MapPropertySource("options", settings));
		return environment;
	}

}
