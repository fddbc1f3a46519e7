package cn.investpromo.architecture;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The size of the main code the house keeps (issue 20): nine files in ten at most 180
 * lines, as in the Spring Batch samples the project takes its style from. No file over
 * 450 lines and no method over 60 are Checkstyle's (src/checkstyle/checkstyle.xml).
 */
class SourceSizeTests {

	private static final Path MAIN = Path.of("src/main/java");

	@Test
	void nineMainFilesInTenHaveAtMost180Lines() throws IOException {
		List<Long> lines = lineCounts();
		int p90 = (int) Math.ceil(lines.size() * 0.9) - 1;

		assertThat(lines).hasSizeGreaterThan(100);
		assertThat(lines.get(p90)).as("the 90th percentile of %d main files' lines", lines.size())
			.isLessThanOrEqualTo(180);
	}

	private static List<Long> lineCounts() throws IOException {
		try (Stream<Path> files = Files.walk(MAIN)) {
			return files.filter((file) -> file.toString().endsWith(".java")).map((file) -> {
				try (Stream<String> text = Files.lines(file, StandardCharsets.UTF_8)) {
					return text.count();
				}
				catch (IOException ex) {
					throw new IllegalStateException(file.toString(), ex);
				}
			}).sorted().toList();
		}
	}

}
