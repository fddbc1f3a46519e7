package cn.investpromo.report;

import java.nio.file.Path;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportFilesTests {

	private final Path out = Path.of("/srv/ip/reports");

	@Test
	void filesGoUnderScopeAndMonth() {
		// when
		ReportFiles files = ReportFiles.of(this.out, "招远市", YearMonth.of(2019, 7), ReportLanguage.ZH);
		// then
		assertThat(files.xlsx()).isEqualTo(Path.of("/srv/ip/reports/招远市/2019-07/招远市_2019-07.xlsx"));
		assertThat(ReportFiles.of(this.out, "招远市", YearMonth.of(2019, 7), ReportLanguage.EN).pdf().getFileName())
			.hasToString("招远市_2019-07_en.pdf");
	}

	@Test
	void aScopeNameCannotSteerFilesOutsideTheOutputFolder() {
		// when
		ReportFiles files = ReportFiles.of(this.out, "../../etc/passwd", YearMonth.of(2019, 7), ReportLanguage.ZH);
		ReportFiles dots = ReportFiles.of(this.out, "..", YearMonth.of(2019, 7), ReportLanguage.ZH);
		// then
		assertThat(files.directory()).startsWithRaw(this.out);
		assertThat(files.directory().getFileName()).hasToString("2019-07");
		assertThat(files.directory().getParent().getFileName()).hasToString("etc_passwd");
		assertThat(dots.directory().getParent()).isEqualTo(this.out.resolve("scope"));
	}

	@Test
	void namesKeepChineseAndLoseReservedCharacters() {
		// then
		assertThat(ReportFiles.safeName("粤港澳大湾区")).isEqualTo("粤港澳大湾区");
		assertThat(ReportFiles.safeName("a:b*c?d\"e<f>g|h")).isEqualTo("a_b_c_d_e_f_g_h");
	}

}
